/**
 * The timeline's long-list aids: grouping by year or decade (`group-by`), one "Today" rule where
 * the past ends, "Upcoming" shown once where the future starts, and current / upcoming events
 * told apart by shape and text, not colour alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { JitcoTimeline } from '../../src/timeline/timeline.js';
import { uiLocales } from '../../src/locales/index.js';
import { all, captureWarnings, errorLog, isShown, one, textOf } from '../helpers.js';

const json = (value: unknown) => JSON.stringify(value);
const items = (el: Element) => all(el, 'li');
/** 200 yearly events from 1826 to 2025. */
const twoHundred = {
  events: Array.from({ length: 200 }, (_, i) => ({ date: `${1826 + i}-04-01`, title: `Milestone ${i + 1}` })),
};
const few = {
  events: [
    { date: '2017', title: 'A' },
    { date: '2019-04', title: 'B' },
    { date: '2019-06-30', title: 'C' },
    { date: '2021', title: 'D' },
    { date: '2030', title: 'E' },
  ],
};
/** Visible status labels (the others are for screen readers only). */
const visibleStatus = (el: Element) => all(el, '[part="status"]').filter((s) => s.getBoundingClientRect().width > 1).map(textOf);

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<jitco-timeline group-by>', () => {
  it('opens each decade with a heading one level below the timeline’s, event headings one further', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline group-by="decade" now="2020-01-01" data=${json(twoHundred)}></jitco-timeline>`);
    const groups = all(el, '[part="group"]');
    expect(groups.map(textOf)).to.deep.equal(Array.from({ length: 21 }, (_, i) => `${1820 + i * 10}s`));
    expect(groups.every((g) => g.localName === 'h3')).to.be.true;
    expect(all(el, 'li h4')).to.have.length(200);
    // Each heading opens the first event of its decade: 1826, then 1830, 1840, …
    expect(groups.map((g) => g.closest('li')!.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '1826-04-01', ...Array.from({ length: 20 }, (_, i) => `${1830 + i * 10}-04-01`),
    ]);
    await expect(el).to.be.accessible();
  });

  it('groups by year, in desc order too, and in the page’s language', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline group-by="year" order="desc" lang="ja" now="2020-01-01" data=${json(few)}></jitco-timeline>`);
    const year = (y: number) => new Intl.DateTimeFormat('ja', { year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, 0, 1)));
    expect(all(el, '[part="group"]').map(textOf)).to.deep.equal([year(2030), year(2021), year(2019), year(2017)]);
    el.groupBy = 'decade';
    await el.updateComplete;
    expect(all(el, '[part="group"]').map(textOf)).to.deep.equal(['2030年代', '2020年代', '2010年代']);
  });

  it('says the decade in every interface language', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline group-by="decade" data=${json(few)}></jitco-timeline>`);
    for (const [lang, strings] of Object.entries(uiLocales)) {
      el.lang = lang;
      await el.updateComplete;
      const first = textOf(one(el, '[part="group"]'));
      expect(strings.decade, lang).to.contain('{year}');
      expect(first.replace(/[0-9\u1040-\u1049\u17e0-\u17e9\u0966-\u096f\u0e50-\u0e59]+/, '{year}'), lang).to.equal(strings.decade);
    }
  });

  it('does not group without the attribute, and stops when it is removed', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline group-by="year" data=${json(few)}></jitco-timeline>`);
    expect(all(el, '[part="group"]')).to.have.length(4);
    el.removeAttribute('group-by');
    await el.updateComplete;
    expect(all(el, '[part="group"]')).to.have.length(0);
    expect(all(el, 'li h3')).to.have.length(5);
  });

  for (const bad of ['month', 'YEAR', ' decade']) {
    it(`reports group-by="${bad}" once and does not group`, async () => {
      const errors = errorLog();
      const el = await fixture<JitcoTimeline>(html`<jitco-timeline group-by=${bad} @jitco-error=${errors.listener} data=${json(few)}></jitco-timeline>`);
      expect(all(el, '[part="group"]')).to.have.length(0);
      expect(all(el, 'li h3')).to.have.length(5);
      expect(errors.details).to.deep.equal([{ source: 'attribute', path: 'group-by', message: `"${bad}" is not year or decade; not grouping` }]);
      expect(warnings.warnings).to.have.length(1);
    });
  }
});

describe('<jitco-timeline> today and upcoming', () => {
  it('shows "Upcoming" once, where the future starts, after one "Today" rule; screen readers hear it on each', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline group-by="decade" now="1925-06-01" data=${json(twoHundred)}></jitco-timeline>`);
    expect(visibleStatus(el)).to.deep.equal(['Current stage', 'Upcoming']);
    const upcoming = items(el).filter((li) => li.getAttribute('part')!.includes('upcoming'));
    expect(upcoming).to.have.length(100);
    expect(upcoming.every((li) => li.textContent!.includes('Upcoming')), 'each upcoming event says so in text').to.be.true;
    const today = all(el, '[part="today"]');
    expect(today.map(textOf)).to.deep.equal(['Today']);
    // At the end of the current stage, so the rule sits between 1925 and 1926.
    expect(today[0].closest('li')!.querySelector('time')!.getAttribute('datetime')).to.equal('1925-04-01');
    const rule = today[0].getBoundingClientRect();
    expect(rule.top).to.be.above(one(el, 'li[part~="current"] [part="title"]').getBoundingClientRect().bottom);
    expect(rule.bottom).to.be.below(upcoming[0].querySelector('[part="title"]')!.getBoundingClientRect().top);
  });

  it('in desc order, shows "Upcoming" on the first event and the rule after the last upcoming one', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline order="desc" now="2020-01-01" data=${json(few)}></jitco-timeline>`);
    expect(visibleStatus(el)).to.deep.equal(['Upcoming', 'Current stage']);
    expect(one(el, '[part="status"]').closest('li')).to.equal(items(el)[0]);
    expect(one(el, '[part="today"]').closest('li')).to.equal(items(el)[1]);
  });

  it('has no rule when every event is past, or every event upcoming', async () => {
    const past = await fixture<JitcoTimeline>(html`<jitco-timeline now="2040-01-01" data=${json(few)}></jitco-timeline>`);
    expect(all(past, '[part="today"]')).to.have.length(0);
    const future = await fixture<JitcoTimeline>(html`<jitco-timeline now="2000-01-01" data=${json(few)}></jitco-timeline>`);
    expect(all(future, '[part="today"]')).to.have.length(0);
    expect(visibleStatus(future)).to.deep.equal(['Upcoming']);
  });

  it('tells past, current and upcoming apart by marker shape and line style, not colour alone', async () => {
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2020-01-01" data=${json(few)}></jitco-timeline>`);
    const [past, , current, upcoming] = items(el).map((li) => li.querySelector<HTMLElement>('[part="marker"]')!);
    const shape = (marker: HTMLElement) => {
      const style = getComputedStyle(marker);
      const size = marker.getBoundingClientRect().width;
      return { disc: Math.abs(parseFloat(style.borderTopWidth) * 2 - size) < 0.5, ring: style.outlineStyle !== 'none' };
    };
    expect(shape(past), 'past: a disc').to.deep.equal({ disc: true, ring: false });
    expect(shape(current), 'current: a ringed disc').to.deep.equal({ disc: true, ring: true });
    expect(shape(upcoming), 'upcoming: a hollow circle').to.deep.equal({ disc: false, ring: false });
    expect(getComputedStyle(items(el)[4], '::before').borderLeftStyle, 'upcoming line').to.equal('dashed');
    expect(getComputedStyle(items(el)[1], '::before').borderLeftStyle, 'past line').to.equal('solid');
    expect(isShown(one(el, 'li[part~="current"] [part="status"]'))).to.be.true;
  });
});
