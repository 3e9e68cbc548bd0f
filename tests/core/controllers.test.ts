// The lifecycle controllers (issue 20), by what a reader sees: the language controller
// (src/core/language.ts) follows a partner's language switcher, the prerendered-root controller
// (src/core/prerendered-root.ts) swaps the server's nodes for the element's without a frame of
// both or of neither, and the notice's dismissal memory (src/name-change-notice/dismissal.ts)
// keeps a dismissed notice hidden across a reload. The last two run in real documents (iframes
// of pages posted to /test-api/page) that load the sources.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/greeting/define.js';
import type { JitcoGreeting } from '../../src/greeting/greeting.js';
import { uiLocales } from '../../src/locales/index.js';
import { one, shadowText, textOf, waitFor } from '../helpers.js';

const { en, ja, vi } = uiLocales;
const readMore = (el: Element) => textOf(one(el, '[part="toggle"]'));

type Host = HTMLElement & { updateComplete: Promise<unknown> };
/** What the page's own sampler saw of the element at each animation frame before the test read it. */
type PageWindow = Window & typeof globalThis & { __frames: string[] };

/**
 * Opens `body` as a real document in an iframe. Its first script samples, at every animation
 * frame, what the first jitco element shows (`-` when it is not rendered: hidden or no box); the
 * sources load 100 ms later, so the frames before the upgrade are sampled too.
 */
async function openPage(body: string, module: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const sampler = `<script>
    window.__frames = [];
    (function sample() {
      const host = document.querySelector('jitco-greeting, jitco-name-change-notice');
      if (host) {
        const shown = host.getClientRects().length > 0;
        let text = '';
        const walk = (node) => node.childNodes.forEach((child) => {
          if (child.nodeType === 3) text += child.nodeValue;
          else if (child.localName !== 'style') walk(child);
        });
        if (host.shadowRoot) walk(host.shadowRoot);
        window.__frames.push(shown ? text.replace(/\\s+/g, ' ').trim() : '-');
      }
      requestAnimationFrame(sample);
    })();
    setTimeout(() => import('${module}'), 100);
  </script>`;
  const response = await fetch('/test-api/page', { method: 'POST', body: `<!doctype html><html lang="en"><head>${sampler}</head><body>${body}</body></html>` });
  const id = await response.text();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:600px;height:800px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/page?id=${id}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  return { frame, win, doc: win.document };
}

async function upgraded(win: PageWindow, tag: string): Promise<Host> {
  await waitFor(() => !!win.customElements.get(tag), `${tag} defined`);
  const host = win.document.querySelector(tag) as Host;
  await host.updateComplete;
  return host;
}

const frames = (win: Window, count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? win.requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  });

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('language controller', () => {
  it('follows a live lang switch on an ancestor, in every element, also one that left the page and came back', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"><jitco-greeting collapsed></jitco-greeting><jitco-greeting collapsed></jitco-greeting></div>`);
    const [first, second] = page.querySelectorAll<JitcoGreeting>('jitco-greeting');
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(readMore(first)).to.equal(en.readMore);
    // One element leaving the page must not stop the others from following the page.
    second.remove();
    page.setAttribute('lang', 'ja');
    await waitFor(() => readMore(first) === ja.readMore, 'the Japanese label after the switch');
    // Away from the page it missed the switch; back on it, it reads the language again.
    page.append(second);
    await second.updateComplete;
    expect(readMore(second)).to.equal(ja.readMore);
    page.setAttribute('lang', 'vi');
    await waitFor(() => readMore(first) === vi.readMore && readMore(second) === vi.readMore, 'both in Vietnamese');
  });
});

describe('prerendered-root controller', () => {
  const SERVER = '<template shadowrootmode="open"><article><h2>Server heading</h2> <p>Server text.</p></article></template>';
  const content = { heading: 'Browser heading', paragraphs: ['Browser text.'], signature: { organization: 'O', role: 'R', name: 'N' } };

  it('replaces the server’s nodes with the element’s own render, never showing both or neither in a frame', async () => {
    const data = JSON.stringify(content).replace(/"/g, '&quot;');
    const { win } = await openPage(`<jitco-greeting data="${data}">${SERVER}</jitco-greeting>`, '/src/greeting/define.ts');
    const host = await upgraded(win, 'jitco-greeting');
    await frames(win, 3);
    expect(shadowText(host)).to.match(/^Browser heading Browser text\./);
    expect(host.shadowRoot!.querySelectorAll('h2').length, 'one heading').to.equal(1);
    const seen = win.__frames;
    expect(seen[0]).to.equal('Server heading Server text.');
    expect(seen.at(-1)).to.match(/^Browser heading/);
    for (const [i, text] of seen.entries())
      expect(text === 'Server heading Server text.' || text.startsWith('Browser heading Browser text.'), `frame ${i}: "${text}"`).to.equal(true);
  });

  it('keeps the server’s nodes while its src loads again, then shows the src content: never the default in between', async () => {
    const { win } = await openPage(`<jitco-greeting src="/test-api/greeting.json?delay=600">${SERVER}</jitco-greeting>`, '/src/greeting/define.ts');
    const host = await upgraded(win, 'jitco-greeting');
    await waitFor(() => shadowText(host).startsWith('Welcome'), 'the src content');
    await frames(win, 3);
    const seen = win.__frames;
    expect(seen.filter((text) => text.startsWith('Server heading')).length, 'frames of the server’s nodes while src loads').to.be.greaterThan(10);
    for (const [i, text] of seen.entries())
      expect(text === 'Server heading Server text.' || text.startsWith('Welcome From src, first.'), `frame ${i}: "${text}"`).to.equal(true);
  });
});

describe('the notice’s dismissal memory', () => {
  it('keeps a dismissed notice hidden after the page reloads, from its first frame', async () => {
    const id = `reload-${Date.now()}`;
    const body = `<jitco-name-change-notice dismissible notice-id="${id}" now="2025-01-01"></jitco-name-change-notice><p>After the notice.</p>`;
    try {
      const { frame, win } = await openPage(body, '/src/name-change-notice/define.ts');
      const notice = await upgraded(win, 'jitco-name-change-notice');
      expect(notice.getClientRects().length, 'shown before dismissal').to.be.greaterThan(0);
      notice.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await notice.updateComplete;
      expect(notice.getClientRects().length, 'gone once dismissed').to.equal(0);

      const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      win.location.reload();
      await reloaded;
      const again = frame.contentWindow as PageWindow;
      const fresh = await upgraded(again, 'jitco-name-change-notice');
      await frames(again, 3);
      expect(fresh.hidden, 'hidden by the element').to.equal(true);
      expect(fresh.getClientRects().length).to.equal(0);
      // Before the script the notice is empty (no server root): no frame may show its text.
      const painted = again.__frames.filter((text) => text !== '-' && text !== '');
      expect(painted, 'frames that showed the notice after the reload').to.deep.equal([]);
    } finally {
      localStorage.removeItem(`jitco-notice-dismissed:${id}`);
    }
  });
});
