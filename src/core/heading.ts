import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** `h1`…`h6` as static tag names; only these six ever reach `unsafeStatic`. */
const HEADING_TAGS: readonly StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** The static tag of a heading level, clamped to 1–6. */
export const headingTag = (level: number): StaticValue =>
  HEADING_TAGS[Math.min(Math.max(Math.round(level) || 2, 1), 6) - 1];

export { html as staticHtml };
