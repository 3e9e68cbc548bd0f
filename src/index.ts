/**
 * `import 'jitco-elements'` defines every element; import a class from its own module
 * (`jitco-elements/greeting.js` defines it too) or from here.
 */
import { defineElements } from './core/define.js';
import { JitcoGreeting } from './greeting/greeting.js';
import { GREETING_TAG } from './greeting/tag.js';
import { JitcoNameChangeNotice } from './name-change-notice/name-change-notice.js';
import { NAME_CHANGE_NOTICE_TAG } from './name-change-notice/tag.js';
import { TIMELINE_TAG } from './timeline/tag.js';
import { JitcoTimeline } from './timeline/timeline.js';

export { JitcoGreeting, JitcoNameChangeNotice, JitcoTimeline };
export type { GreetingContent } from './greeting/greeting.content.js';
export type { NameChangeNoticeContent } from './name-change-notice/name-change-notice.content.js';
export type { JitcoDismissDetail } from './name-change-notice/name-change-notice.js';
export type { TimelineContent, TimelineEvent } from './timeline/timeline.content.js';
export type { JitcoErrorDetail, JitcoLoadDetail } from './core/errors.js';
export type { LocalizedText } from './core/schema.js';

defineElements({
  [GREETING_TAG]: JitcoGreeting,
  [TIMELINE_TAG]: JitcoTimeline,
  [NAME_CHANGE_NOTICE_TAG]: JitcoNameChangeNotice,
});
