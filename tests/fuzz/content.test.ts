/**
 * Property tests: arbitrary JSON, arbitrary `data` attribute text and schema-shaped content that is
 * wrong in places, thrown at every element. The oracle is the element's own schema: the element
 * must report exactly the issues `validate` finds (one `console.warn` and one `jitco-error` each)
 * and render exactly what a clean copy of the valid part renders, or the default when nothing is
 * valid; it never throws and never turns content into markup.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { JitcoErrorDetail } from '../../src/core/errors.js';
import { validate, type Schema } from '../../src/core/schema.js';
import { isSafeUrl } from '../../src/core/values.js';
import { elements, mount, shadowMarkup, shadowText, type ElementUnderTest, type JitcoElementLike } from '../elements.js';
import { captureWarnings } from '../helpers.js';
import { contentFor, hostileJson, hostileString, MARK } from './arbitraries.js';

const RUNS = 150;
/** Tags that only content could have put there. */
const FORBIDDEN = 'b, script, iframe, object, embed, svg, math, style:not(:first-child)';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** What the element must do with `data`, modelled on the contract: parse text, validate, keep the default when nothing is valid. */
function expectation({ schema }: ElementUnderTest, data: unknown) {
  if (data === undefined || data === null || data === '') return { issues: 0, value: undefined };
  let parsed = data;
  if (typeof data === 'string') {
    try {
      parsed = JSON.parse(data);
    } catch {
      return { issues: 1, value: undefined };
    }
  }
  const { issues, value } = validate(schema, parsed);
  return { issues: issues.length, value };
}

/** `value` with `<b>INJECTED</b>` appended to every text of the content (not to URLs, dates or literals). */
function markTexts(schema: Schema, value: unknown): unknown {
  const mark = (text: string) => `${text}<b>${MARK}</b>`;
  switch (schema.kind) {
    case 'text':
      return typeof value === 'string'
        ? mark(value)
        : Object.fromEntries(Object.entries(value as Record<string, string>).map(([tag, text]) => [tag, mark(text)]));
    case 'string':
      return schema.format ? value : mark(value as string);
    case 'array':
      return (value as unknown[]).map((item) => markTexts(schema.item, item));
    case 'union': {
      const option = schema.options.find((candidate) => validate(candidate, value).issues.length === 0);
      return option ? markTexts(option, value) : value;
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, field]) => [key, schema.fields[key] ? markTexts(schema.fields[key], field) : field]),
      );
    default:
      return value;
  }
}

/** Markup-safety checks that hold for any render, whatever the content. */
function expectNoMarkupFromContent(element: Element) {
  const root = element.shadowRoot!;
  expect(root.querySelectorAll(FORBIDDEN), 'elements from content').to.have.length(0);
  for (const node of root.querySelectorAll('*')) {
    for (const { name, value } of node.attributes) {
      expect(name.startsWith('on'), `event handler attribute ${name}`).to.be.false;
      if (name === 'src' || name === 'href') expect(isSafeUrl(value), `${name}="${value}"`).to.be.true;
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

/** Runs one input through an element and checks every property against the model. */
async function check(under: ElementUnderTest, data: unknown, as: 'property' | 'attribute') {
  container.replaceChildren();
  const { element, errors, warnings } = await renderWith(under, (element) => {
    if (as === 'property') element.data = data;
    else element.setAttribute('data', data as string);
  });
  const expected = expectation(under, data);
  expect(errors.length, `jitco-error count for ${JSON.stringify(data)}`).to.equal(expected.issues);
  expect(errors.every((error) => error.source === 'data')).to.be.true;
  expect(warnings.length, 'one console.warn per error').to.equal(errors.length);
  expect(warnings.every((warning) => warning.startsWith(`<${under.tag}> data`))).to.be.true;
  expectNoMarkupFromContent(element);
  // What it shows: the valid part, rendered as a clean copy renders it, or else the default.
  const { element: reference } = await renderWith(under, (reference) => {
    if (expected.value !== undefined) reference.data = expected.value;
  });
  expect(shadowMarkup(element)).to.equal(shadowMarkup(reference));
  expect(shadowText(element)).not.to.equal('');
}

for (const under of elements) {
  describe(`<${under.tag}> fuzzed content`, function () {
    this.timeout(120_000);

    it('arbitrary JSON as the data property: never throws, always reports and shows content or default', async () => {
      await fc.assert(fc.asyncProperty(hostileJson, (data) => check(under, data, 'property')), { numRuns: RUNS });
      await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), (data) => check(under, data, 'property')), { numRuns: RUNS / 3 });
    });

    it('arbitrary text as the data attribute: invalid JSON is one error and the default', async () => {
      const text = fc.oneof(hostileString, hostileJson.map((value) => JSON.stringify(value) ?? ''), fc.json({ maxDepth: 3 }));
      await fc.assert(fc.asyncProperty(text, (data) => check(under, data, 'attribute')), { numRuns: RUNS });
    });

    it('content of the right shape, wrong in places: reports each issue and renders the valid part', async () => {
      await fc.assert(fc.asyncProperty(contentFor(under.schema), (data) => check(under, data, 'property')), { numRuns: RUNS });
    });

    it('valid content with markup in every text: shows the markup as text, never as elements', async () => {
      const valid = contentFor(under.schema, 0).filter((value) => validate(under.schema, value).issues.length === 0);
      await fc.assert(
        fc.asyncProperty(valid, async (data) => {
          const marked = markTexts(under.schema, data);
          await check(under, marked, 'property');
          const { element } = await renderWith(under, (element) => (element.data = marked));
          // Content with no text at all (a timeline with no events and no heading) has no mark.
          if (JSON.stringify(marked).includes(MARK)) expect(shadowText(element)).to.include(`<b>${MARK}</b>`);
          else expect(shadowText(element)).not.to.include('<b>');
        }),
        { numRuns: RUNS / 3 },
      );
    });
  });
}

describe('fuzz harness', () => {
  it('covers every element that src/index.ts exports and defines', () => {
    expect(elements.map((element) => element.tag)).to.include('jitco-greeting');
    for (const { schema } of elements) expect(schema.kind).to.equal('object');
  });

  it('catches markup made from content (self-check of the oracle)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<p><b>${MARK}</b></p>`;
    expect(() => expectNoMarkupFromContent(host)).to.throw();
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
