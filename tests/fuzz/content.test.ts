/**
 * Property tests: arbitrary JSON, arbitrary `data` attribute text and content of each element's
 * shape that is wrong in places. The oracle is the generators' own knowledge (tests/fuzz/model.ts,
 * written from the contract, importing nothing from src/): each input comes with the JSON paths
 * of the errors the element must report (one `console.warn` and one `jitco-error` each) and the
 * content it must then show, rendered by a clean element for comparison, or its default. The
 * element never throws and never turns content into markup.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { JitcoErrorDetail } from '../../src/core/errors.js';
import { elements, mount, shadowMarkup, shadowText, type ElementUnderTest, type JitcoElementLike } from '../elements.js';
import { captureWarnings } from '../helpers.js';
import { arbitraryIssues, contentModels, edgeDay, hostileJson, hostileString, impossibleDay, isJsonExact, MARK, REFUSED, urlsIn, type Made } from './model.js';

const RUNS = 150;
/** Tags that only content could have put there. */
const FORBIDDEN = 'b, script, iframe, object, embed, svg, math, style:not(:first-child)';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/**
 * Markup-safety checks that hold for any render: no element and no handler made of content,
 * and every `href`/`src` one of `allowedUrls` (the safe URLs the generator put in the content).
 */
function expectNoMarkupFromContent(element: Element, allowedUrls: string[]) {
  const root = element.shadowRoot!;
  expect(root.querySelectorAll(FORBIDDEN), 'elements from content').to.have.length(0);
  for (const node of root.querySelectorAll('*')) {
    for (const { name, value } of node.attributes) {
      expect(name.startsWith('on'), `event handler attribute ${name}`).to.be.false;
      if (name === 'src' || name === 'href') expect(allowedUrls, `${name}="${value}" is one the generator made safe`).to.include(value);
    }
  }
  // Injected `<b>INJECTED</b>` may only ever show as those very characters.
  expect(shadowText(element).split(`<b>${MARK}</b>`).join('')).not.to.include(`${MARK}</b>`);
  expect((window as { __pwned?: number }).__pwned, 'injected script ran').to.be.undefined;
}

async function renderWith(under: ElementUnderTest, setup: (element: JitcoElementLike) => void) {
  const errors: JitcoErrorDetail[] = [];
  const warnings = captureWarnings();
  try {
    const element = await mount(under.tag, container, (element) => {
      element.addEventListener('jitco-error', (event) => errors.push(event.detail));
      setup(element);
    });
    return { element, errors, warnings: warnings.warnings };
  } finally {
    warnings.restore();
  }
}

interface Expected {
  /** Paths of the errors, or a count where paths are the engine's (invalid JSON: a position). */
  issues: string[] | number;
  shows: unknown;
}

/** Runs one input through an element and compares with what the generator expects. */
async function check(under: ElementUnderTest, data: unknown, as: 'property' | 'attribute', expected: Expected) {
  container.replaceChildren();
  const { element, errors, warnings } = await renderWith(under, (element) => {
    if (as === 'property') element.data = data;
    else element.setAttribute('data', data as string);
  });
  const input = JSON.stringify(data)?.slice(0, 300);
  if (typeof expected.issues === 'number') expect(errors.length, `jitco-error count for ${input}`).to.equal(expected.issues);
  else expect(errors.map((error) => error.path).sort(), `jitco-error paths for ${input}`).to.deep.equal([...expected.issues].sort());
  expect(errors.every((error) => error.source === 'data'), 'source "data"').to.be.true;
  expect(warnings.length, 'one console.warn per error').to.equal(errors.length);
  expect(warnings.every((warning) => warning.startsWith(`<${under.tag}> data`))).to.be.true;
  const shows = expected.shows === REFUSED ? undefined : expected.shows;
  expectNoMarkupFromContent(element, urlsIn(shows));
  // What it shows: the valid part the generator kept, as a clean element renders it, or the default.
  const reference = await renderWith(under, (reference) => {
    if (shows !== undefined) reference.data = shows;
  });
  expect(reference.errors, 'the content the model calls valid is accepted').to.deep.equal([]);
  expect(shadowMarkup(element)).to.equal(shadowMarkup(reference.element));
  expect(shadowText(element)).not.to.equal('');
}

/** What an arbitrary `data` value (property or attribute text) must give, when the model can tell. */
function expectationOf(tag: string, data: unknown): Expected | undefined {
  if (data === undefined || data === null || data === '') return { issues: [], shows: REFUSED };
  let parsed = data;
  if (typeof data === 'string') {
    try {
      parsed = JSON.parse(data);
    } catch {
      return { issues: 1, shows: REFUSED };
    }
  }
  const issues = arbitraryIssues(tag, parsed);
  return issues && { issues, shows: REFUSED };
}

for (const under of elements) {
  const model = contentModels[under.tag];
  if (!model) continue;

  describe(`<${under.tag}> fuzzed content`, function () {
    this.timeout(120_000);

    const arbitrary = (as: 'property' | 'attribute') => async (data: unknown) => {
      const expected = expectationOf(under.tag, data);
      fc.pre(expected !== undefined);
      await check(under, data, as, expected!);
    };

    it('arbitrary JSON as the data property: never throws, reports what is missing and shows the default', async () => {
      await fc.assert(fc.asyncProperty(hostileJson, arbitrary('property')), { numRuns: RUNS });
      await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), arbitrary('property')), { numRuns: RUNS / 3 });
    });

    it('arbitrary text as the data attribute: invalid JSON is one error and the default', async () => {
      const text = fc.oneof(hostileString, hostileJson.map((value) => JSON.stringify(value) ?? ''), fc.json({ maxDepth: 3 }));
      await fc.assert(fc.asyncProperty(text, arbitrary('attribute')), { numRuns: RUNS });
    });

    it('content of the right shape, wrong in places: reports each wrong place by its path and renders the valid part', async () => {
      await fc.assert(
        fc.asyncProperty(model({ corruption: 0.08 }), (made: Made) => check(under, made.value, 'property', made)),
        { numRuns: RUNS },
      );
    });

    it('the same content as data attribute text: the same errors and rendering', async () => {
      // NaN and ±Infinity become null in JSON text (another input); -0 becomes 0 (so does the expectation).
      const jsonSafe = model({ corruption: 0.08 }).filter((made) => isJsonExact(made.value));
      const viaJson = (made: Made): Made => ({ ...made, shows: made.shows === REFUSED ? REFUSED : JSON.parse(JSON.stringify(made.shows)) });
      await fc.assert(
        fc.asyncProperty(jsonSafe, (made: Made) => check(under, JSON.stringify(made.value), 'attribute', viaJson(made))),
        { numRuns: RUNS / 3 },
      );
    });

    it('valid content with markup in every text: shows the markup as text, never as elements', async () => {
      await fc.assert(
        fc.asyncProperty(model({ marked: true }), async (made: Made) => {
          expect(made.issues).to.deep.equal([]);
          await check(under, made.value, 'property', made);
          const { element } = await renderWith(under, (element) => (element.data = made.value));
          // Content with no text shown (a timeline with no events and no heading; marks only in unknown fields) has no mark.
          if (JSON.stringify(made.shows).includes(MARK)) expect(shadowText(element)).to.include(`<b>${MARK}</b>`);
          else expect(shadowText(element)).not.to.include('<b>');
        }),
        { numRuns: RUNS / 3 },
      );
    });
  });
}

describe('the date rule, at the calendar’s edges', function () {
  this.timeout(60_000);
  const timeline = elements.find((element) => element.tag === 'jitco-timeline')!;

  it('refuses days that do not exist and accepts the last day of every month, leap days included', async () => {
    const day = fc.oneof(impossibleDay.map((date) => ({ date, valid: false })), edgeDay.map((date) => ({ date, valid: true })));
    await fc.assert(
      fc.asyncProperty(day, async ({ date, valid }) => {
        container.replaceChildren();
        const { element, errors } = await renderWith(timeline, (el) => (el.data = { events: [{ date, title: 'T' }] }));
        expect(errors.map((error) => error.path), date).to.deep.equal(valid ? [] : ['events[0].date']);
        expect(element.shadowRoot!.querySelectorAll(`time[datetime="${date}"]`).length, date).to.equal(valid ? 1 : 0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('fuzz harness', () => {
  it('covers every element that src/index.ts exports and defines, each with a content model', () => {
    expect(elements.map((element) => element.tag)).to.deep.equal(['jitco-greeting', 'jitco-name-change-notice', 'jitco-timeline']);
    expect(Object.keys(contentModels).sort()).to.deep.equal(elements.map((element) => element.tag));
  });

  it('catches markup made from content and unsafe URLs (self-check of the oracle)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<p><b>${MARK}</b></p>`;
    expect(() => expectNoMarkupFromContent(host, [])).to.throw();
    const link = document.createElement('div');
    link.attachShadow({ mode: 'open' }).innerHTML = `<p><a href="javascript:alert(1)">x</a></p>`;
    expect(() => expectNoMarkupFromContent(link, ['https://example.com/'])).to.throw(/href/);
  });

  it('knows what it made (self-check of the model against hand-written cases)', () => {
    const [made] = fc.sample(contentModels['jitco-greeting']({ corruption: 0 }), { seed: 1, numRuns: 1 });
    expect(made.issues).to.deep.equal([]);
    expect(made.shows).to.not.equal(REFUSED);
    expect(arbitraryIssues('jitco-greeting', [1])).to.deep.equal(['(root)']);
    expect(arbitraryIssues('jitco-timeline', { other: 1 })).to.deep.equal(['events']);
    expect(arbitraryIssues('jitco-timeline', { events: 1 })).to.equal(undefined);
  });
});

describe('<jitco-greeting> markup in content', () => {
  it('shows an injected <b> as its characters, with no element made of it', async () => {
    const greeting = elements.find((element) => element.tag === 'jitco-greeting')!;
    const data = { heading: `<b>${MARK}</b>`, paragraphs: ['<img src=x onerror="window.__pwned=1">'], signature: { organization: '<i>o</i>', role: 'r', name: 'n' } };
    const { element, errors } = await renderWith(greeting, (element) => (element.data = data));
    expect(errors).to.have.length(0);
    expect(shadowText(element)).to.include(`<b>${MARK}</b>`);
    expect(shadowText(element)).to.include('<img src=x onerror="window.__pwned=1">');
    expect(element.shadowRoot!.querySelectorAll('b, i, img')).to.have.length(0);
  });
});
