/**
 * `<jitco-timeline>` for React (`jitco-elements/react/timeline.js`), made with `@lit/react`:
 * props set the element's properties, `onJitcoError` / `onJitcoLoad` listen to its events.
 * Importing this module defines `<jitco-timeline>` only.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { TIMELINE_TAG } from '../timeline/tag.js';
import { JitcoTimeline as JitcoTimelineElement } from '../timeline/define.js';
import { events } from './events.js';

/** `<jitco-timeline>` for React. */
export const JitcoTimeline = createComponent({
  tagName: TIMELINE_TAG,
  elementClass: JitcoTimelineElement,
  react: React,
  events,
  displayName: 'JitcoTimeline',
});
