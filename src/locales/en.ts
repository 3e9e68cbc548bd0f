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
  /** Notice: its heading. */
  noticeHeading: 'Our name has changed',
  /** Notice: heading before the effective date. */
  noticeHeadingBefore: 'Our name is changing',
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

export type UiStrings = typeof en;
