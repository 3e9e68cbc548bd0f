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

const make = (tag, part, text) => {
  const node = document.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
};

function fillEvent(li, event, locale) {
  // Rebuilt from its parts: an <li> is small, and its optional pieces come and go.
  const time = make('time', 'date', formatDate(event.date, locale));
  time.setAttribute('datetime', event.date);
  const heading = make('h3', 'title');
  heading.append(time, ' ', make('span', undefined, event.title));
  const children = [heading];
  if (event.description) children.push(make('p', 'description', event.description));
  if (event.figures) {
    const list = make('ul', 'figures');
    for (const figure of event.figures) {
      const item = make('li', 'figure');
      item.append(make('strong', 'value', formatFigure(figure, locale)), ' ', figure.label);
      list.append(item);
    }
    children.push(list);
  }
  li.replaceChildren(...children);
}

export class VanillaTimeline {
  constructor(host, styles, locale = 'en') {
    this.locale = locale;
    this.root = host.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = styles;
    this.section = make('section', 'container');
    this.section.setAttribute('aria-labelledby', 'heading');
    this.heading = make('h2', 'heading');
    this.heading.id = 'heading';
    this.list = make('ol', 'list');
    this.list.setAttribute('role', 'list');
    this.section.append(this.heading, this.list);
    this.root.append(this.section);
  }

  update(content) {
    this.heading.textContent = content.heading;
    const events = sorted(content.events);
    const items = this.list.children;
    for (let i = 0; i < events.length; i++) {
      const li = items[i] ?? this.list.appendChild(make('li', 'event'));
      fillEvent(li, events[i], this.locale);
    }
    while (items.length > events.length) items[items.length - 1].remove();
  }
}
