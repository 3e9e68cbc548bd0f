/**
 * The element classes by tag: the one place that joins the registry's tags (`elements.ts`) to
 * the classes. The package's main entry defines them; the prerenderer renders them. Its type
 * makes a tag of the registry without a class (or a class without a tag) a compile error.
 */
import type { Tag } from './elements.js';
import { JitcoGreeting } from './greeting/greeting.js';
import { GREETING_TAG } from './greeting/tag.js';
import { JitcoNameChangeNotice } from './name-change-notice/name-change-notice.js';
import { NAME_CHANGE_NOTICE_TAG } from './name-change-notice/tag.js';
import { TIMELINE_TAG } from './timeline/tag.js';
import { JitcoTimeline } from './timeline/timeline.js';

export const ELEMENT_CLASSES: { readonly [T in Tag]: CustomElementConstructor } = {
  [GREETING_TAG]: JitcoGreeting,
  [TIMELINE_TAG]: JitcoTimeline,
  [NAME_CHANGE_NOTICE_TAG]: JitcoNameChangeNotice,
};
