/** `<jitco-timeline>` in the element registry (`src/elements.ts`). */
import type { ElementInfo } from '../core/registry.js';
import { TIMELINE_TAG } from './tag.js';
import { defaultTimeline, timelineSchema, type TimelineContent } from './timeline.content.js';

export const timelineInfo: ElementInfo<TimelineContent, typeof TIMELINE_TAG> = {
  name: 'timeline',
  tag: TIMELINE_TAG,
  className: 'JitcoTimeline',
  label: 'Timeline',
  summary: 'The program timeline: dated milestones, with figures.',
  schema: timelineSchema,
  defaults: defaultTimeline,
  attributes: [
    {
      name: 'order',
      property: 'order',
      type: 'enum',
      values: ['asc', 'desc'],
      default: 'asc',
      description: 'asc: oldest first; desc: newest first.',
    },
    {
      name: 'group-by',
      property: 'groupBy',
      type: 'enum',
      values: ['year', 'decade'],
      description: 'A heading before each year’s or decade’s events; unset: no grouping.',
    },
  ],
};
