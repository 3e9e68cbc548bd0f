import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** `h1`…`h6` as static tag names; only these six ever reach `unsafeStatic`. */
const HEADING_TAGS: readonly StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** The default heading level. */
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The one heading-level rule: an integer 1–6 (a framework may pass "3"); absent (null,
 * undefined) is the default; anything else is invalid (undefined).
 */
export function headingLevel(value: unknown): number | undefined {
  if (value == null) return DEFAULT_HEADING_LEVEL;
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

/**
 * The static tag of a valid heading level, or of a heading `below` levels under it (a timeline
 * event under the timeline's heading): never deeper than `h6`.
 */
export const headingTag = (level: number, below = 0): StaticValue => HEADING_TAGS[Math.min(level + below, 6) - 1];

export { html as staticHtml };
