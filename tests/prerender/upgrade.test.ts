// Prerendered pages (tests/prerender/pages/, prerendered on the fly by dist/prerender; see
// tests/prerender/server.mjs) in iframes: with JavaScript off they show the elements, and when a
// build's script runs the elements take over their shadow roots without moving anything.
// `npm run test:prerender` after `npm run build`.
import { expect } from '@open-wc/testing';
import { uiLocales } from '../../src/locales/index.js';
import { shadowText } from '../helpers.js';

const { en, vi, ja } = uiLocales;

type Host = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown; storageKey?: string };
type PageWindow = Window & typeof globalThis & { loadElements?: () => void };

const TAGS = ['jitco-greeting', 'jitco-timeline', 'jitco-name-change-notice'];
/** The heading each element of pages/partner.html shows, by id. */
const HEADINGS: Record<string, string> = {
  notice: en.noticeHeading,
  greeting: 'Greeting',
  timeline: 'Program timeline',
  scripted: 'Inline JSON heading',
  remote: 'Welcome',
  'remote-notice': en.noticeHeading,
  japanese: ja.noticeHeading,
};

async function open(query: string, width = 412): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/prerendered/partner?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  return { win, doc: win.document };
}

const hosts = (doc: Document) => [...doc.querySelectorAll<Host>(TAGS.join(','))];
const byId = (doc: Document, id: string) => doc.getElementById(id) as Host;
const frames = (win: Window, count = 2) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? win.requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  });


const headingsOf = (host: Element) => [...(host.shadowRoot?.querySelectorAll('h1,h2,h3,h4,h5,h6') ?? [])];
const visible = (element: Element | null | undefined) => !!element && element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;

/** Where everything on the page is: each element's box, and the partner's paragraphs after them. */
function layout(doc: Document): string[] {
  return [...doc.querySelectorAll('jitco-greeting, jitco-timeline, jitco-name-change-notice, p, h1')].map((el) => {
    const box = el.getBoundingClientRect();
    return `${el.id || el.localName} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
  });
}

async function upgraded(win: PageWindow, doc: Document): Promise<void> {
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all(hosts(doc).map((host) => host.updateComplete));
  // The src elements render again when their documents arrive.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await Promise.all(hosts(doc).map((host) => host.updateComplete));
  await frames(win);
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  localStorage.clear();
});

describe('a prerendered page without JavaScript (no script, a blocked CDN)', () => {
  it('shows every element: headings, paragraphs and list items from the declarative shadow roots', async () => {
    const { win, doc } = await open('script=none');
    expect(win.customElements.get('jitco-greeting'), 'nothing is defined').to.equal(undefined);
    for (const [id, heading] of Object.entries(HEADINGS)) {
      const host = byId(doc, id);
      expect(host.shadowRoot, `#${id} has its shadow root`).to.not.equal(null);
      const [first] = headingsOf(host);
      expect(first?.textContent, `#${id}`).to.equal(heading);
      expect(visible(first), `#${id} heading visible`).to.equal(true);
    }
    const timeline = byId(doc, 'timeline').shadowRoot!;
    expect([...timeline.querySelectorAll('li')].filter(visible).length).to.be.greaterThan(4);
    const greeting = byId(doc, 'greeting').shadowRoot!;
    const paragraphs = [...greeting.querySelectorAll('p')];
    expect(visible(paragraphs[0]), 'first paragraph shown').to.equal(true);
    expect(paragraphs.slice(1).some(visible), 'collapsed: the rest hidden').to.equal(false);
    expect(visible(byId(doc, 'notice').shadowRoot!.querySelector('button')), 'close button drawn').to.equal(true);
  });

  it('never shows the inline JSON', async () => {
    const { doc } = await open('script=none');
    const script = byId(doc, 'scripted').querySelector('script')!;
    expect(script.textContent).to.include('"paragraphs"');
    expect(visible(script)).to.equal(false);
    expect(doc.body.innerText).to.not.include('"paragraphs"');
    expect(shadowText(byId(doc, 'scripted'))).to.not.include('"paragraphs"');
    expect(doc.body.innerText).to.not.include('Inline JSON paragraph.", ');
  });

  it('shows the same text in the same space as the page the script renders', async () => {
    const prerendered = await open('script=none');
    const rendered = await open('script=module&prerender=no');
    await upgraded(rendered.win, rendered.doc);
    expect(hosts(prerendered.doc).map(shadowText)).to.deep.equal(hosts(rendered.doc).map(shadowText));
    expect(layout(prerendered.doc)).to.deep.equal(layout(rendered.doc));
  });
});

for (const script of ['module', 'classic', 'npm']) {
  describe(`a prerendered page with the ${script} script`, () => {
    it('upgrades every element in place: the same text, each heading once, nothing moved', async () => {
      const before = await open('script=none');
      const after = await open(`script=${script}`);
      await upgraded(after.win, after.doc);
      expect(after.win.customElements.get('jitco-greeting'), 'defined').to.not.equal(undefined);
      const [old, now] = [hosts(before.doc), hosts(after.doc)];
      now.forEach((host, i) => {
        expect(shadowText(host), `#${host.id} text`).to.equal(shadowText(old[i]));
        expect(headingsOf(host).length, `#${host.id} headings`).to.equal(headingsOf(old[i]).length);
        expect(host.shadowRoot!.querySelectorAll('article, section, [role="region"]').length, `#${host.id} one container`).to.equal(1);
      });
      expect(layout(after.doc)).to.deep.equal(layout(before.doc));
    });
  });
}

describe('a prerendered page once upgraded', () => {
  it('is interactive: Read more, a new data, a live lang switch, dismissal', async () => {
    const { win, doc } = await open('script=module');
    await upgraded(win, doc);
    const greeting = byId(doc, 'greeting');
    const toggle = greeting.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle.textContent?.trim()).to.equal('Read more');
    toggle.click();
    await greeting.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(greeting.shadowRoot!.querySelectorAll('p')[1])).to.equal(true);

    greeting.data = { heading: 'New data', paragraphs: ['Only one.'], signature: { organization: 'O', role: 'R', name: 'N' } };
    await greeting.updateComplete;
    expect(headingsOf(greeting).map((h) => h.textContent)).to.deep.equal(['New data']);

    doc.documentElement.lang = 'vi';
    await frames(win);
    const notice = byId(doc, 'notice');
    await notice.updateComplete;
    expect(headingsOf(notice).map((h) => h.textContent)).to.deep.equal([vi.noticeHeading]);

    const dismissed = new Promise((resolve) => notice.addEventListener('jitco-dismiss', resolve, { once: true }));
    notice.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await dismissed;
    await notice.updateComplete;
    expect(visible(notice)).to.equal(false);
  });
});

describe('the script arriving after the first paint', () => {
  it('shifts nothing and never paints an empty or different element', async () => {
    const { win, doc } = await open('script=late');
    const shifts: number[] = [];
    const observed = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    if (observed)
      new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    await frames(win);
    const painted = layout(doc);
    const texts = hosts(doc).map((host) => shadowText(host));
    // Every frame until the end: what is about to be painted (also below the fold, where a
    // layout-shift entry would not count it).
    const frameTexts: string[][] = [];
    const frameLayouts: string[][] = [];
    let sampling = true;
    const sample = () => {
      frameTexts.push(hosts(doc).map((host) => shadowText(host)));
      frameLayouts.push(layout(doc));
      if (sampling) win.requestAnimationFrame(sample);
    };
    win.requestAnimationFrame(sample);
    win.loadElements!();
    await upgraded(win, doc);
    await new Promise((resolve) => setTimeout(resolve, 200));
    sampling = false;
    if (observed) expect(shifts.reduce((a, b) => a + b, 0), `layout shifts ${shifts.join(', ')}`).to.equal(0);
    expect(layout(doc)).to.deep.equal(painted);
    expect(frameTexts.length).to.be.greaterThan(2);
    frameTexts.forEach((frame, i) => expect(frame, `frame ${i}`).to.deep.equal(texts));
    frameLayouts.forEach((frame, i) => expect(frame, `frame ${i}`).to.deep.equal(painted));
  });

  it('never paints the notice a returning visitor dismissed (the prerendered dismissal script)', async () => {
    const plain = await open('script=module&prerender=no');
    await upgraded(plain.win, plain.doc);
    localStorage.setItem(byId(plain.doc, 'notice').storageKey!, '1');
    const { win, doc } = await open('script=late');
    const shifts: number[] = [];
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
      new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    await frames(win);
    expect(visible(byId(doc, 'notice')), 'hidden before the script').to.equal(false);
    const painted = layout(doc);
    win.loadElements!();
    await upgraded(win, doc);
    expect(visible(byId(doc, 'notice')), 'still hidden after it').to.equal(false);
    expect(visible(byId(doc, 'japanese')), 'another notice stays').to.equal(true);
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
    expect(layout(doc)).to.deep.equal(painted);
  });

  it('without the dismissal script (a CSP blocking it), hides that notice as soon as the elements’ script runs', async () => {
    const plain = await open('script=module&prerender=no');
    await upgraded(plain.win, plain.doc);
    localStorage.setItem(byId(plain.doc, 'notice').storageKey!, '1');
    const { win, doc } = await open('script=late&dismissal=off');
    await frames(win);
    // The server cannot read the visitor's storage: until a script runs, the notice shows.
    expect(visible(byId(doc, 'notice'))).to.equal(true);
    win.loadElements!();
    await upgraded(win, doc);
    expect(visible(byId(doc, 'notice'))).to.equal(false);
    expect(visible(byId(doc, 'japanese')), 'another notice stays').to.equal(true);
  });
});
