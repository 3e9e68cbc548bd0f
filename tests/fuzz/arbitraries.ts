/**
 * fast-check generators for the fuzz tests: hostile strings, arbitrary JSON built from them, and
 * content shaped by an element's own schema, mostly valid and sometimes wrong in one place.
 */
import fc from 'fast-check';
import type { Schema } from '../../src/core/schema.js';

/** Injected markup carries this word: shown as text it is harmless, parsed it would be a `<b>`. */
export const MARK = 'INJECTED';

const hostile = [
  `<b>${MARK}</b>`,
  `<img src=x onerror="window.__pwned=1">${MARK}`,
  `<script>window.__pwned=1</script>`,
  `<iframe src="javascript:window.__pwned=1"></iframe>`,
  `"><svg onload=window.__pwned=1>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  '&lt;b&gt;&amp;',
  '\u202eRTL override',
  '\u0000\uFFFF\uD800',
  ' ',
  '',
];

/** Any string, with a good share of markup, entities and odd code points. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...hostile) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text) => `${text}<b>${MARK}</b>${text}`) },
);

const unsafeUrls = ['javascript:window.__pwned=1', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'http://[bad', 'java\nscript:alert(1)'];
const safeUrls = ['https://example.com/a.jpg', 'http://example.com/?q=<b>', '/relative/path.png', 'mailto:info@example.com', 'photo.jpg'];
const url = fc.oneof(fc.constantFrom(...safeUrls, ...unsafeUrls), hostileString);

const isoDate = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.constantFrom('2019-02-29', '2020-13-01', '1993-00', '99', '2019-6-1', '2019/06/01', 'soon'),
  hostileString,
);

const tags = fc.constantFrom('en', 'ja', 'vi', 'zh-Hans', 'id', 'x-invalid--', '', 'EN-us');
const localizedText = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.dictionary(tags, hostileString, { minKeys: 0, maxKeys: 3 }) },
);

/** Arbitrary JSON whose strings are hostile (fc.jsonValue's are plain). */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('heading', 'events', 'paragraphs', '__proto__', 'constructor')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A wrong value for any place: a value of another type, or arbitrary JSON. */
const wrong = fc.oneof(fc.constantFrom(null, 0, -1, NaN, true, [], {}, '', 'x'), hostileJson);

/**
 * Content shaped like `schema`. Each place has probability `corruption` of holding a wrong value
 * instead (a required field missing, a string where a list goes, ...); with 0 it is valid up to
 * the formats (dates and URLs are drawn valid or not).
 */
export function contentFor(schema: Schema, corruption = 0.05): fc.Arbitrary<unknown> {
  const shaped = (s: Schema): fc.Arbitrary<unknown> => {
    switch (s.kind) {
      case 'string':
        return s.format === 'url' ? url : s.format === 'iso-date' || s.format === 'iso-day' ? isoDate : hostileString;
      case 'text':
        return localizedText;
      case 'number':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, 0.13, 370000, -0));
      case 'boolean':
        return fc.boolean();
      case 'literal':
        return fc.constant(s.value);
      case 'array':
        return fc.array(place(s.item), { maxLength: 6 });
      case 'union':
        return fc.oneof(...s.options.map(place));
      case 'object': {
        const fields = Object.fromEntries(Object.entries(s.fields).map(([key, field]) => [key, place(field)]));
        return fc.record(fields, { requiredKeys: Object.keys(s.fields).filter((key) => !s.optional.includes(key)) });
      }
    }
  };
  const place = (s: Schema): fc.Arbitrary<unknown> =>
    corruption > 0
      ? fc.oneof({ weight: Math.round((1 - corruption) * 100), arbitrary: shaped(s) }, { weight: Math.round(corruption * 100), arbitrary: wrong })
      : shaped(s);
  return place(schema);
}
