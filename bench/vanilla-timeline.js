// The honest baseline: a hand-written timeline with the DOM API only, the same markup as
// <jitco-timeline> renders (src/timeline/timeline.ts render(), headings as src/core/heading.ts
// writes them): a section with the h2 heading and an <ol role="list"> of <li>s, each with an h3
// holding the marker, the date and status (in a "meta" span) and the title; then the
// description, one <p> per figure, and the "Today" rule where the past ends. The same sorting and
// status rule, the same cached Intl formatting, text set through textContent (escaping) and the
// element's own stylesheet adopted into a shadow root. `update` reuses the existing <li>s, as a
// careful hand-written implementation would, rather than rebuilding them.
//
// Every text here is in the page's language (English), so, as in the element, no `lang` or `dir`
// is set: the element only sets them on text marked as in another language. Not covered (the
// benchmark data has none of them): links, `group-by` headings, `order="desc"`, no events.
const formatters = new Map();
const cached = (key, create) => formatters.get(key) ?? formatters.set(key, create()).get(key);
const DATE_OPTIONS = [
  { year: 'numeric', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
];
const STATUS = { current: 'Current stage', upcoming: 'Upcoming' };

function formatDate(iso, locale) {
  const parts = iso.split('-');
  const [year, month = 1, day = 1] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return cached(`d${parts.length}${locale}`, () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[parts.length - 1])).format(date);
}

function formatFigure(figure, locale) {
  const options = figure.unit === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : {};
  const value = cached(`n${figure.unit}${locale}`, () => new Intl.NumberFormat(locale, options)).format(figure.value);
  return figure.approximate ? `approx. ${value}` : value;
}

const start = (date) => (date + '-01-01').slice(0, 10);
const sorted = (events) => [...events].sort((a, b) => (start(a.date) < start(b.date) ? -1 : start(a.date) > start(b.date) ? 1 : 0));
// The element's "today": the local calendar day.
const pad = (n) => String(n).padStart(2, '0');
const localDay = (d) => `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

// `className`: the classes the element's stylesheet selects on, as the element sets them, so both
// pay for the same styles and layout (markers, line, margins).
const make = (tag, part, text, className) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** `status`: '', 'current' or 'upcoming'; `quiet`: an upcoming label after the first (screen readers only). */
function fillEvent(li, event, locale, status, quiet, today) {
  // Rebuilt from its parts: an <li> is small, and its optional pieces come and go. The same
  // markup as the element: the heading with marker, date and status, title; the description;
  // one <p> per figure (number, then label); the "Today" rule.
  const time = make('time', 'date', formatDate(event.date, locale), 'date');
  time.setAttribute('datetime', event.date);
  const meta = make('span', undefined, undefined, 'meta');
  meta.append(time, ' ');
  if (status) meta.append(make('span', 'status', STATUS[status], quiet ? 'status sr' : 'status'));
  const heading = make('h3', undefined, undefined, 'event');
  heading.append(make('span', 'marker', undefined, 'marker'), ' ', meta, ' ', make('span', 'title', event.title, 'title'));
  const children = [heading];
  if (event.description) children.push(make('p', 'description', event.description, 'text'));
  for (const figure of event.figures ?? []) {
    const paragraph = make('p', 'figure', undefined, 'text');
    const value = make('data', undefined, formatFigure(figure, locale));
    value.setAttribute('value', String(figure.value));
    paragraph.append(value, ' ', figure.label);
    children.push(paragraph);
  }
  if (today) {
    const rule = make('p', 'today', undefined, 'today');
    rule.append(make('span', undefined, 'Today'));
    children.push(rule);
  }
  const part = status ? `item ${status}` : 'item';
  li.className = part;
  li.setAttribute('part', part);
  // Whitespace between the pieces, as the element's template has.
  li.replaceChildren(...children.flatMap((child) => [child, ' ']));
}

export class VanillaTimeline {
  constructor(host, styles, locale = 'en') {
    this.locale = locale;
    this.root = host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = styles;
    this.section = make('section', 'container');
    this.section.setAttribute('aria-labelledby', 'heading');
    this.heading = make('h2', 'heading', undefined, 'heading');
    this.heading.id = 'heading';
    this.list = make('ol', 'list', undefined, 'list');
    this.list.setAttribute('role', 'list');
    this.section.append(this.heading, ' ', this.list);
    this.root.append(this.section);
  }

  update(content) {
    this.heading.textContent = content.heading;
    const events = sorted(content.events);
    const items = this.list.children;
    // The element's status rule: after today is upcoming, the latest event up to today is the
    // current stage. "Upcoming" is shown once, where the future starts; the "Today" rule closes
    // the event after which the future begins.
    const today = localDay(new Date());
    const upcoming = events.map((event) => start(event.date) > today);
    const current = upcoming.lastIndexOf(false);
    for (let i = 0; i < events.length; i++) {
      const li = items[i] ?? this.list.appendChild(make('li'));
      const status = upcoming[i] ? 'upcoming' : i === current ? 'current' : '';
      fillEvent(li, events[i], this.locale, status, upcoming[i] && upcoming[i - 1], i + 1 < events.length && upcoming[i] !== upcoming[i + 1]);
    }
    while (items.length > events.length) items[items.length - 1].remove();
  }
}
