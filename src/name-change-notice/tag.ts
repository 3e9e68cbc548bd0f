/**
 * The tag name of `<jitco-name-change-notice>`, spelled once for code: registration (`define.ts`,
 * `index.ts`) and the React wrapper use it. `HTMLElementTagNameMap` and `@tagname` keep the
 * literal, as TypeScript and the manifest analyzer need.
 */
export const NAME_CHANGE_NOTICE_TAG = 'jitco-name-change-notice';
