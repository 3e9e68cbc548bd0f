/**
 * `<jitco-greeting>` for React (`jitco-elements/react/greeting.js`), made with `@lit/react`:
 * props set the element's properties, `onJitcoError` / `onJitcoLoad` listen to its events.
 * Its tag and name come from the element's registry entry. Importing this module defines `<jitco-greeting>` only.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { JitcoGreeting as JitcoGreetingElement } from '../greeting/define.js';
import { greetingInfo } from '../greeting/greeting.meta.js';
import { events } from './events.js';

/** `<jitco-greeting>` for React. */
export const JitcoGreeting = createComponent({
  tagName: greetingInfo.tag,
  elementClass: JitcoGreetingElement,
  react: React,
  events,
  displayName: greetingInfo.className,
});
