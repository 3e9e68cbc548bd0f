/**
 * `<jitco-timeline>` for React (`jitco-elements/react/timeline.js`), made with `@lit/react`:
 * props set the element's properties, `onJitcoError` / `onJitcoLoad` listen to its events.
 * Its tag and name come from the element's registry entry. Importing this module defines `<jitco-timeline>` only.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { timelineInfo } from '../timeline/timeline.meta.js';
import { JitcoTimeline as JitcoTimelineElement } from '../timeline/define.js';
import { events } from './events.js';

/** `<jitco-timeline>` for React. */
export const JitcoTimeline = createComponent({
  tagName: timelineInfo.tag,
  elementClass: JitcoTimelineElement,
  react: React,
  events,
  displayName: timelineInfo.className,
});
