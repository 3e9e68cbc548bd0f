/**
 * `<jitco-name-change-notice>` for React (`jitco-elements/react/name-change-notice.js`), made
 * with `@lit/react`: props set the element's properties, `onJitcoError` / `onJitcoLoad` /
 * `onJitcoDismiss` (cancelable) listen to its events. Importing this module defines
 * `<jitco-name-change-notice>` only.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { JitcoNameChangeNotice as JitcoNameChangeNoticeElement } from '../name-change-notice/define.js';
import type { JitcoDismissDetail } from '../name-change-notice/name-change-notice.js';
import { nameChangeNoticeInfo } from '../name-change-notice/name-change-notice.meta.js';
import { events } from './events.js';

/** `<jitco-name-change-notice>` for React, with `onJitcoDismiss` (cancelable). */
export const JitcoNameChangeNotice = createComponent({
  tagName: nameChangeNoticeInfo.tag,
  elementClass: JitcoNameChangeNoticeElement,
  react: React,
  events: { ...events, onJitcoDismiss: 'jitco-dismiss' as EventName<CustomEvent<JitcoDismissDetail>> },
  displayName: nameChangeNoticeInfo.className,
});
