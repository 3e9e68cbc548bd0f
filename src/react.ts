/**
 * React wrappers (`jitco-elements/react`), made with `@lit/react`: props set the element's
 * properties, `onJitco…` props listen to its events. Importing this module defines the elements.
 * React is an optional peer dependency: only this entry point needs it.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { JitcoErrorDetail, JitcoLoadDetail } from './core/errors.js';
import { JitcoGreeting as JitcoGreetingElement } from './greeting/define.js';
import { JitcoNameChangeNotice as JitcoNameChangeNoticeElement } from './name-change-notice/define.js';
import type { JitcoDismissDetail } from './name-change-notice/name-change-notice.js';
import { JitcoTimeline as JitcoTimelineElement } from './timeline/define.js';

/** The events every element fires, as React props. */
const events = {
  onJitcoError: 'jitco-error' as EventName<CustomEvent<JitcoErrorDetail>>,
  onJitcoLoad: 'jitco-load' as EventName<CustomEvent<JitcoLoadDetail>>,
};

/** `<jitco-greeting>` for React. */
export const JitcoGreeting = createComponent({
  tagName: 'jitco-greeting',
  elementClass: JitcoGreetingElement,
  react: React,
  events,
  displayName: 'JitcoGreeting',
});

/** `<jitco-timeline>` for React. */
export const JitcoTimeline = createComponent({
  tagName: 'jitco-timeline',
  elementClass: JitcoTimelineElement,
  react: React,
  events,
  displayName: 'JitcoTimeline',
});

/** `<jitco-name-change-notice>` for React, with `onJitcoDismiss` (cancelable). */
export const JitcoNameChangeNotice = createComponent({
  tagName: 'jitco-name-change-notice',
  elementClass: JitcoNameChangeNoticeElement,
  react: React,
  events: { ...events, onJitcoDismiss: 'jitco-dismiss' as EventName<CustomEvent<JitcoDismissDetail>> },
  displayName: 'JitcoNameChangeNotice',
});
