import { defineElements } from '../core/define.js';
import { JitcoGreeting } from './greeting.js';
import { GREETING_TAG } from './tag.js';

export { JitcoGreeting };
export type { GreetingContent } from './greeting.content.js';

defineElements({ [GREETING_TAG]: JitcoGreeting });
