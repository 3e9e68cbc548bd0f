import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import type { JitcoTimeline } from '../../src/timeline/timeline.js';
import type { TimelineContent, TimelineEvent } from '../../src/timeline/timeline.content.js';
import { FORMER_NAME, NEW_NAME } from '../../src/core/seed.js';
import { uiLocales } from '../../src/locales/index.js';
import { all, captureWarnings, errorLog, isShown, one, textOf } from '../helpers.js';
import { expectUiInEveryLocale } from '../locales/every-locale.js';


/**
 * Media emulation needs the DevTools Protocol: Chromium only. Firefox (Puppeteer) and WebKit
 * (WebDriver) refuse the command, and the test is skipped there.
 */
async function emulateMediaOrSkip(test: Mocha.Context, media: Parameters<typeof emulateMedia>[0]) {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (/CDP support is required|not supported for browser type/.test(String(error))) test.skip();
    throw error;
  }
}
const json = (value: unknown) => JSON.stringify(value);
const items = (el: Element) => all(el, 'li[part~="item"]');
const titles = (el: Element) => all(el, '[part="title"]').map(textOf);
const datetimes = (el: Element) => all(el, 'time').map((t) => t.getAttribute('datetime'));
const heading = (el: Element) => one(el, '[part="heading"]');
const eventHeading = (item: HTMLElement) => item.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6')!;

const custom: TimelineContent = {
  heading: 'Our milestones',
  events: [
    { date: '2018-10', title: 'First trainees welcomed' },
    { date: { from: '2019', to: '2020', label: '2019–2020' }, title: 'Programme expanded', figures: [{ value: 42, label: 'trainees' }] },
    { date: '2016-04-01', title: 'Office opened', description: 'In Osaka.', link: { href: '/about', label: 'About us' } },
  ],
};

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

/** What the seed says, event by event: each phrase must be in the event and in one seed sentence with its date. */
const seedFacts = [
  { datetime: '1965', phrases: ['overseas subsidiaries of Japanese corporations', 'training programs'] },
  { datetime: '1991', phrases: [FORMER_NAME, 'established'] },
  { datetime: '1993', phrases: ['formalized', 'Technical Intern Training Program'] },
  { datetime: '2010', phrases: ['Immigration Control Act', 'residence status category'] },
  { datetime: '2017', phrases: ['Technical Intern Training Act', 'new Technical Intern Training Program'] },
  { datetime: '2019-04', phrases: ['accept Specified Skilled Workers'] },
  { datetime: '2019-06-30', phrases: ['developed steadily'], figures: 2 },
  { datetime: '2019-12-31', phrases: ['Specified Skilled Workers'], figures: 1 },
  { datetime: '2020-04-01', phrases: ['official name', NEW_NAME] },
];

describe('<jitco-timeline> default content', () => {
  it('renders every dated fact of the seed, in order, each checked against the seed text', async () => {
    const seed = (await (await fetch('/seed/greeting-page.txt')).text()).replace(/\s+/g, ' ');
    const sentences = seed.split(/(?<=[.;])\s+/).map((s) => s.toLowerCase());
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2025-01-01"></jitco-timeline>`);
    expect(datetimes(el)).to.deep.equal(seedFacts.map((f) => f.datetime));
    items(el).forEach((item, i) => {
      const fact = seedFacts[i];
      const date = textOf(item.querySelector('time')!).toLowerCase();
      const text = textOf(item).toLowerCase();
      // The shown date (or period label) and every phrase of the event share one sentence of the seed.
      const sentence = sentences.find((s) => s.includes(date) && fact.phrases.every((p) => s.includes(p.toLowerCase())));
      expect(sentence, `seed sentence for ${date}: ${fact.phrases.join(', ')}`).to.exist;
      for (const phrase of fact.phrases) expect(text, fact.datetime).to.contain(phrase.toLowerCase());
      const figures = [...item.querySelectorAll<HTMLElement>('[part="figure"]')].map(textOf);
      expect(figures, `figures of ${fact.datetime}`).to.have.length(fact.figures ?? 0);
      // Each figure, number and label, is in that sentence too ("approx." stands for the seed's own wording).
      for (const figure of figures) expect(sentence).to.contain(figure.replace(/^approx\. /, '').toLowerCase());
    });
    // No year of the seed is missing.
    for (const [year] of seed.matchAll(/\b(19|20)\d\d\b/g))
      expect(datetimes(el).some((d) => d!.startsWith(year)), year).to.be.true;
  });

  it('shows dates at their precision, the period by its label, and figures as formatted numbers', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline></jitco-timeline>`);
    expect(all(el, 'time').map(textOf)).to.deep.equal([
      'Late 1960s', '1991', '1993', '2010', '2017', 'April 2019', 'June 30, 2019', 'December 31, 2019', 'April 1, 2020',
    ]);
    expect(all(el, '[part="figure"]').map(textOf)).to.deep.equal([
      'approx. 370,000 Technical Intern Trainees in Japan',
      'approx. 13% of all foreign nationals resident in Japan',
      '1,621 first-year Specified Skilled Workers',
    ]);
    expect(all(el, 'data').map((d) => d.getAttribute('value'))).to.deep.equal(['370000', '0.13', '1621']);
    expect(textOf(heading(el))).to.equal('Program timeline');
    expect(heading(el).localName).to.equal('h2');
  });

  it('is a region named by its heading, an ordered list of items with headings one level below, and axe-clean', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2019-05-01"></jitco-timeline>`);
    const section = one(el, 'section');
    expect(section.getAttribute('aria-labelledby')).to.equal(heading(el).id);
    const list = one(el, 'ol');
    expect(list.getAttribute('role')).to.equal('list');
    expect([...list.children].every((child) => child.localName === 'li')).to.be.true;
    expect(items(el)).to.have.length(9);
    expect(items(el).every((item) => eventHeading(item).localName === 'h3')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('puts event headings one level below heading-level, never below h6', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline heading-level="4"></jitco-timeline>`);
    expect(heading(el).localName).to.equal('h4');
    expect(eventHeading(items(el)[0]).localName).to.equal('h5');
    el.headingLevel = 6;
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h6');
    expect(items(el).every((item) => eventHeading(item).localName === 'h6')).to.be.true;
  });

  it('speaks Japanese around the English default, marking the English text', async () => {
    const vi = await fixture<JitcoTimeline>(html`<jitco-timeline lang="vi" now="2019-05-01"></jitco-timeline>`);
    expect(all(vi, '[part="title"]').every((t) => t.getAttribute('lang') === 'en')).to.be.true;
    expect(one(vi, 'time').getAttribute('lang')).to.equal('en'); // "Late 1960s"
    expect(all(vi, 'time')[1].hasAttribute('lang')).to.be.false; // a date formatted in Vietnamese
    // The default has Japanese text (tests/locales/languages.test.ts): nothing is marked.
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline lang="ja" now="2019-05-01"></jitco-timeline>`);
    expect(textOf(heading(el))).to.equal(uiLocales.ja.timelineHeading);
    expect(heading(el).hasAttribute('lang')).to.be.false;
    expect(all(el, '[lang]')).to.have.length(0);
    const { current, upcoming } = uiLocales.ja;
    expect(all(el, '[part="status"]').map(textOf)).to.deep.equal([current, upcoming, upcoming, upcoming]);
    await expect(el).to.be.accessible();
  });
});

describe('<jitco-timeline> dates and numbers per locale', () => {
  const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
  const intl = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);

  for (const locale of ['ja', 'th-TH', 'ja-JP-u-ca-japanese', 'de']) {
    it(`formats dates at their precision as Intl does for ${locale}`, async () => {
      const el = await fixture<JitcoTimeline>(html`<jitco-timeline lang=${locale}></jitco-timeline>`);
      const shown = all(el, 'time').map(textOf);
      expect(shown[2]).to.equal(intl(locale, { year: 'numeric' }, utc(1993)));
      expect(shown[5]).to.equal(intl(locale, { year: 'numeric', month: 'long' }, utc(2019, 4)));
      expect(shown[6]).to.equal(intl(locale, { year: 'numeric', month: 'long', day: 'numeric' }, utc(2019, 6, 30)));
    });
  }

  it('shows Buddhist-era years in Thai and era years in the Japanese calendar', async () => {
    const th = await fixture<JitcoTimeline>(html`<jitco-timeline lang="th-TH"></jitco-timeline>`);
    expect(textOf(all(th, 'time')[2])).to.contain('2536');
    const era = await fixture<JitcoTimeline>(html`<jitco-timeline lang="ja-JP-u-ca-japanese"></jitco-timeline>`);
    expect(textOf(all(era, 'time')[2])).to.match(/平成\s*5年/);
    expect(textOf(all(era, 'time')[8])).to.match(/令和\s*2年4月1日/);
    expect(all(era, 'time')[8].getAttribute('datetime')).to.equal('2020-04-01');
  });

  it('formats figures with Intl.NumberFormat and the localized "approx."', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline lang="ja"></jitco-timeline>`);
    const numbers = all(el, 'data').map(textOf);
    // Approximate counts in myriads (約37万), written down: Intl's compact notation.
    expect(numbers).to.deep.equal([
      '約37万',
      `約${new Intl.NumberFormat('ja', { style: 'percent' }).format(0.13)}`,
      new Intl.NumberFormat('ja').format(1621),
    ]);
    // A German label: the number is German, "approx." English (no German strings), marked.
    const data = JSON.stringify({ events: [{ date: '2019', title: 'T', figures: [
      { value: 370000, approximate: true, label: 'Auszubildende' },
      { value: 0.13, approximate: true, unit: 'percent', label: 'aller Ausländer' },
    ] }] });
    const de = await fixture<JitcoTimeline>(html`<jitco-timeline lang="de" data=${data}></jitco-timeline>`);
    expect(textOf(all(de, 'data')[0])).to.equal(`approx. ${new Intl.NumberFormat('de').format(370000)}`);
    // textOf folds the no-break spaces some locales put before "%".
    expect(textOf(all(de, 'data')[1])).to.equal(`approx. ${new Intl.NumberFormat('de', { style: 'percent' }).format(0.13)}`.replace(/\s+/g, ' '));
  });

  it('re-renders dates when the page language changes', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"><jitco-timeline></jitco-timeline></div>`);
    const el = page.firstElementChild as JitcoTimeline;
    page.setAttribute('lang', 'ja');
    await aTimeout(50);
    await el.updateComplete;
    expect(textOf(all(el, 'time')[8])).to.equal(intl('ja', { year: 'numeric', month: 'long', day: 'numeric' }, utc(2020, 4, 1)));
    expect(textOf(heading(el))).to.equal(uiLocales.ja.timelineHeading);
  });
});

describe('<jitco-timeline> interface languages', () => {
  it('shows its heading and status labels in every interface language', async () => {
    await expectUiInEveryLocale(
      'jitco-timeline',
      (el) => [textOf(heading(el)), ...all(el, '[part="status"]').map(textOf)].filter((_, i) => i < 3),
      { attributes: 'now="2019-05-01"', expected: (s) => [s.timelineHeading, s.current, s.upcoming] },
    );
  });

  it('shows the "no events" line in every interface language', async () => {
    await expectUiInEveryLocale('jitco-timeline', (el) => [textOf(one(el, '[part="empty"]'))], {
      attributes: `data='{"events":[]}'`,
      expected: (s) => [s.noEvents],
    });
  });

  it('formats approximate figures with each language\'s own "approx."', async () => {
    const data = JSON.stringify({ events: [{ date: '2019', title: 'T', figures: [{ value: 370000, approximate: true, label: 'L' }] }] });
    for (const [lang, strings] of Object.entries(uiLocales)) {
      const el = await fixture<JitcoTimeline>(html`<jitco-timeline lang=${lang} data=${data}></jitco-timeline>`);
      if (lang === 'ja' || lang === 'zh-Hans') {
        expect(textOf(one(el, 'data')), lang).to.equal(strings.approx.replace('{value}', '37万'));
        continue;
      }
      // A label in the page's language: the number in it (native digits in Burmese and Nepali).
      const number = new Intl.NumberFormat(lang === 'my' ? 'en-u-nu-mymr' : lang === 'ne' ? 'en-IN-u-nu-deva' : lang).format(370000);
      expect(textOf(one(el, 'data')), lang).to.equal(strings.approx.replace('{value}', number).replace(/\s+/g, ' ').trim());
    }
  });
});

describe('<jitco-timeline> custom content', () => {
  it('sorts a period by its from date, not its to date', async () => {
    const periods = {
      events: [
        { date: '2010', title: 'Point in 2010' },
        { date: { from: '2000', to: '2030', label: '2000 to 2030' }, title: 'Period from 2000' },
        { date: { from: '2012', to: '2013', label: '2012 to 2013' }, title: 'Period from 2012' },
        { date: '2011-06', title: 'Point in 2011' },
      ],
    };
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2000-01-01" data=${json(periods)}></jitco-timeline>`);
    expect(titles(el)).to.deep.equal(['Period from 2000', 'Point in 2010', 'Point in 2011', 'Period from 2012']);
    expect(datetimes(el)).to.deep.equal(['2000', '2010', '2011-06', '2012']);
    el.order = 'desc';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Period from 2012', 'Point in 2011', 'Point in 2010', 'Period from 2000']);
  });

  it('renders its own heading, sorts by date (periods by their start), with description, figure and safe link', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2025-01-01" data=${json(custom)}></jitco-timeline>`);
    expect(textOf(heading(el))).to.equal('Our milestones');
    expect(titles(el)).to.deep.equal(['Office opened', 'First trainees welcomed', 'Programme expanded']);
    expect(datetimes(el)).to.deep.equal(['2016-04-01', '2018-10', '2019']);
    expect(textOf(all(el, 'time')[2])).to.equal('2019–2020');
    expect(textOf(one(el, '[part="description"]'))).to.equal('In Osaka.');
    expect(textOf(one(el, '[part="figure"]'))).to.equal('42 trainees');
    const link = one(el, 'a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/about');
    expect(textOf(link)).to.equal('About us');
    expect(link.getAttribute('part')).to.equal('link');
    await expect(el).to.be.accessible();
  });

  it('picks localized event text and marks a fallback with its language', async () => {
    const content = {
      heading: { en: 'Milestones', ja: '沿革' },
      events: [{ date: '2020', title: { en: 'Founded', ja: '設立' }, description: { en: 'English only.' } }],
    };
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline lang="ja-JP" data=${json(content)}></jitco-timeline>`);
    expect(textOf(heading(el))).to.equal('沿革');
    expect(titles(el)).to.deep.equal(['設立']);
    expect(one(el, '[part="title"]').hasAttribute('lang')).to.be.false;
    expect(one(el, '[part="description"]').getAttribute('lang')).to.equal('en');
  });

  it('renders the heading and a localized "no events" line for an empty list, not an empty list', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline data=${json({ events: [] })}></jitco-timeline>`);
    expect(textOf(heading(el))).to.equal('Program timeline');
    expect(all(el, 'ol, li')).to.have.length(0);
    expect(textOf(one(el, '[part="empty"]'))).to.equal('No events yet.');
    await expect(el).to.be.accessible();
    el.lang = 'ja';
    await el.updateComplete;
    expect(textOf(one(el, '[part="empty"]'))).to.equal(uiLocales.ja.noEvents);
  });

  it('never interprets markup in content', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const markup = '<img src=x onerror="window.pwned=true"><b>bold</b>';
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline data=${json({
      heading: markup,
      events: [{ date: '2020', title: markup, description: markup, figures: [{ value: 1, label: markup }], link: { href: '/x', label: markup } }],
    })}></jitco-timeline>`);
    await aTimeout(50);
    expect(textOf(heading(el))).to.equal(markup);
    expect(titles(el)).to.deep.equal([markup]);
    expect(all(el, 'img, b')).to.have.length(0);
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
  });
});

describe('<jitco-timeline> order and time', () => {
  it('orders newest first with order="desc", and back', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline order="desc" data=${json(custom)}></jitco-timeline>`);
    expect(datetimes(el)).to.deep.equal(['2019', '2018-10', '2016-04-01']);
    el.order = 'asc';
    await el.updateComplete;
    expect(datetimes(el)).to.deep.equal(['2016-04-01', '2018-10', '2019']);
  });

  it('reports a bad order and falls back to asc', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline @jitco-error=${errors.listener} order="newest" data=${json(custom)}></jitco-timeline>`);
    expect(datetimes(el)).to.deep.equal(['2016-04-01', '2018-10', '2019']);
    expect(errors.details).to.deep.equal([{ source: 'attribute', path: 'order', message: '"newest" is not asc or desc; using asc' }]);
    expect(warnings.warnings[0]).to.match(/^<jitco-timeline> attribute at order:/);
    el.removeAttribute('order');
    await el.updateComplete;
    expect(errors.details).to.have.length(1);
  });

  it('marks events after now as upcoming and the latest past one as current, in text and parts', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2019-05-01"></jitco-timeline>`);
    const parts = items(el).map((item) => item.getAttribute('part')!.trim());
    expect(parts).to.deep.equal([
      'item', 'item', 'item', 'item', 'item', 'item current', 'item upcoming', 'item upcoming', 'item upcoming',
    ]);
    const statuses = all(el, '[part="status"]');
    expect(statuses.every(isShown)).to.be.true;
    // Read with the event's heading, so a screen reader hears it when it reaches the event.
    expect(textOf(eventHeading(items(el)[5]))).to.equal('April 2019 Current stage Japan begins to accept Specified Skilled Workers');
    expect(textOf(eventHeading(items(el)[6]))).to.match(/^June 30, 2019 Upcoming /);
    el.now = '2030-01-01';
    await el.updateComplete;
    expect(all(el, '[part~="upcoming"]')).to.have.length(0);
    expect(items(el)[8].getAttribute('part')).to.contain('current');
    el.now = '1950';
    await el.updateComplete;
    expect(all(el, '[part~="current"]')).to.have.length(0);
    expect(all(el, '[part~="upcoming"]')).to.have.length(9);
  });

  it('counts an event on today, or in today\'s month or year, as past', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2019-06-30"></jitco-timeline>`);
    expect(items(el)[6].getAttribute('part')).to.contain('current');
    el.now = '2019-06-29';
    await el.updateComplete;
    expect(items(el)[6].getAttribute('part')).to.contain('upcoming');
    expect(items(el)[5].getAttribute('part')).to.contain('current'); // 2019-04 began before
  });

  it('keeps the current and upcoming marks in desc order', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline order="desc" now="2019-05-01"></jitco-timeline>`);
    expect(items(el).map((i) => i.getAttribute('part')!.trim()).slice(0, 4)).to.deep.equal([
      'item upcoming', 'item upcoming', 'item upcoming', 'item current',
    ]);
  });
});

describe('<jitco-timeline> bad input', () => {
  async function withEvents(events: unknown[]) {
    const errors = errorLog();
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline @jitco-error=${errors.listener} data=${json({ events })}></jitco-timeline>`);
    return { el, errors: errors.details };
  }
  const good: TimelineEvent[] = [
    { date: '2001', title: 'One' },
    { date: '2002', title: 'Two' },
    { date: '2003', title: 'Three' },
  ];

  for (const [what, bad, path] of [
    ['a missing date', { title: 'Bad' }, 'events[3].date'],
    ['an impossible date', { date: '2019-13-40', title: 'Bad' }, 'events[3].date'],
    ['a 30 February', { date: '2019-02-30', title: 'Bad' }, 'events[3].date'],
    ['a date in another format', { date: '30/06/2019', title: 'Bad' }, 'events[3].date'],
    ['a period with a bad start', { date: { from: '19x5', to: '1969', label: 'x' }, title: 'Bad' }, 'events[3].date.from'],
    ['a non-string title', { date: '2004', title: 42 }, 'events[3].title'],
    ['a missing title', { date: '2004' }, 'events[3].title'],
    ['an unsafe link', { date: '2004', title: 'Bad', link: { href: 'javascript:alert(1)', label: 'x' } }, 'events[3].link.href'],
    ['an event that is not an object', 'Bad', 'events[3]'],
  ] as const) {
    it(`leaves out an event with ${what}, reporting ${path}, and renders the rest`, async () => {
      const { el, errors } = await withEvents([...good, bad, { date: '2005', title: 'Five' }]);
      expect(titles(el)).to.deep.equal(['One', 'Two', 'Three', 'Five']);
      expect(errors.map((e) => e.path)).to.deep.equal([path]);
      expect(errors[0].source).to.equal('data');
      expect(warnings.warnings).to.have.length(1);
      expect(warnings.warnings[0]).to.contain(`<jitco-timeline> data at ${path}:`);
    });
  }

  it('leaves out a bad figure and keeps its event', async () => {
    const { el, errors } = await withEvents([...good, { date: '2004', title: 'Four', figures: [{ value: '5', label: 'x' }, { value: 5, label: 'ok' }] }]);
    expect(titles(el)).to.deep.equal(['One', 'Two', 'Three', 'Four']);
    expect(all(el, '[part="figure"]').map(textOf)).to.deep.equal(['5 ok']);
    expect(errors.map((e) => e.path)).to.deep.equal(['events[3].figures[0].value']);
  });

  it('keeps the default when events is not a list', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline @jitco-error=${errors.listener} data=${json({ events: 'none' })}></jitco-timeline>`);
    expect(items(el)).to.have.length(9);
    expect(errors.details.map((e) => e.path)).to.deep.equal(['events']);
  });

  it('keeps the last good content for invalid JSON', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline data=${json(custom)}></jitco-timeline>`);
    el.setAttribute('data', '{"events": [}');
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Our milestones');
    expect(warnings.warnings).to.have.length(1);
  });

  it('reports a bad now and uses today', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline @jitco-error=${errors.listener} now="2019-13-01"></jitco-timeline>`);
    expect(errors.details.map((e) => e.path)).to.deep.equal(['now']);
    // The real today is after every default event.
    expect(items(el)[8].getAttribute('part')).to.contain('current');
  });
});

describe('<jitco-timeline> layout and styling', () => {
  it('mirrors with dir="rtl": the line and the indent move to the right', async () => {
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 400px">
      <jitco-timeline></jitco-timeline>
      <div dir="rtl"><jitco-timeline></jitco-timeline></div>
    </div>`);
    const [ltr, rtl] = page.querySelectorAll('jitco-timeline');
    const indent = (el: Element) => {
      const item = items(el)[0].getBoundingClientRect();
      const title = one(el, '[part="title"]').getBoundingClientRect();
      return { start: Math.round(title.left - item.left), end: Math.round(item.right - title.right) };
    };
    const left = indent(ltr);
    const right = indent(rtl);
    expect(left.start).to.be.greaterThan(16);
    expect(left.end).to.equal(0);
    expect(right).to.deep.equal({ start: left.end, end: left.start });
    const style = (el: Element) => getComputedStyle(items(el)[0], '::after');
    expect(style(ltr).borderLeftWidth).to.equal('2px');
    expect(style(ltr).borderRightWidth).to.equal('0px');
    expect(style(rtl).borderRightWidth).to.equal('2px');
    expect(style(rtl).borderLeftWidth).to.equal('0px');
  });

  it('fits 280 px without horizontal overflow', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 280px"><jitco-timeline now="2019-05-01"></jitco-timeline></div>`);
    const el = box.firstElementChild as JitcoTimeline;
    expect(el.getBoundingClientRect().width).to.equal(280);
    for (const node of [el, ...all(el, '*')]) {
      const rect = node.getBoundingClientRect();
      if (rect.width) expect(rect.right, node.localName).to.be.at.most(box.getBoundingClientRect().right + 0.5);
    }
  });

  it('exposes the documented parts', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2019-05-01" data=${json({
      events: [...custom.events, { date: '2030', title: 'Later', description: 'Soon.' }],
    })}></jitco-timeline>`);
    for (const part of ['container', 'heading', 'list', 'item', 'upcoming', 'current', 'date', 'status', 'title', 'description', 'figure', 'link'])
      expect(all(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
  });

  it('takes accent, line, link colour and spacing from --jitco-* custom properties', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline data=${json(custom)}
      style="--jitco-accent: rgb(1, 2, 3); --jitco-line: rgb(4, 5, 6); --jitco-line-width: 5px; --jitco-spacing: 10px; --jitco-link-color: rgb(7, 8, 9)"></jitco-timeline>`);
    const line = getComputedStyle(items(el)[0], '::after');
    expect(line.borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    expect(line.borderInlineStartWidth).to.equal('5px');
    expect(getComputedStyle(items(el)[0]).paddingBlockEnd).to.equal('15px');
    expect(getComputedStyle(one(el, '[part="marker"]')).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(one(el, 'a')).color).to.equal('rgb(7, 8, 9)');
  });

  it('has no animation or transition under prefers-reduced-motion', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    try {
      const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2019-05-01"></jitco-timeline>`);
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      for (const node of all(el, '*')) {
        const style = getComputedStyle(node);
        expect(style.animationName, node.localName).to.equal('none');
        expect(style.transitionDuration, node.localName).to.equal('0s');
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('prints events whole, with link addresses', async function () {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline data=${json(custom)}></jitco-timeline>`);
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(getComputedStyle(items(el)[0]).breakInside).to.equal('avoid');
      expect(getComputedStyle(one(el, 'a'), '::after').content).to.equal('" (/about)"');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('has forced-colors rules for the line and markers', async () => {
    // The Chrome launcher cannot emulate forced colours; check the rules are there.
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline></jitco-timeline>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter((rule) => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
    expect(forced.map((rule) => rule.cssText).join().toLowerCase()).to.contain('canvastext');
  });
});

describe('<jitco-timeline> 1,000 events', () => {
  const many = (n: number, prefix = 'Event') =>
    Array.from({ length: n }, (_, i) => ({
      date: `${1000 + i}-0${(i % 9) + 1}`,
      title: `${prefix} ${i}`,
      description: i % 2 ? 'A description.' : undefined,
      figures: i % 3 ? undefined : [{ value: i * 1000, approximate: true, label: 'people' }],
    }));

  it('renders them, keeps each event\'s DOM on update and reorder, and re-renders in place', async () => {
    // Not a benchmark (that is the performance issue); the timings are logged for a sanity check.
    const events = many(1000);
    let start = performance.now();
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2500-01-01" data=${json({ events })}></jitco-timeline>`);
    const firstRender = performance.now() - start;
    expect(items(el)).to.have.length(1000);
    const firstItem = items(el)[0];
    const lastItem = items(el)[999];

    // New content object, one new event in front and one title changed: the other events keep their nodes.
    start = performance.now();
    el.data = { events: [{ date: '0999', title: 'New first' }, ...events.slice(0, 500), { ...events[500], title: 'Changed' }, ...events.slice(501)] };
    await el.updateComplete;
    const update = performance.now() - start;
    expect(items(el)).to.have.length(1001);
    expect(items(el)[1]).to.equal(firstItem);
    expect(items(el)[1000]).to.equal(lastItem);
    expect(textOf(items(el)[501].querySelector('[part="title"]')!)).to.equal('Changed');

    start = performance.now();
    el.order = 'desc';
    await el.updateComplete;
    const reorder = performance.now() - start;
    expect(items(el)[0]).to.equal(lastItem);

    // An update that changes no event re-uses the prepared rows: no date is formatted again
    // (formatIsoDate builds each date for Intl with Date.UTC), while a switch to a language that
    // Intl formats (no dates pattern of its own) formats them all.
    const { UTC } = Date;
    let formatted = 0;
    let rerender = 0;
    Date.UTC = (...args: Parameters<typeof UTC>) => (formatted++, UTC(...args));
    try {
      start = performance.now();
      el.requestUpdate();
      await el.updateComplete;
      rerender = performance.now() - start;
      expect(formatted, 'dates formatted by an update that changes nothing').to.equal(0);
      el.lang = 'de';
      await el.updateComplete;
      expect(formatted, 'dates formatted after a language switch').to.be.at.least(1001);
    } finally {
      Date.UTC = UTC;
    }
    console.log(`1,000 events: first render ${firstRender.toFixed(0)} ms, update ${update.toFixed(0)} ms, reorder ${reorder.toFixed(0)} ms, re-render ${rerender.toFixed(0)} ms`);
  });
});
