import { defineElements } from '../core/define.js';
import { TIMELINE_TAG } from './tag.js';
import { JitcoTimeline } from './timeline.js';

export { JitcoTimeline };
export type { TimelineContent, TimelineEvent } from './timeline.content.js';

defineElements({ [TIMELINE_TAG]: JitcoTimeline });
