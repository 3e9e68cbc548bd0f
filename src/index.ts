/**
 * `import 'jitco-elements'` defines every element; import a class from its own module
 * (`jitco-elements/greeting.js` defines it too) or from here. The elements' tags, attributes and
 * content as data: `jitco-elements/elements.js` (the registry).
 */
import { ELEMENT_CLASSES } from './classes.js';
import { defineElements } from './core/define.js';

export { JitcoGreeting } from './greeting/greeting.js';
export { JitcoNameChangeNotice } from './name-change-notice/name-change-notice.js';
export { JitcoTimeline } from './timeline/timeline.js';
export type { GreetingContent } from './greeting/greeting.content.js';
export type { NameChangeNoticeContent } from './name-change-notice/name-change-notice.content.js';
export type { JitcoDismissDetail } from './name-change-notice/name-change-notice.js';
export type { TimelineContent, TimelineEvent } from './timeline/timeline.content.js';
export type { JitcoErrorDetail, JitcoLoadDetail } from './core/errors.js';
export type { LocalizedText } from './core/schema.js';

defineElements(ELEMENT_CLASSES);
