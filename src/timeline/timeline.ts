import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContentLoader } from '../core/content.js';
import { fillTemplate, formatIsoDate, formatNumber } from '../core/format.js';
import { headingTag, staticHtml } from '../core/heading.js';
import { JitcoElement, startOfIsoDate } from '../core/jitco-element.js';
import type { PickedText } from '../core/locale.js';
import { baseStyles } from '../core/styles.js';
import { defaultTimeline, timelineSchema } from './timeline.content.js';
import { timelineStyles } from './timeline.styles.js';

/** One event, ready to render: sorted, formatted and picked for the locale. */
interface Row {
  key: string;
  start: string;
  datetime: string;
  date: PickedText;
  title: PickedText;
  description?: PickedText;
  figures?: { value: number; text: string; label: PickedText }[];
  link?: { href: string; label: PickedText };
  status: '' | 'upcoming' | 'current';
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

/**
 * The program timeline: dated milestones with figures, as an ordered list, oldest first.
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
 * @csspart status - The "Upcoming" / "Current stage" label.
 * @csspart title - The event's title.
 * @csspart description - The event's description.
 * @csspart figure - Each figure (number and label).
 * @csspart link - The event's link.
 * @csspart empty - The line shown when there are no events.
 *
 * @cssprop [--jitco-accent=#0b5cad] - Colour of the markers and links.
 * @cssprop [--jitco-line=#6b7785] - Colour of the line joining the events.
 * @cssprop [--jitco-line-width=2px] - Width of that line.
 * @cssprop [--jitco-marker-fill=Canvas] - Inside of the markers (set it to the page's background).
 * @cssprop [--jitco-spacing=1rem] - Space between events.
 * @cssprop [--jitco-focus-color=#0b5cad] - Colour of the focus ring.
 * @cssprop [--jitco-radius=0.25rem] - Corner radius of the status label.
 * @cssprop [--jitco-heading-size=1.5em] - Font size of the heading.
 *
 * @fires {CustomEvent<JitcoErrorDetail>} jitco-error - Bad content or attribute: `{ source, message, path? }`. Bubbles, composed.
 * @fires {CustomEvent<JitcoLoadDetail>} jitco-load - Content from `data`, a script or `src` was rendered: `{ source }`.
 */
export class JitcoTimeline extends JitcoElement {
  static override styles = [baseStyles, timelineStyles];

  /** `asc` (oldest first, default) or `desc` (newest first). */
  @property()
  order: 'asc' | 'desc' = 'asc';

  protected readonly content = new ContentLoader(this, timelineSchema, defaultTimeline);

  /** The events in ascending order, ready to render; made again only when `madeFrom` changes. */
  private ascending: Row[] = [];
  private madeFrom: unknown[] = [];
  /** The events in the order to render. */
  private rows: Row[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { order } = this;
    if (changed.has('order') && order && order !== 'asc' && order !== 'desc')
      this.reportAttribute('order', `"${order}" is not asc or desc; using asc`);
    const inputs = [this.content.value, this.locale, this.today];
    if (inputs.some((input, i) => input !== this.madeFrom[i])) {
      this.madeFrom = inputs;
      this.ascending = this.makeRows();
    }
    this.rows = order === 'desc' ? [...this.ascending].reverse() : this.ascending;
  }

  /** Sorts, formats and picks the text of every event once, so render only builds templates. */
  private makeRows(): Row[] {
    const { locale, strings, today } = this;
    const keys = new Map<string, number>();
    const rows = this.content.value.events
      .map(({ date, title, description, figures, link }): Row => {
        const iso = typeof date === 'string' ? date : date.from;
        // A stable key (date and title) lets `repeat` keep each event's DOM across updates.
        let key = `${iso} ${JSON.stringify(title)}`;
        const seen = keys.get(key) ?? 0;
        keys.set(key, seen + 1);
        if (seen) key += seen;
        return {
          key,
          start: startOfIsoDate(iso),
          datetime: iso,
          date: typeof date === 'string' ? { text: formatIsoDate(date, locale) } : this.text(date.label),
          title: this.text(title),
          description: description ? this.text(description) : undefined,
          figures: figures?.map(({ value, approximate, unit, label }) => {
            const number = formatNumber(value, locale, unit ? PERCENT : undefined);
            return {
              value,
              text: approximate ? fillTemplate(strings.approx, { value: number }).join('') : number,
              label: this.text(label),
            };
          }),
          link: link && { href: link.href, label: this.text(link.label) },
          status: '',
        };
      })
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let current: Row | undefined;
    for (const row of rows) {
      if (row.start > today) row.status = 'upcoming';
      else current = row;
    }
    if (current) current.status = 'current';
    return rows;
  }

  protected override render() {
    const { heading } = this.content.value;
    const own = heading ? this.text(heading) : { text: this.strings.timelineHeading, lang: undefined };
    const tag = headingTag(this.level);
    const eventTag = headingTag(this.level + 1);
    const row = ({ datetime, date, status, title, description, figures, link }: Row) => staticHtml`
      <li class="item ${status}" part="item ${status}">
        <${eventTag} class="event">
          <time class="date" part="date" datetime=${datetime} lang=${ifDefined(date.lang)}>${date.text}</time>
          ${status ? html`<span class="status" part="status">${this.strings[status]}</span>` : nothing}
          <span class="title" part="title" lang=${ifDefined(title.lang)}>${title.text}</span>
        </${eventTag}>
        ${description
          ? html`<p class="text" part="description" lang=${ifDefined(description.lang)}>${description.text}</p>`
          : nothing}
        ${figures?.map(
          (figure) => html`<p class="text" part="figure">
            <data value=${String(figure.value)}>${figure.text}</data>
            <span lang=${ifDefined(figure.label.lang)}>${figure.label.text}</span>
          </p>`,
        )}
        ${link
          ? html`<p class="text"><a class="link" part="link" href=${link.href} lang=${ifDefined(link.label.lang)}>${link.label.text}</a></p>`
          : nothing}
      </li>`;
    return staticHtml`
      <section part="container" aria-labelledby="heading">
        <${tag} id="heading" class="heading" part="heading" lang=${ifDefined(own.lang)}>${own.text}</${tag}>
        ${this.rows.length
          ? html`<ol class="list" part="list" role="list">${repeat(this.rows, (r) => r.key, row)}</ol>`
          : html`<p part="empty">${this.strings.noEvents}</p>`}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jitco-timeline': JitcoTimeline;
  }
}
