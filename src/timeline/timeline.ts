import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContentLoader } from '../core/content.js';
import { fillTemplate, formatIsoDate, formatNumber } from '../core/format.js';
import { heading as headingOf, ownHeading } from '../core/heading.js';
import { JitcoElement } from '../core/jitco-element.js';
import { langMark, sameLanguage, type PickedText } from '../core/locale.js';
import { baseStyles } from '../core/styles.js';
import { uiLocale, uiLocales } from '../locales/index.js';
import { startOfIsoDate } from '../core/values.js';
import { statusesOf, type Status } from './status.js';
import { defaultTimeline, timelineSchema, type TimelineContent } from './timeline.content.js';
import { timelineStyles } from './timeline.styles.js';

/** One event, ready to render: sorted, formatted and picked for the locale. */
interface Row {
  /** Date and title: the same event across updates. */
  key: string;
  /** The `repeat` key: see `__makeRows`. */
  slot: number;
  start: string;
  datetime: string;
  date: PickedText;
  title: PickedText;
  description?: PickedText;
  /**
   * `label.lang`: the figure's language when not the page's (the number is written in it);
   * the number's own mark: set when an approximate figure's "approx." is not in the figure's language.
   */
  figures?: (PickedText & { value: number; label: PickedText })[];
  link?: { href: string; label: PickedText };
  status: Status;
  /** `item`, `item upcoming` or `item current`. */
  part: string;
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };
/** Approximate counts in Japanese and Chinese are written in myriads: 約37万. */
const COMPACT: Intl.NumberFormatOptions = { notation: 'compact' };

/**
 * The program timeline: dated milestones with figures, as an ordered list, oldest first.
 *
 * Each event shows its date, its status, its title, then its description and figures. The
 * current stage and upcoming events differ by marker shape, line style and label, not by colour
 * alone; "Upcoming" is shown once, where the future starts, after a "Today" rule.
 *
 * @summary JITCO's program history, localized, from JSON content or the built-in default.
 * @tagname jitco-timeline
 *
 * @slot - Not rendered. Put a `<script type="application/json">` with the content here.
 *
 * @csspart container - The `<section>` around everything.
 * @csspart heading - The timeline's heading.
 * @csspart list - The `<ol>` of events.
 * @csspart item - Each event (`<li>`).
 * @csspart upcoming - An event after today (also `item`).
 * @csspart current - The latest event up to today, the current stage (also `item`).
 * @csspart date - The date or period label (`<time>`).
 * @csspart status - The "Current stage" label, and the "Upcoming" label where the future starts (on later upcoming events, for screen readers only).
 * @csspart marker - The event's marker on the line: a ringed disc for the current stage, a disc before it, a ring after it.
 * @csspart today - The "Today" rule between the past and the upcoming events.
 * @csspart group - The heading of a year or decade (with `group-by`).
 * @csspart title - The event's title.
 * @csspart description - The event's description.
 * @csspart figure - Each figure (number and label).
 * @csspart link - The event's link.
 * @csspart empty - The line shown when there are no events.
 *
 * @cssprop [--jitco-accent=color-mix(in srgb, #0b5cad 60%, currentColor)] - Colour of the markers. The default holds 3:1 on light and dark pages.
 * @cssprop [--jitco-line=color-mix(in srgb, currentColor 45%, transparent)] - Colour of the line joining the events.
 * @cssprop [--jitco-line-width=0.125em] - Width of that line.
 * @cssprop [--jitco-link-color=currentColor] - Colour of the links (underlined).
 * @cssprop [--jitco-spacing=1em] - Space between events is 1.5 times this.
 * @cssprop [--jitco-focus-color=currentColor] - Outer colour of the two-tone focus ring.
 * @cssprop [--jitco-focus-halo=Canvas] - Inner colour of the focus ring.
 * @cssprop [--jitco-radius=0.25em] - Corner radius of the status label.
 * @cssprop [--jitco-heading-size=1.5em] - Font size of the heading.
 *
 */
export class JitcoTimeline extends JitcoElement<TimelineContent> {
  static override styles = [baseStyles, timelineStyles];

  /** `asc` (oldest first, default) or `desc` (newest first). */
  @property()
  order: 'asc' | 'desc' = 'asc';

  /**
   * `year` or `decade`: a heading opens each year's or decade's events (one level below the
   * timeline's heading; the events' headings go one further down). Unset: no grouping.
   */
  @property({ attribute: 'group-by' })
  groupBy?: 'year' | 'decade';

  readonly content = new ContentLoader(this, timelineSchema, defaultTimeline);

  /** The events in ascending order, ready to render; made again only when `__madeFrom` changes. */
  private __ascending: Row[] = [];
  private __madeFrom: unknown[] = [];
  /** Event key → `repeat` key of the events rendered now (see `__makeRows`). */
  private __slots = new Map<string, number>();
  private __nextSlot = 0;
  /** Years per group (`group-by`): 10, 1, or 0 for none. */
  private __groupSpan = 0;
  /** The events in the order to render. */
  private __rows: Row[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { order } = this;
    if (changed.has('order') && order && order !== 'asc' && order !== 'desc')
      this.reportAttribute('order', `"${order}" is not asc or desc; using asc`);
    const { groupBy } = this;
    // The years a group spans: 0 (no grouping) for an unset or bad `group-by`.
    this.__groupSpan = groupBy === 'decade' ? 10 : groupBy === 'year' ? 1 : 0;
    if (changed.has('groupBy') && groupBy && !this.__groupSpan)
      this.reportAttribute('group-by', `"${groupBy}" is not year or decade; not grouping`);
    const inputs = [this.content.value, this.locale, this.today];
    if (inputs.some((input, i) => input !== this.__madeFrom[i])) {
      this.__madeFrom = inputs;
      this.__ascending = this.__makeRows();
    }
    this.__rows = order === 'desc' ? [...this.__ascending].reverse() : this.__ascending;
  }

  /** Sorts, formats and picks the text of every event once, so render only builds templates. */
  private __makeRows(): Row[] {
    const { locale, today } = this;
    const keys = new Map<string, number>();
    const rows = this.content.value.events
      .map(({ date, title, description, figures, link }): Row => {
        const iso = typeof date === 'string' ? date : date.from;
        // What makes an event the same one across updates: its date and title.
        let key = `${iso} ${typeof title === 'string' ? title : JSON.stringify(title)}`;
        const seen = keys.get(key) ?? 0;
        keys.set(key, seen + 1);
        if (seen) key += seen;
        return {
          key,
          slot: 0,
          start: startOfIsoDate(iso),
          datetime: iso,
          date: typeof date === 'string' ? this.__date(date) : this.text(date.label),
          title: this.text(title),
          description: description ? this.text(description) : undefined,
          figures: figures?.map(({ value, approximate, unit, label }) => {
            // A figure is a phrase in its label's language: the number and "approx." follow it.
            const picked = this.text(label);
            const lang = picked.lang ?? locale;
            const ui = uiLocale(lang);
            const compact = approximate && /^(ja|zh)\b/.test(lang);
            const number = formatNumber(value, lang, unit ? PERCENT : compact ? COMPACT : undefined);
            return {
              value,
              text: approximate ? fillTemplate(uiLocales[ui].approx, { value: number }).join('') : number,
              ...langMark(approximate && !sameLanguage(ui, lang) ? ui : undefined),
              label: picked,
            };
          }),
          link: link && { href: link.href, label: this.text(link.label) },
          status: '',
          part: 'item',
        };
      })
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    statusesOf(rows.map((row) => row.start), today).forEach((status, i) => {
      rows[i].status = status;
      if (status) rows[i].part = `item ${status}`;
    });
    // `repeat` is keyed by slot, not by event. An event still shown keeps its slot, so it keeps its
    // <li> (and focus, selection) when events are reordered, inserted or removed around it. A new
    // event takes the slot of a removed one, in order, so replacing the events updates the <li>s in
    // place: keyed by event, `repeat` removed all 1,000 <li>s and built 1,000 new ones (bench
    // `timeline-update`: 1.18× vanilla keyed by event, 0.93× keyed by slot, same machine).
    const slots = new Map(rows.map((row) => [row.key, -1]));
    const free = [...this.__slots].filter(([key]) => !slots.has(key)).map(([, slot]) => slot);
    let freed = 0;
    for (const row of rows) {
      row.slot = this.__slots.get(row.key) ?? free[freed++] ?? this.__nextSlot++;
      slots.set(row.key, row.slot);
    }
    this.__slots = slots;
    return rows;
  }

  /** The group a row starts, when `group-by` is set and it differs from the previous row's. */
  private __group(row: Row, previous: Row | undefined): string | undefined {
    const span = this.__groupSpan;
    if (!span) return undefined;
    const group = (r: Row) => Math.floor(Number(r.start.slice(0, 4)) / span) * span;
    const year = group(row);
    if (previous && group(previous) === year) return undefined;
    return span === 1
      ? formatIsoDate(row.start.slice(0, 4), this.locale).text
      : fillTemplate(this.strings.decade, { year: formatNumber(year, this.locale, { useGrouping: false }) }).join('');
  }

  /** A date of the timeline, marked when it is not in the page's language (no data for it anywhere). */
  private __date(iso: string): PickedText {
    const { text, lang } = formatIsoDate(iso, this.locale);
    return sameLanguage(lang, this.locale) ? { text } : { text, ...langMark(lang) };
  }

  protected override render() {
    const { heading } = this.content.value;
    const own = heading ? this.text(heading) : { text: this.strings.timelineHeading, ...this.uiMark };
    const { level } = this;
    const grouped = this.__groupSpan > 0;
    const { strings, uiMark } = this;
    const rows = this.__rows;
    const future = (r: Row | undefined) => r?.status === 'upcoming';
    // "Upcoming" is shown once, where the future starts in reading order (the others say it to
    // screen readers only), and a "Today" rule closes the row after which the future begins or ends.
    const row = (r: Row, i: number) => {
      const { datetime, date, status, part, title, description, figures, link } = r;
      const group = this.__group(r, rows[i - 1]);
      const quiet = status === 'upcoming' && future(rows[i - 1]);
      const today = i + 1 < rows.length && future(r) !== future(rows[i + 1]);
      return html`
      <li class="${part}${group ? ' first' : ''}" part=${part}>
        ${group ? headingOf(level, { cls: 'group', part: 'group' }, group, 1) : nothing}
        ${headingOf(level, { cls: 'event' }, html`
          <span class="marker" part="marker"></span>
          <span class="meta"><time class="date" part="date" datetime=${datetime} lang=${ifDefined(date.lang)} dir=${ifDefined(date.dir)}>${date.text}</time>
          ${status ? html`<span class="status${quiet ? ' sr' : ''}" part="status" lang=${ifDefined(uiMark.lang)} dir=${ifDefined(uiMark.dir)}>${strings[status]}</span>` : nothing}</span>
          <span class="title" part="title" lang=${ifDefined(title.lang)} dir=${ifDefined(title.dir)}>${title.text}</span>`, grouped ? 2 : 1)}
        ${description
          ? html`<p class="text" part="description" lang=${ifDefined(description.lang)} dir=${ifDefined(description.dir)}>${description.text}</p>`
          : nothing}
        ${figures?.map(({ value, text, lang, dir, label }) => {
          const number = html`<data value=${String(value)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${text}</data>`;
          // A label may place the number itself ("在留技能実習生 {value}人"); else number, then label.
          return html`<p class="text" part="figure" lang=${ifDefined(label.lang)} dir=${ifDefined(label.dir)}>${
            label.text.includes('{value}') ? fillTemplate(label.text, { value: number }) : [number, ' ', label.text]
          }</p>`;
        })}
        ${link
          ? html`<p class="text"><a class="link" part="link" href=${link.href} lang=${ifDefined(link.label.lang)} dir=${ifDefined(link.label.dir)}>${link.label.text}</a></p>`
          : nothing}
        ${today ? html`<p class="today" part="today" lang=${ifDefined(uiMark.lang)} dir=${ifDefined(uiMark.dir)}><span>${strings.today}</span></p>` : nothing}
      </li>`;
    };
    return html`
      <section part="container" aria-labelledby="heading">
        ${ownHeading(level, own)}
        ${rows.length
          ? html`<ol class="list" part="list" role="list">${repeat(rows, (r) => r.slot, row)}</ol>`
          : html`<p part="empty" lang=${ifDefined(uiMark.lang)} dir=${ifDefined(uiMark.dir)}>${strings.noEvents}</p>`}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jitco-timeline': JitcoTimeline;
  }
}
