// Server HTML hydrated or taken over in the browser (issue 23): pages whose elements come from
// Lit's own SSR (`@lit-labs/ssr`'s `render()`, with hydration markers), from the project's
// prerenderer, or with no server HTML, each with and without `@lit-labs/ssr-client`'s
// `lit-element-hydrate-support.js` loaded first (tests/hydration/server.mjs makes them in Node
// from the current sources). In every one, each element shows what the browser alone renders,
// logs no error, moves nothing, and then answers the reader and the page.
import { expect } from '@open-wc/testing';
import { uiLocales } from '../src/locales/index.js';
import { shadowText, waitFor } from './helpers.js';

const { en, ja } = uiLocales;

type Host = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };
type PageWindow = Window & typeof globalThis & { __errors: string[]; __shift: number | null };

const TAGS = ['jitco-greeting', 'jitco-name-change-notice', 'jitco-timeline'];
const IDS = ['greeting', 'notice', 'timeline'];
const SERVERS = { lit: "Lit's SSR (hydration markers)", own: "the project's prerenderer", none: 'no server HTML' };
const SUPPORTS = { on: "Lit's hydrate support loaded first", off: 'no hydrate support' };

async function open(server: string, support: string): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:600px;height:900px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/hydration?server=${server}&support=${support}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = win.document;
  let defined = false;
  void Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag))).then(() => (defined = true));
  await waitFor(() => defined, `the elements to be defined in ${server}/${support}`);
  await Promise.all(IDS.map((id) => (doc.getElementById(id) as Host).updateComplete.catch(() => undefined)));
  await frames(win, 3);
  return { win, doc };
}

const frames = (win: Window, count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? win.requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  });

const host = (doc: Document, id: string) => doc.getElementById(id) as Host;
const part = (element: Element, name: string) => element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** Whether the shadow root still holds Lit's SSR markers (`<!--lit-part …-->`). */
function litMarkers(element: Element): boolean {
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) if ((walker.currentNode as Comment).data.startsWith('lit-part')) return true;
  return false;
}

/** What the browser alone renders (no server HTML, no hydrate support): each element's text. */
let expected: Record<string, string>;
/** ... and where everything on that page is. */
let expectedLayout: string[];

/** Each element's box and the text's after them (styles missing or a replaced root show here). */
const layout = (doc: Document) =>
  [...IDS, 'after'].map((id) => {
    const box = doc.getElementById(id)!.getBoundingClientRect();
    return `#${id} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
  });

before(async () => {
  const { doc } = await open('none', 'off');
  expected = Object.fromEntries(IDS.map((id) => [id, shadowText(host(doc, id))]));
  expectedLayout = layout(doc);
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  expect(expected.greeting).to.contain('Hydration greeting').and.contain('First paragraph from the server.').and.contain(en.readMore);
  expect(expected.notice).to.contain(en.noticeHeading);
  expect(expected.timeline).to.not.equal('');
});

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  localStorage.clear();
});

for (const [server, serverName] of Object.entries(SERVERS))
  for (const [support, supportName] of Object.entries(SUPPORTS))
    describe(`${serverName}, ${supportName}`, () => {
      it('each element keeps its text, logs no error and moves nothing', async () => {
        const { win, doc } = await open(server, support);
        expect(win.__errors, 'console errors, uncaught errors and rejections').to.deep.equal([]);
        for (const id of IDS) expect(shadowText(host(doc, id)), `#${id}'s text`).to.equal(expected[id]);
        expect(part(host(doc, 'notice'), 'button'), "the notice's close button").to.not.equal(null);
        expect(layout(doc), 'the layout, against the browser alone rendering the tags').to.deep.equal(expectedLayout);
        // Chromium reports layout shifts; Firefox and WebKit have no `layout-shift` entries. Without
        // server HTML the elements appear when their module runs and push the text after them
        // down (about 0.02 here, with or without the hydrate support: scripts/layout-shift.mjs
        // measures that case), so only server HTML must move nothing.
        if (win.__shift !== null && server !== 'none') expect(win.__shift, 'layout shift').to.equal(0);
        // Lit hydrates its own SSR's roots in place (its markers stay); every other root is rendered.
        const hydrated = server === 'lit' && support === 'on';
        for (const id of IDS) expect(litMarkers(host(doc, id)), `#${id} hydrated by Lit, not replaced`).to.equal(hydrated);
      });

      it('then answers: Read more, a lang change, a new data object, the close button', async () => {
        const { win, doc } = await open(server, support);
        const greeting = host(doc, 'greeting');
        part(greeting, 'toggle')!.click();
        await greeting.updateComplete;
        expect(part(greeting, 'toggle')?.textContent, 'the toggle after Read more').to.equal(en.showLess);
        expect(greeting.hasAttribute('collapsed'), 'collapsed after Read more').to.equal(false);
        expect(shadowText(greeting)).to.contain('Second paragraph, shown by Read more.');

        greeting.lang = 'ja';
        await greeting.updateComplete;
        expect(part(greeting, 'toggle')?.textContent, 'the toggle in Japanese').to.equal(ja.showLess);
        greeting.data = { heading: 'A new heading', paragraphs: ['New text.'], signature: { organization: 'O', role: 'R', name: 'N' } };
        await greeting.updateComplete;
        expect(part(greeting, 'heading')?.textContent, 'the heading of the new data').to.equal('A new heading');

        const notice = host(doc, 'notice');
        notice.lang = 'ja';
        await notice.updateComplete;
        expect(part(notice, 'heading')?.textContent, "the notice's heading in Japanese").to.equal(ja.noticeHeading);
        part(notice, 'button')!.click();
        await waitFor(() => notice.getClientRects().length === 0, 'the dismissed notice to hide');
        expect(win.__errors, 'console errors, uncaught errors and rejections').to.deep.equal([]);
      });
    });
