/**
 * Dates, numbers and sentence templates for a locale, with every `Intl` formatter cached. Where
 * the browser has no data for a language (Chromium has none for my, km, ne, mn: it would write
 * "April 1, 2020" inside a Burmese sentence), dates and numbers come from the locale file.
 */
import { uiLocale, uiLocales, type UiStrings } from '../locales/index.js';
import { languageOf, sameLanguage } from './locale.js';

/** A formatted value and the language it is really in (to mark it when that is not the text's). */
export interface Formatted {
  text: string;
  lang: string;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: 'date' | 'number',
  locale: string,
  options: Intl.DateTimeFormatOptions | Intl.NumberFormatOptions,
  create: (locale: string) => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    try {
      formatter = create(locale);
    } catch {
      // A tag that canonicalizes but that Intl still rejects: English rather than a throw.
      formatter = create('en');
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

const supported = new Map<string, boolean>();

/**
 * Whether `Intl` has date and number data for the language of `locale`: it lists the tag as
 * supported and does not resolve it to another language (Chromium resolves `my` to `en-US`).
 */
export function hasIntlData(locale: string): boolean {
  let has = supported.get(locale);
  if (has === undefined) {
    try {
      has =
        Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 &&
        languageOf(new Intl.DateTimeFormat(locale).resolvedOptions().locale) === languageOf(locale);
    } catch {
      has = false;
    }
    supported.set(locale, has);
  }
  return has;
}

/** The locale file of the same language as `locale` (not zh-Hans for zh-TW), if any. */
function ownStrings(locale: string): UiStrings | undefined {
  const tag = uiLocale(locale);
  return sameLanguage(tag, locale) ? uiLocales[tag] : undefined;
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions[] = [
  { year: 'numeric', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
];

/**
 * Formats a valid ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at its own precision, and says in
 * which language. A shipped locale writes it from its file's `dates` pattern, so it reads the
 * same in every browser (with or without the browser's data); a tag with a Unicode extension
 * (`ja-JP-u-ca-japanese`, `th-TH-u-ca-gregory`) goes to `Intl` where it has the language, as
 * does any other language. Where `Intl` lacks it too, the result is in `Intl`'s fallback
 * language (English), and `lang` says so.
 */
export function formatIsoDate(iso: string, locale: string): Formatted {
  const parts = iso.split('-').map(Number);
  const [year, month = 1, day = 1] = parts;
  const own = ownStrings(locale);
  if (own?.dates && (!locale.includes('-u-') || !hasIntlData(locale))) {
    const digits = (n: number) => formatNumber(n, locale, { useGrouping: false });
    const values: Record<string, () => string> = {
      y: () => digits(year),
      b: () => digits(year + 543),
      m: () => digits(month),
      M: () => own.months!.split('|')[month - 1],
      d: () => digits(day),
    };
    const pattern = own.dates.split('|')[parts.length - 1];
    return { text: pattern.replace(/\{(\w)\}/g, (_, key: string) => values[key]()), lang: locale };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  // Years below 100 would otherwise be read as 19xx.
  date.setUTCFullYear(year);
  const options = DATE_OPTIONS[parts.length - 1];
  const formatter = cached('date', locale, options, (l) => new Intl.DateTimeFormat(l, options));
  return { text: formatter.format(date), lang: hasIntlData(locale) ? locale : formatter.resolvedOptions().locale };
}

/**
 * Formats a number for `locale`; where `Intl` lacks the language, with the digits and grouping
 * its locale file names (`numbers`), else as English.
 */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const tag = hasIntlData(locale) ? locale : (ownStrings(locale)?.numbers ?? 'en');
  return cached('number', tag, options, (l) => new Intl.NumberFormat(l, options)).format(value);
}

/**
 * Fills `{name}` placeholders of a localized sentence with values (text or templates), so each
 * language keeps its own word order. Unknown placeholders stay as written.
 */
export function fillTemplate<V>(template: string, values: Record<string, V>): (string | V)[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name !== undefined && name in values ? values[name] : piece;
    });
}
