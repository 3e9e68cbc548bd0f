// The builder's prerendered code (builder/prerender-root.ts: the real element's render in this
// browser, written as declarative shadow DOM) against the prerender CLI's output for the same tag,
// and on a page: the content shows without JavaScript, and the script upgrades it in place.
import { expect } from '@open-wc/testing';
import { elementCode } from '../../builder/embed.js';
import { recipes } from '../../builder/destinations.js';
import { prerenderRoot } from '../../builder/prerender-root.js';
import { shadowText } from '../helpers.js';
import { CASES, release } from './paste-helpers.js';

/**
 * The declarative root of `html`'s first element, as the browser serializes it (DOMParser keeps
 * it a plain template), each element's attributes in name order: Lit's client render sets a bound
 * attribute after the template's static ones, its server render in template order.
 */
function rootOf(html: string, tag: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const template = doc.querySelector(`${tag} > template[shadowrootmode]`) as HTMLTemplateElement | null;
  if (!template) throw new Error(`no declarative shadow root in ${html.slice(0, 200)}`);
  for (const element of template.content.querySelectorAll('*')) {
    const attributes = [...element.attributes].map((a) => [a.name, a.value]).sort(([x], [y]) => (x < y ? -1 : 1));
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  return template.innerHTML;
}

const post = async (path: string, body: string) => (await fetch(path, { method: 'POST', body })).text();


const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Opens `html` as a page of its own (so the parser attaches declarative shadow roots). */
async function openPage(html: string, width = 412) {
  const id = await post('/test-api/page', html);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:823px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/page?id=${id}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

const PAGE = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif} main{padding:1rem} jitco-greeting,jitco-timeline,jitco-name-change-notice{margin-block:1.5rem}</style>
<script>window.shift=0;try{new PerformanceObserver(l=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.shift+=e.value}).observe({type:'layout-shift',buffered:true})}catch(e){window.shift=NaN}</script>
</head><body><main><h1>A partner page</h1>${body}<p>After the element.</p></main></body></html>`;

describe('the builder’s prerendered code', function () {
  this.timeout(30_000);
  for (const c of CASES) {
    it(`has the prerender CLI’s shadow root for <${c.tag}>, byte for byte`, async () => {
      // Both from the built elements: the builder's bundle and the CLI (dist/) minify the same
      // templates and CSS; a frame with the CDN module stands for the builder's page.
      const win = await openPage(PAGE('<script type="module" src="/test-api/cdn/jitco-elements.js"></script>'));
      await win.customElements.whenDefined(c.tag);
      const attributes = { ...c.attributes, now: '2026-04-01' };
      const builder = await prerenderRoot(c.tag, attributes, c.content, { document: win.document });
      expect(builder, 'the builder rendered a root').to.be.a('string');
      const cli = await post('/test-api/prerender', elementCode(c.tag, attributes, c.content, 'data'));
      // Through the same parser and serializer (the CLI escapes text as Lit SSR does: &#39; for ').
      const [got, wanted] = [rootOf(`<${c.tag}>${builder}</${c.tag}>`, c.tag), rootOf(cli, c.tag)];
      const at = [...got].findIndex((ch, i) => ch !== wanted[i]);
      expect(got, `builder ${JSON.stringify(got.slice(at - 60, at + 60))}, CLI ${JSON.stringify(wanted.slice(at - 60, at + 60))}`).to.equal(wanted);
      expect(got).to.include(c.tag === 'jitco-name-change-notice' ? 'New &lt;name&gt;' : '&lt;');
    });

    it(`<${c.tag}> shows its content without JavaScript and upgrades in place, moving nothing`, async () => {
      const content = c.content;
      const root = await prerenderRoot(c.tag, c.attributes, content);
      const { code } = recipes({ release: await release(), loader: 'module', tag: c.tag, attributes: c.attributes, content, prerendered: root }).page;
      expect(code).to.match(/^<script type="module"[^>]+><\/script>\n</);
      // Without the CDN's address (no network in tests): the script is added below, later.
      const win = await openPage(PAGE(code.replace(/^<script[^>]*><\/script>\n/, '')));
      const host = win.document.querySelector(c.tag)!;
      const before = shadowText(host);
      expect(before, 'shown without JavaScript').not.to.equal('');
      expect(win.customElements.get(c.tag), 'no script yet').to.equal(undefined);
      const box = host.getBoundingClientRect().height;
      const script = Object.assign(win.document.createElement('script'), { type: 'module', src: '/test-api/cdn/jitco-elements.js' });
      const defined = win.customElements.whenDefined(c.tag);
      win.document.head.append(script);
      await defined;
      await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      expect(win.document.querySelector(c.tag), 'the same element').to.equal(host);
      expect(shadowText(host), 'the same text after the upgrade').to.equal(before);
      expect(host.getBoundingClientRect().height, 'the same height').to.be.closeTo(box, 0.5);
      const shift = (win as unknown as { shift: number }).shift;
      if (!Number.isNaN(shift)) expect(shift, 'layout shift').to.equal(0);
    });
  }
});
