/** Dates, numbers and sentence templates for a locale, with every `Intl` formatter cached. */

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

const DATE_OPTIONS: Intl.DateTimeFormatOptions[] = [
  { year: 'numeric', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
];

/** A date formatter for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` dates in `locale`. */
export function dateFormatter(locale: string, precision: 1 | 2 | 3): Intl.DateTimeFormat {
  const options = DATE_OPTIONS[precision - 1];
  return cached('date', locale, options, (l) => new Intl.DateTimeFormat(l, options));
}

/**
 * Formats a valid ISO date at its own precision. Years go through `Intl` as well, so a Thai
 * page shows Buddhist-era years and a Japanese-calendar page era years, consistently.
 */
export function formatIsoDate(iso: string, locale: string): string {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Years below 100 would otherwise be read as 19xx.
  date.setUTCFullYear(year);
  return dateFormatter(locale, iso.split('-').length as 1 | 2 | 3).format(date);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, (l) => new Intl.NumberFormat(l, options)).format(value);
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
