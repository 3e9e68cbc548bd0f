/**
 * The shape of the element registry (`src/elements.ts`): what each element is, as data. Nothing
 * here is imported by an element class or the CDN file (the descriptions would be bytes there);
 * a test compares every element's Lit properties with its entry, so the two cannot drift.
 */
import type { Schema } from './schema.js';

/**
 * What an attribute's value is. `json`: the content as JSON text; `url`; `locale`: a BCP 47 tag;
 * `date`: an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `integer`; `boolean`: present or
 * absent; `enum`: one of `values`; `text`: any string.
 */
export type AttributeType = 'json' | 'url' | 'locale' | 'date' | 'integer' | 'boolean' | 'enum' | 'text';

/** One attribute of an element. */
export interface AttributeInfo {
  /** The HTML attribute (`heading-level`). */
  readonly name: string;
  /** The JavaScript property it sets (`headingLevel`). */
  readonly property: string;
  readonly type: AttributeType;
  /** The values it takes, when they are few (`enum`, and `integer` levels 1–6). */
  readonly values?: readonly (string | number)[];
  /** What an absent attribute means, when it is one value (else undefined: see `description`). */
  readonly default?: string | number | boolean;
  /** One line for people: the builder's help text, the docs. */
  readonly description: string;
}

/** One element: tag, class, content and attributes. */
export interface ElementInfo<C = unknown, T extends string = string> {
  /** Its folder in `src/` and its one-element entry (`greeting` → `jitco-elements/greeting.js`). */
  readonly name: string;
  readonly tag: T;
  /** The name of its class (`JitcoGreeting`); the class itself: `ELEMENT_CLASSES` in `src/classes.ts`. */
  readonly className: string;
  /** A short name for people (`Greeting`). */
  readonly label: string;
  /** What it renders, in one line. */
  readonly summary: string;
  /** What its content must look like. */
  readonly schema: Schema;
  /** The content it renders when none is configured. */
  readonly defaults: C;
  /** Its own attributes, besides the `COMMON_ATTRIBUTES` every element has. */
  readonly attributes: readonly AttributeInfo[];
}

/** The attributes of every element (the contract's common table). */
export const COMMON_ATTRIBUTES: readonly AttributeInfo[] = [
  { name: 'data', property: 'data', type: 'json', description: 'The content, as JSON text (attribute) or an object (property); the highest content source.' },
  { name: 'src', property: 'src', type: 'url', description: 'URL of a JSON document with the content (fetched without credentials).' },
  { name: 'lang', property: 'lang', type: 'locale', description: 'Locale (BCP 47); when absent, the nearest ancestor’s lang, then <html lang>, then en.' },
  {
    name: 'heading-level',
    property: 'headingLevel',
    type: 'integer',
    values: [1, 2, 3, 4, 5, 6],
    default: 2,
    description: 'The level (1–6) of the element’s own heading, to fit the host page’s outline.',
  },
  { name: 'now', property: 'now', type: 'date', description: 'ISO date used as “today” (previews, tests); default: the real date.' },
];
