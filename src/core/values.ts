/** Pure checks on the scalar values that content and attributes carry. */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The form of an ISO date (`isIsoDate` also checks the calendar), for the JSON Schema. */
export const ISO_DATE_PATTERN = ISO_DATE.source;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date (no `2019-13-40`, no `2019-02-29`). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  // Day 0 of the next month is the last day of this one.
  return d >= 1 && d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

/** A whole day, `YYYY-MM-DD`, that exists (a name change takes effect on a day). */
export const isIsoDay = (value: string): boolean => value.length === 10 && isIsoDate(value);

/** The form of `isIsoDay` (which also checks the calendar), for the JSON Schema. */
export const ISO_DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first day it stands for, for comparisons. */
export const startOfIsoDate = (iso: string): string => (iso + '-01-01').slice(0, 10);

/** `YYYY-MM-DD` of the local calendar day of `date`. */
export function toIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The schemes a link or photo in the content may use (besides a relative URL). */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * `http:`, `https:`, `mailto:` or a relative URL. Anything the URL parser reads as another
 * scheme (`javascript:`, ` JavaScript:`, `data:`) is refused.
 */
export function isSafeUrl(value: string): boolean {
  try {
    // The base only decides whether the value is relative; it is never used for a request.
    return SAFE_PROTOCOLS.includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/** Whether `url`, resolved against `base`, is `http:` or `https:`: the only URLs `src` fetches. */
export function isHttpUrl(url: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, base).protocol);
  } catch {
    return false;
  }
}
