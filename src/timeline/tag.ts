/**
 * The tag name of `<jitco-timeline>`, spelled once for code: registration (`define.ts`,
 * `index.ts`) and the React wrapper use it. `HTMLElementTagNameMap` and `@tagname` keep the
 * literal, as TypeScript and the manifest analyzer need.
 */
export const TIMELINE_TAG = 'jitco-timeline';
