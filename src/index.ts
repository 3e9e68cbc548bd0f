/**
 * `import 'jitco-elements'` defines every element; import a class from its own module
 * (`jitco-elements/greeting.js` defines it too) or from here.
 */
import { defineElements } from './core/define.js';
import { JitcoGreeting } from './greeting/greeting.js';
import { JitcoTimeline } from './timeline/timeline.js';

export { JitcoGreeting, JitcoTimeline };
export type { GreetingContent } from './greeting/greeting.content.js';
export type { TimelineContent, TimelineEvent } from './timeline/timeline.content.js';
export type { JitcoErrorDetail, JitcoLoadDetail } from './core/errors.js';
export type { LocalizedText } from './core/schema.js';

defineElements({
  'jitco-greeting': JitcoGreeting,
  'jitco-timeline': JitcoTimeline,
});
