/**
 * A pasted date cell as the timeline's ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, the precisions
 * `isIsoDate` in src/core/values.ts accepts), or a period. A Japanese office's sheet writes dates
 * as `2019年4月1日`, `2019年4月`, `2019年`, in an era (`令和2年4月1日`, `令和元年`, Excel's
 * `R2.4.1`), often with full-width digits (`２０２０-０４-０１`) and a weekday (`(月)`); all of
 * these are read. A cell in none of these forms is given back as written, so the element's own
 * validation names the problem in its usual words.
 */
import { isIsoDate, startOfIsoDate } from '../src/core/values.js';
import type { TimelineEvent } from '../src/timeline/timeline.content.js';

/** The cell's date, or why a date written in a form we read is not a date. */
export type DateCell = { date: TimelineEvent['date'] } | { problem: string };

/**
 * The eras read, with their first and last days (Gregorian; all three began after Japan adopted
 * the Gregorian calendar in 1873, so an era year converts by adding to the start year). 明治 and
 * 大正 are not read: a timeline of today's organisations has no use for them, and 明治's first
 * years follow the old lunisolar calendar.
 */
const ERAS = [
  { name: '昭和', letter: 'S', start: '1926-12-25', end: '1989-01-07' },
  { name: '平成', letter: 'H', start: '1989-01-08', end: '2019-04-30' },
  { name: '令和', letter: 'R', start: '2019-05-01', end: '9999-12-31' },
] as const;
type Era = (typeof ERAS)[number];

const WEEKDAYS = '日月火水木金土';

/**
 * Full-width digits and signs as ASCII (Unicode NFKC: `２０２０／４／１` is `2020/4/1`, `（月）` is
 * `(月)`, `㍻` is `平成`), and a long-vowel mark, minus or hyphen between digits as `-`: an IME
 * typing `２０２０ー０４` gives the long-vowel mark ー, which NFKC leaves alone. Mixed widths
 * (`２０20-04-01`) are read too: each digit means the same in either width.
 */
const halfWidth = (cell: string) => cell.normalize('NFKC').replace(/(\d)\s*[ー−‐‑﹣]\s*(?=\d)/g, '$1-');

const NUMERIC = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const WESTERN = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/;
// The era by name or Excel's letter (`R2.4.1`), its year (元 is the first), then 年/月/日 or separators.
const ERA_DATE = /^(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})(?:\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?|[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)$/i;
const WEEKDAY = /\s*\(([日月火水木金土])(?:曜日?)?\)$/;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month?: number, day?: number) =>
  [String(year).padStart(4, '0'), ...(month === undefined ? [] : [pad(month)]), ...(day === undefined ? [] : [pad(day)])].join('-');
const num = (digits: string | undefined) => (digits === undefined ? undefined : Number(digits));
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last day an ISO date stands for (`2019` → `2019-12-31`), for comparing with an era's end. */
const endOfIsoDate = (date: string) => {
  const [year, month = 12, day] = date.split('-').map(Number);
  return iso(year, month, day ?? daysIn(year, month));
};

/** `2019-05-01` in the era its first day falls in, as written in Japanese (`令和元年5月1日`). */
function inEra(date: string): string | undefined {
  const first = startOfIsoDate(date);
  const era = ERAS.find((e) => e.start <= first && first <= e.end);
  if (!era) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  const n = year - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${n === 1 ? '元' : n}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
}

/** A Japanese-form date checked against the calendar: the ISO date, or what is wrong with it. */
function calendar(year: number, month?: number, day?: number): { iso: string } | { problem: string } {
  if (month !== undefined && (month < 1 || month > 12)) return { problem: `there is no month ${month}` };
  if (month !== undefined && day !== undefined && day < 1) return { problem: `there is no day ${day}` };
  if (month !== undefined && day !== undefined && day > daysIn(year, month))
    return { problem: `${iso(year, month)} has ${daysIn(year, month)} days` };
  return { iso: iso(year, month, day) };
}

/**
 * An era date. Refused: year 0 (the first year is 1, 元年), and a date wholly outside its era,
 * before its first day or after its last (`平成31年5月1日` is 令和元年5月1日): such a date is a
 * typing slip or a wrong conversion, and a careful user wants to hear of it rather than see an
 * event silently placed by arithmetic. A year or month that overlaps the era is kept
 * (`昭和64年` is 1989, whose first week was 昭和).
 */
function eraDate(name: string, yearText: string, month?: number, day?: number): { iso: string } | { problem: string } {
  const era: Era | undefined = ERAS.find((e) => e.name === name || e.letter === name.toUpperCase());
  if (!era) return { problem: `only the eras 昭和, 平成 and 令和 are read; write the date in the Western calendar (1920年4月1日, 1920-04-01)` };
  const n = yearText === '元' ? 1 : Number(yearText);
  if (n < 1) return { problem: `the first year of an era is 1 (元年), not ${n}` };
  const read = calendar(Number(era.start.slice(0, 4)) + n - 1, month, day);
  if ('problem' in read) return read;
  const elsewhere = inEra(read.iso);
  const also = elsewhere ? `; ${read.iso} is ${elsewhere}` : '';
  if (endOfIsoDate(read.iso) < era.start) return { problem: `${era.name} began on ${era.start}${also}` };
  if (startOfIsoDate(read.iso) > era.end) return { problem: `${era.name} ended on ${era.end}${also}` };
  return read;
}

/** One date (not a period): its ISO form, what is wrong with it, or undefined in no form we read. */
function readOne(text: string): { iso: string } | { problem: string } | undefined {
  const weekday = WEEKDAY.exec(text);
  const bare = weekday ? text.slice(0, weekday.index) : text;
  let read: { iso: string } | { problem: string } | undefined;
  let match = NUMERIC.exec(bare);
  // Separated digits are reordered only; the element's validation judges the calendar, in its words.
  if (match) read = { iso: iso(Number(match[1]), num(match[2]), num(match[3])) };
  else if ((match = WESTERN.exec(bare))) read = calendar(Number(match[1]), num(match[2]), num(match[3]));
  else if ((match = ERA_DATE.exec(bare)))
    read = eraDate(match[1], match[2], num(match[3] ?? match[5]), num(match[4] ?? match[6]));
  if (!weekday || !read || 'problem' in read) return read;
  if (read.iso.length !== 10 || !isIsoDate(read.iso)) return undefined;
  const actual = WEEKDAYS[new Date(`${read.iso}T00:00:00Z`).getUTCDay()];
  return actual === weekday[1] ? read : { problem: `${read.iso} is a ${actual}曜日, not a ${weekday[1]}曜日` };
}

/**
 * A date cell: a date, or a period `1965–1969` / `2019年4月〜2020年3月` (its label is the cell as
 * written). `problem` is set only for a date in a form we read that is not a real date.
 */
export function readDate(cell: string): DateCell {
  const text = halfWidth(cell);
  const quoted = `"${cell}"`;
  // 1965-1969 is a period, not a year and a month; otherwise –, —, ~ or 〜 separates the two ends.
  const ends = /^\d{4}-\d{4}$/.test(text) ? text.split('-') : text.split(/\s*[–—~〜]\s*/);
  if (ends.length === 2 && ends[0] && ends[1]) {
    const [from, to] = ends.map(readOne);
    for (const end of [from, to]) if (end && 'problem' in end) return { problem: `${quoted}: ${end.problem}` };
    if (from && to && 'iso' in from && 'iso' in to && isIsoDate(from.iso) && isIsoDate(to.iso))
      return { date: { from: from.iso, to: to.iso, label: cell } };
  }
  const one = readOne(text);
  if (one === undefined) return { date: cell };
  return 'problem' in one ? { problem: `${quoted}: ${one.problem}` } : { date: one.iso };
}
