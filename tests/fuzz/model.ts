/**
 * The fuzz tests' oracle, written from the contract and the README, apart from the code under
 * test (nothing here imports src/): generators that know what they made. Each draws a `Made`:
 * the content to give the element, the JSON paths of the errors it must report, and the content
 * it must then show (bad list items and droppable fields left out), or `REFUSED` when the whole
 * content is unusable and the element keeps its default.
 *
 * What the model encodes (contract "Content" and "Bad input", README per element):
 * - a text is a string or a non-empty object of tags to strings;
 * - dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and real calendar days;
 * - URLs are `http:`, `https:`, `mailto:` or relative; the generator draws them from lists it
 *   labels itself, never from a rule it would share with the element;
 * - a missing or `null` optional field is absent; a missing or `null` required one is an error;
 *   unknown fields are ignored;
 * - in a list one bad item is left out; a bad greeting `photo` or notice `link` is dropped;
 *   any other bad field refuses its object (a timeline event is then left out of its list).
 */
import fc from 'fast-check';

/** The content the element must refuse as a whole. */
export const REFUSED: unique symbol = Symbol('refused');

export interface Made {
  /** What the test gives the element. */
  value: unknown;
  /** The JSON paths the element must report, one `jitco-error` each (`events[3].date`, `(root)`). */
  issues: string[];
  /** What the element must then show: the valid part, or REFUSED. */
  shows: unknown;
}

/** A generator of `Made` at a path: the path decides the issues' names. */
export type Gen = (path: string) => fc.Arbitrary<Made>;

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
const root = (path: string) => path || '(root)';
const good = (value: unknown): Made => ({ value, issues: [], shows: value });
const bad = (path: string, value: unknown): Made => ({ value, issues: [root(path)], shows: REFUSED });

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
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Values that are no text, no list, no object of the content (and not absent). */
const scalarWrong = fc.oneof(fc.constantFrom(0, -1, true, false, 3.5), fc.integer());

// ---------------------------------------------------------------- leaves

/** Options of the leaves: `marked` appends injected markup to every text. */
export interface Options {
  marked?: boolean;
  /** Chance of a wrong value in each place (0: always valid). */
  corruption?: number;
}

const markText = (text: string, { marked }: Options) => (marked ? `${text}<b>${MARK}</b>` : text);

/** Either a valid `Made` or, with probability `corruption`, a wrong one. */
function sometimesWrong(options: Options, valid: fc.Arbitrary<Made>, wrong: fc.Arbitrary<Made>): fc.Arbitrary<Made> {
  const corruption = options.corruption ?? 0;
  if (corruption <= 0) return valid;
  return fc.oneof(
    { weight: Math.round((1 - corruption) * 100), arbitrary: valid },
    { weight: Math.max(1, Math.round(corruption * 100)), arbitrary: wrong },
  );
}

const TAGS = ['en', 'ja', 'vi', 'zh-Hans', 'id', 'x-invalid--', '', 'EN-us'];

export const text = (options: Options): Gen => (path) =>
  sometimesWrong(
    options,
    fc
      .oneof(
        { weight: 3, arbitrary: hostileString.map((s) => markText(s, options)) },
        {
          weight: 1,
          arbitrary: fc.dictionary(
            fc.constantFrom(...TAGS),
            hostileString.map((s) => markText(s, options)),
            { minKeys: 1, maxKeys: 3 },
          ),
        },
      )
      .map(good),
    fc
      .oneof(
        scalarWrong,
        fc.constant({}),
        fc.constant([]),
        fc.array(hostileString, { minLength: 1, maxLength: 2 }),
        fc.constantFrom({ en: 1 }, { ja: 'ok', en: null }, { en: ['x'] }),
      )
      .map((value) => bad(path, value)),
  );

/** Days in a month of the proleptic Gregorian calendar, by the rule (no Date involved). */
const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Valid ISO dates at the three precisions. */
export const validIsoDate = fc.oneof(
  fc.integer({ min: 1000, max: 2999 }).map(String),
  fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m)}`),
  fc
    .record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`),
  fc.constantFrom('2020-02-29', '2000-02-29', '1993', '2019-12-31'),
);

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days that do not exist: 29 February of a common year, the 31st of a 30-day month, day or month 0 or too big. */
export const impossibleDay = fc.oneof(
  fc.integer({ min: 1000, max: 2999 }).filter((year) => !isLeap(year)).map((year) => `${year}-02-29`),
  fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.constantFrom(4, 6, 9, 11) }).map(({ y, m }) => `${y}-${pad(m)}-31`),
  fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m)}-${pad(daysIn(y, m) + 1)}`),
  fc.integer({ min: 1000, max: 2999 }).map((year) => `${year}-13-01`),
  fc.integer({ min: 1000, max: 2999 }).map((year) => `${year}-00`),
);

/** Days that exist at their edges: 29 February of a leap year, the last day of each month. */
export const edgeDay = fc.oneof(
  fc.integer({ min: 1000, max: 2999 }).filter(isLeap).map((year) => `${year}-02-29`),
  fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m)}-${pad(daysIn(y, m))}`),
);

/** Strings that are no ISO date: wrong days and months, other formats, or no digits in front at all. */
export const invalidIsoDate = fc.oneof(
  impossibleDay,
  fc.constantFrom('2019-02-29', '1900-02-29', '2020-13-01', '1993-00', '2019-04-31', '2019-00-10', '2019-01-00', '99', '2019-6-1',
    '2019/06/01', 'soon', '', ' 2019', '2019 ', '2019-01-01T00:00', '+2019', '20190', '2019-1'),
  hostileString.filter((s) => !/^\d/.test(s)),
);

/** Valid full days (`YYYY-MM-DD`) only: a notice's `effectiveDate`. */
const validIsoDay = validIsoDate.filter((date) => date.length === 10);

/** `YYYY-MM-DD` only: the other precisions are refused too. */
export const isoDay = (options: Options): Gen => (path) =>
  sometimesWrong(
    options,
    validIsoDay.map(good),
    fc.oneof(invalidIsoDate, validIsoDate.filter((date) => date.length < 10), scalarWrong).map((value) => bad(path, value)),
  );

export const isoDate = (options: Options): Gen => (path) =>
  sometimesWrong(
    options,
    validIsoDate.map(good),
    fc.oneof(invalidIsoDate, scalarWrong).map((value) => bad(path, value)),
  );

/** URLs the contract allows, labelled by the generator. */
export const safeUrls = [
  'https://example.com/a.jpg',
  'http://example.com/?q=<b>',
  'HTTPS://EXAMPLE.COM/UPPER',
  '/relative/path.png',
  'photo.jpg',
  '../up.png',
  '?query=only',
  '#fragment',
  'mailto:info@example.com',
  '//example.com/protocol-relative.png',
];
/** URLs the contract refuses (other schemes, whatever their spelling, and unparseable ones). */
export const unsafeUrls = [
  'javascript:window.__pwned=1',
  ' JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:x',
  'file:///etc/passwd',
  'ftp://example.com/x',
  'blob:https://example.com/x',
  'http://[bad',
];

export const url = (options: Options): Gen => (path) =>
  sometimesWrong(
    options,
    fc.oneof(
      fc.constantFrom(...safeUrls),
      fc.stringMatching(/^[a-z0-9/_-]{1,12}$/).map((p) => `https://example.com/${p}`),
      fc.stringMatching(/^[a-z0-9_-]{1,12}$/).map((p) => `/content/${p}.png`),
    ).map(good),
    fc
      .oneof(
        fc.constantFrom(...unsafeUrls),
        hostileString.map((s) => `javascript:${s}`),
        scalarWrong,
      )
      .map((value) => bad(path, value)),
  );

export const number = (options: Options): Gen => (path) =>
  sometimesWrong(
    options,
    fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, 0.13, 370000, -0)).map(good),
    fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, '42', true, []), hostileString).map((value) => bad(path, value)),
  );

export const boolean = (options: Options): Gen => (path) =>
  sometimesWrong(options, fc.boolean().map(good), fc.constantFrom('true', 0, 1, 'false', []).map((value) => bad(path, value)));

export const literal = (literalValue: string, options: Options): Gen => (path) =>
  sometimesWrong(
    options,
    fc.constant(good(literalValue)),
    fc.oneof(fc.constantFrom(literalValue.toUpperCase(), `${literalValue} `, '%', 0), hostileString.filter((s) => s !== literalValue)).map((value) => bad(path, value)),
  );

// ---------------------------------------------------------------- structures

/** A list of `item`; one bad item is left out. */
export const list = (item: Gen, options: Options, maxLength = 5): Gen => (path) =>
  sometimesWrong(
    options,
    fc.integer({ min: 0, max: maxLength }).chain((length) =>
      fc.tuple(...Array.from({ length }, (_, i) => item(at(path, i)))).map((items): Made => ({
        value: items.map((made) => made.value),
        issues: items.flatMap((made) => made.issues),
        shows: items.filter((made) => made.shows !== REFUSED).map((made) => made.shows),
      })),
    ),
    fc.oneof(scalarWrong, hostileString, fc.constant({})).map((value) => bad(path, value)),
  );

export interface Field {
  gen: Gen;
  optional?: boolean;
  /** A bad value is dropped (reported) instead of refusing the object. */
  droppable?: boolean;
}

/**
 * An object of `fields`. Each field is valid, bad, absent (`undefined` or left out) or `null`;
 * unknown fields are sometimes added (ignored).
 */
export const object = (fields: Record<string, Field>, options: Options): Gen => (path) => {
  const corruption = options.corruption ?? 0;
  const entries = Object.entries(fields);
  const field = ([key, { gen, optional }]: [string, Field]): fc.Arbitrary<Made | 'absent' | 'null'> => {
    const present = gen(at(path, key));
    if (corruption <= 0) return optional ? fc.oneof(present, fc.constant('absent' as const)) : present;
    return fc.oneof(
      { weight: 20, arbitrary: present },
      { weight: optional ? 5 : 1, arbitrary: fc.constant('absent' as const) },
      { weight: 1, arbitrary: fc.constant('null' as const) },
    );
  };
  const unknown = fc.dictionary(fc.constantFrom('unknownField', 'extra', 'Heading', 'data'), hostileJson, { maxKeys: 2 });
  const made = fc.tuple(fc.tuple(...entries.map(field)), unknown).map(([values, extras]): Made => {
    const value: Record<string, unknown> = { ...extras };
    const shows: Record<string, unknown> = {};
    const issues: string[] = [];
    let refused = false;
    entries.forEach(([key, { optional, droppable }], i) => {
      const made = values[i];
      if (made === 'absent' || made === 'null') {
        if (made === 'null') value[key] = null;
        if (!optional) {
          issues.push(at(path, key));
          refused = true;
        }
        return;
      }
      value[key] = made.value;
      issues.push(...made.issues);
      if (made.shows !== REFUSED) shows[key] = made.shows;
      else if (!droppable) refused = true;
    });
    return { value, issues, shows: refused ? REFUSED : shows };
  });
  // At the root a string is not a wrong object but JSON text (`data` parses a string).
  const wrong = path ? fc.oneof(scalarWrong, hostileString, fc.constant([])) : fc.oneof(scalarWrong, fc.constant([]));
  return sometimesWrong(options, made, wrong.map((value) => bad(path, value)));
};

/** A value that is either a date or a period object (timeline `date`). */
const dateOrPeriod = (options: Options): Gen => (path) => {
  const period = object({ from: { gen: isoDate(options) }, to: { gen: isoDate(options) }, label: { gen: text(options) } }, options)(path);
  // A wrong value that is no object is reported at the date itself; a wrong object by its period fields.
  return fc.oneof({ weight: 3, arbitrary: isoDate(options)(path) }, { weight: 1, arbitrary: period });
};

// ---------------------------------------------------------------- the three elements

/** Each element's content, as the contract and README describe it. */
export const contentModels: Record<string, (options: Options) => fc.Arbitrary<Made>> = {
  'jitco-greeting': (options) =>
    object(
      {
        heading: { gen: text(options) },
        paragraphs: { gen: list(text(options), options) },
        signature: { gen: object({ organization: { gen: text(options) }, role: { gen: text(options) }, name: { gen: text(options) } }, options) },
        photo: { gen: object({ src: { gen: url(options) }, alt: { gen: text(options) } }, options), optional: true, droppable: true },
      },
      options,
    )(''),
  'jitco-timeline': (options) => {
    const figure = object(
      {
        value: { gen: number(options) },
        approximate: { gen: boolean(options), optional: true },
        unit: { gen: literal('percent', options), optional: true },
        label: { gen: text(options) },
      },
      options,
    );
    const event = object(
      {
        date: { gen: dateOrPeriod(options) },
        title: { gen: text(options) },
        description: { gen: text(options), optional: true },
        figures: { gen: list(figure, options, 3), optional: true },
        link: { gen: object({ href: { gen: url(options) }, label: { gen: text(options) } }, options), optional: true },
      },
      options,
    );
    return object({ heading: { gen: text(options), optional: true }, events: { gen: list(event, options, 6) } }, options)('');
  },
  // `effectiveDate` is a day: a name changes on a day (README).
  'jitco-name-change-notice': (options) =>
    object(
      {
        formerName: { gen: text(options) },
        newName: { gen: text(options) },
        effectiveDate: { gen: isoDay(options) },
        abbreviation: { gen: text(options), optional: true },
        message: { gen: text(options), optional: true },
        link: { gen: object({ href: { gen: url(options) }, label: { gen: text(options) } }, options), optional: true, droppable: true },
        heading: { gen: text(options), optional: true },
      },
      options,
    )(''),
};

/** The fields each element knows at the top level (arbitrary JSON avoids them to stay predictable). */
export const topLevelFields: Record<string, { required: string[]; known: string[] }> = {
  'jitco-greeting': { required: ['heading', 'paragraphs', 'signature'], known: ['heading', 'paragraphs', 'signature', 'photo'] },
  'jitco-timeline': { required: ['events'], known: ['heading', 'events'] },
  'jitco-name-change-notice': {
    required: ['formerName', 'newName', 'effectiveDate'],
    known: ['formerName', 'newName', 'effectiveDate', 'abbreviation', 'message', 'link', 'heading'],
  },
};

/**
 * What the element must report for an arbitrary JSON value given as content, when the model can
 * tell without validating it: not an object is one error at the root; an object with none of the
 * element's fields lacks every required one. Otherwise undefined (the case is skipped).
 */
export function arbitraryIssues(tag: string, value: unknown): string[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['(root)'];
  const { required, known } = topLevelFields[tag];
  // Read as the element reads (inherited keys included): any known field makes it unpredictable here.
  const fields = value as Record<string, unknown>;
  if (known.some((key) => fields[key] !== undefined && fields[key] !== null)) return undefined;
  return [...required];
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and a real day: the model's own reading of the contract. */
export function isIsoDateModel(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  return day === undefined || (Number(day) >= 1 && Number(day) <= daysIn(Number(year), m));
}

/** Whether `value` survives JSON text unchanged in meaning (no NaN or ±Infinity, which become null). */
export function isJsonExact(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonExact);
  if (value && typeof value === 'object') return Object.values(value).every(isJsonExact);
  return true;
}

/** Every URL under an `href` or `src` key of what the element shows. */
export function urlsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => urlsIn(item, found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'href' || key === 'src') && typeof item === 'string') found.push(item);
      else urlsIn(item, found);
    }
  return found;
}
