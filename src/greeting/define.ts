import { defineElements } from '../core/define.js';
import { JitcoGreeting } from './greeting.js';

export { JitcoGreeting };
export type { GreetingContent } from './greeting.content.js';

defineElements({ 'jitco-greeting': JitcoGreeting });
