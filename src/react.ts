/**
 * React wrappers of every element (`jitco-elements/react`), made with `@lit/react`: props set
 * the element's properties, `onJitco…` props listen to its events. Importing this module defines
 * all three elements; to pull in one element only, import its own wrapper:
 * `jitco-elements/react/greeting.js`, `…/react/timeline.js`, `…/react/name-change-notice.js`.
 * React is an optional peer dependency: only these entry points need it.
 */
export { JitcoGreeting } from './react/greeting.js';
export { JitcoNameChangeNotice } from './react/name-change-notice.js';
export { JitcoTimeline } from './react/timeline.js';
