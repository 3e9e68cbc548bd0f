/**
 * React wrappers (`jitco-elements/react`), made with `@lit/react`: props set the element's
 * properties, `onJitco…` props listen to its events. Importing this module defines the elements.
 * React is an optional peer dependency: only this entry point needs it.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { JitcoErrorDetail, JitcoLoadDetail } from './core/errors.js';
import { JitcoGreeting as JitcoGreetingElement } from './greeting/define.js';

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

// One wrapper per element (tests/artifacts check that every element has one). The notice adds
// its own event: `events: { ...events, onJitcoDismiss: 'jitco-dismiss' as EventName<CustomEvent> }`.
