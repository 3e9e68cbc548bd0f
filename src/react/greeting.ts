/**
 * `<jitco-greeting>` for React (`jitco-elements/react/greeting.js`), made with `@lit/react`:
 * props set the element's properties, `onJitcoError` / `onJitcoLoad` listen to its events.
 * Importing this module defines `<jitco-greeting>` only.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { JitcoGreeting as JitcoGreetingElement } from '../greeting/define.js';
import { GREETING_TAG } from '../greeting/tag.js';
import { events } from './events.js';

/** `<jitco-greeting>` for React. */
export const JitcoGreeting = createComponent({
  tagName: GREETING_TAG,
  elementClass: JitcoGreetingElement,
  react: React,
  events,
  displayName: 'JitcoGreeting',
});
