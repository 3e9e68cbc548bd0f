// The honest baseline: a hand-written timeline with the DOM API only, the same markup as the
// contract gives <jitco-timeline> (section, heading, <ol role="list"> of <li>, each with a heading,
// a <time datetime>, the title, description and figures), the same sorting, the same cached
// Intl formatting, text set through textContent (escaping) and the element's own stylesheet
// adopted into a shadow root. `update` reuses the existing <li>s, as a careful hand-written
// implementation would, rather than rebuilding them.
const formatters = new Map();
const cached = (key, create) => formatters.get(key) ?? formatters.set(key, create()).get(key);
const DATE_OPTIONS = [
  { year: 'numeric', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
];

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

// `className`: the classes the element's stylesheet selects on, as the element sets them, so both
// pay for the same styles and layout (markers, line, margins).
const make = (tag, part, text, className) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
};

function fillEvent(li, event, locale, status) {
  // Rebuilt from its parts: an <li> is small, and its optional pieces come and go. The same
  // markup as the element: heading with date, status and title; description; one <p> per figure.
  const time = make('time', 'date', formatDate(event.date, locale), 'date');
  time.setAttribute('datetime', event.date);
  const heading = make('h3', undefined, undefined, 'event');
  heading.append(time, ' ');
  if (status) heading.append(make('span', 'status', status, 'status'), ' ');
  heading.append(make('span', 'title', event.title, 'title'));
  const children = [heading];
  if (event.description) children.push(make('p', 'description', event.description, 'text'));
  for (const figure of event.figures ?? []) {
    const paragraph = make('p', 'figure', undefined, 'text');
    const value = make('data', undefined, formatFigure(figure, locale));
    value.setAttribute('value', String(figure.value));
    paragraph.append(value, ' ', make('span', undefined, figure.label));
    children.push(paragraph);
  }
  li.className = status ? 'item current' : 'item';
  li.setAttribute('part', li.className);
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
    this.section.append(this.heading, this.list);
    this.root.append(this.section);
  }

  update(content) {
    this.heading.textContent = content.heading;
    const events = sorted(content.events);
    const items = this.list.children;
    // The latest event up to today is the current stage, as in the element.
    const today = new Date().toISOString().slice(0, 10);
    let current = -1;
    events.forEach((event, i) => start(event.date) <= today && (current = i));
    for (let i = 0; i < events.length; i++) {
      const li = items[i] ?? this.list.appendChild(make('li'));
      fillEvent(li, events[i], this.locale, i === current ? 'Current stage' : undefined);
    }
    while (items.length > events.length) items[items.length - 1].remove();
  }
}
