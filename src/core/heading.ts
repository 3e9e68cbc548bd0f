import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LangMark, PickedText } from './locale.js';

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

/** A heading's attributes: `cls` is its class; `lang` and `dir` its text's mark (`langMark`). */
export interface HeadingAttributes extends LangMark {
  id?: string;
  cls: string;
  part?: string;
}

type Heading = (a: HeadingAttributes, content: unknown) => TemplateResult;

// One template per level: Lit cannot bind a tag name, and these six cost fewer bytes than
// lit/static-html (and render without its string-joining per call).
const HEADINGS: readonly Heading[] = [
  (a, c) => html`<h1 id=${ifDefined(a.id)} class=${a.cls} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${c}</h1>`,
  (a, c) => html`<h2 id=${ifDefined(a.id)} class=${a.cls} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${c}</h2>`,
  (a, c) => html`<h3 id=${ifDefined(a.id)} class=${a.cls} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${c}</h3>`,
  (a, c) => html`<h4 id=${ifDefined(a.id)} class=${a.cls} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${c}</h4>`,
  (a, c) => html`<h5 id=${ifDefined(a.id)} class=${a.cls} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${c}</h5>`,
  (a, c) => html`<h6 id=${ifDefined(a.id)} class=${a.cls} part=${ifDefined(a.part)} lang=${ifDefined(a.lang)} dir=${ifDefined(a.dir)}>${c}</h6>`,
];

/**
 * A heading of a valid level, or `below` levels under it (a timeline event under the timeline's
 * heading): never deeper than `h6`.
 */
export const heading = (level: number, attributes: HeadingAttributes, content: unknown, below = 0): TemplateResult =>
  HEADINGS[Math.min(level + below, 6) - 1](attributes, content);

/** An element's own heading (`#heading`, which its landmark is labelled by). */
export const ownHeading = (level: number, own: PickedText): TemplateResult =>
  heading(level, { ...own, id: 'heading', cls: 'heading', part: 'heading' }, own.text);
