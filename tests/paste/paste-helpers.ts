// What every destination's test does with the editor's output: put it on a page that has the
// elements' script, and check that each element is defined and shows exactly what the builder's
// code shows (its shadow root's text, and its `data` JSON equal to the content).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { Release, Tag } from '../../builder/embed.js';
import { recipes, type Destination, type Recipe } from '../../builder/destinations.js';
import { waitFor } from '../helpers.js';

export async function release(): Promise<Release> {
  const [pkg, integrity] = await Promise.all([
    fetch('/package.json').then((r) => r.json()),
    fetch('/dist/cdn/integrity.json').then((r) => r.json()),
  ]);
  return { name: pkg.name, version: pkg.version, integrity };
}

/**
 * One content per element, with the characters editors and sanitizers re-escape or eat: quotes,
 * `&`, `<`, `>`, brackets (shortcodes), `--` (comments), non-ASCII and line breaks.
 */
export const CASES: { tag: Tag; attributes: Record<string, string | boolean | undefined>; content: unknown }[] = [
  {
    tag: 'jitco-greeting',
    attributes: { lang: 'en', collapsed: true },
    content: {
      heading: { en: 'Tom & Jerry’s "best" <b>greeting</b>', ja: 'ごあいさつ' },
      paragraphs: ["First 'paragraph' [with] brackets -- and a dash.", 'Second\nline & <i>not markup</i>.'],
      signature: { organization: 'Partner Org', role: 'President', name: 'A. Person' },
    },
  },
  {
    tag: 'jitco-timeline',
    attributes: { lang: 'en', 'heading-level': '3', now: '2020-01-01' },
    content: {
      heading: 'Our "history" & <future>',
      events: [
        { date: '1993', title: 'Founded <here>', figures: [{ value: 0.13, unit: 'percent', label: 'share & more' }] },
        { date: '2020-04-01', title: 'Renamed', link: { href: 'https://example.org/?a=1&b=2', label: 'Read "more"' } },
      ],
    },
  },
  {
    tag: 'jitco-name-change-notice',
    attributes: { lang: 'ja', 'notice-id': 'paste-test' },
    content: {
      formerName: 'Old & "former" name',
      newName: 'New <name>',
      effectiveDate: '2020-04-01',
      message: 'It changed -- see [below].',
    },
  },
];

export async function recipeFor(destination: Destination, c: (typeof CASES)[number]): Promise<Recipe> {
  return recipes({ release: await release(), loader: 'module', tag: c.tag, attributes: c.attributes, content: c.content })[destination];
}

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((m) => m.remove()));

/** Puts `html` on this page (which has the elements' script) and waits for its elements to render. */
export async function onPage(html: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  mounted.push(container);
  for (const el of container.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await el.updateComplete;
  return container;
}

const shown = (el: Element) => (el.shadowRoot ? (el.shadowRoot as unknown as { textContent: string }).textContent : '').replace(/\s+/g, ' ').trim();

/**
 * Fails, naming the destination and what went missing, unless `output` (what the editor or
 * sanitizer kept) shows the case's element as the builder's own code does.
 */
export async function expectSurvives(where: string, output: string, c: (typeof CASES)[number]) {
  const reference = await onPage((await recipeFor('page', c)).code.replace(/<script[^>]*><\/script>/, ''));
  const want = reference.querySelector(c.tag)!;
  const page = await onPage(output);
  const elements = page.querySelectorAll(c.tag);
  expect(elements.length, `${where}: <${c.tag}> in the output: ${output.slice(0, 300)}`).to.equal(1);
  const got = elements[0] as HTMLElement;
  expect(customElements.get(c.tag) && got instanceof customElements.get(c.tag)!, `${where}: <${c.tag}> is defined`).to.equal(true);
  expect(JSON.parse(got.getAttribute('data') ?? 'null'), `${where}: the data JSON of <${c.tag}> (output: ${output.slice(0, 300)})`).to.deep.equal(c.content);
  for (const [name, value] of Object.entries(c.attributes)) {
    if (value === undefined || value === false) continue;
    if (value === true) expect(got.hasAttribute(name), `${where}: attribute ${name}`).to.equal(true);
    else expect(got.getAttribute(name), `${where}: attribute ${name}`).to.equal(value);
  }
  await waitFor(() => shown(got) !== '', `${where}: <${c.tag}> renders`);
  expect(shown(got), `${where}: what <${c.tag}> shows`).to.equal(shown(want));
}
