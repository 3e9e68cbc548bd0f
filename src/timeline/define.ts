import { defineElements } from '../core/define.js';
import { JitcoTimeline } from './timeline.js';

export { JitcoTimeline };
export type { TimelineContent, TimelineEvent } from './timeline.content.js';

defineElements({ 'jitco-timeline': JitcoTimeline });
