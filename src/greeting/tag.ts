/**
 * The tag name of `<jitco-greeting>`, spelled once for code: registration (`define.ts`,
 * `index.ts`) and the React wrapper use it. `HTMLElementTagNameMap` and `@tagname` keep the
 * literal, as TypeScript and the manifest analyzer need.
 */
export const GREETING_TAG = 'jitco-greeting';
