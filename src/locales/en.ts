/**
 * Interface strings, English. Every locale file has these keys; `{name}` placeholders are
 * filled by the element, so a translation may put them in any order.
 */
export const en = {
  /** Greeting: button that shows the rest of the collapsed greeting. */
  readMore: 'Read more',
  /** Greeting: button that collapses it again. */
  showLess: 'Show less',
  /** Timeline: its default heading (the content's `heading` replaces it). */
  timelineHeading: 'Program timeline',
  /** Timeline: line shown when there are no events. */
  noEvents: 'No events yet.',
  /** Timeline: marks an event after today. */
  upcoming: 'Upcoming',
  /** Timeline: marks the latest past event. */
  current: 'Current stage',
  /** Timeline: an approximate figure; {value} is the formatted number. */
  approx: 'approx. {value}',
  /** Notice: its heading (neutral: the notice speaks about JITCO on someone else's site). */
  noticeHeading: 'Notice of name change',
  /** Notice: heading before the effective date. */
  noticeHeadingBefore: 'Upcoming name change',
  /** Notice: sentence before the effective date. */
  noticeBefore: 'On {date}, {formerName} will become {newName}.',
  /** Notice: sentence from the effective date on. */
  noticeAfter: 'On {date}, {formerName} became {newName}.',
  /** Notice: a name followed by its abbreviation. */
  abbreviated: '{name} ({abbreviation})',
  /** Notice: accessible name of the close button. */
  close: 'Close notice',
  /** Timeline: the rule between past and upcoming events. */
  today: 'Today',
  /** Timeline: heading of a decade (`group-by="decade"`); {year} is its first year, as digits. */
  decade: '{year}s',
};

/**
 * A locale file: the strings above, and how to write dates without the browser's help. English
 * needs no date keys (`Intl` always has it); every other shipped locale has them, so its dates
 * read the same in every browser, including Chromium, which has no date data for my, km, ne, mn.
 */
export type UiStrings = typeof en & {
  /**
   * Dates, `|`-separated: year, month and year, full date. `{y}` year, `{b}` Buddhist-era year,
   * `{m}` month number, `{M}` month name (from `months`), `{d}` day; digits as in `numbers`.
   */
  dates?: string;
  /** Month names, January first, `|`-separated, for `{M}`. */
  months?: string;
  /** A tag `Intl` always has, giving this language's digits and grouping where `Intl` lacks the language. */
  numbers?: string;
};
