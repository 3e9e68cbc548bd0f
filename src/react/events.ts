/** The event props every React wrapper has (`onJitcoError`, `onJitcoLoad`). */
import type { EventName } from '@lit/react';
import type { JitcoErrorDetail, JitcoLoadDetail } from '../core/errors.js';

export const events = {
  onJitcoError: 'jitco-error' as EventName<CustomEvent<JitcoErrorDetail>>,
  onJitcoLoad: 'jitco-load' as EventName<CustomEvent<JitcoLoadDetail>>,
};
