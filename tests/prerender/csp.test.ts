// The README's strict Content-Security-Policy with prerendered pages (issue 19): served as a real
// header (tests/prerender/server.mjs, `&csp=strict`), it blocks nothing the elements write, with no
// script (JavaScript off, a blocked CDN) and with the CDN module, and the page looks the same as
// without it. Watched failing with the style hashes left out of the policy: three violations and
// unstyled elements (the close button 21 px instead of 44).
import { expect } from '@open-wc/testing';

type PageWindow = Window & { cspViolations?: string[] };
const TAGS = 'jitco-greeting, jitco-timeline, jitco-name-change-notice';

async function open(query: string): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:412px;height:900px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/prerendered/strict-csp?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  return { win, doc: win.document };
}

/** Every element's and paragraph's box, and the notice's close button's size. */
function layout(doc: Document): string[] {
  const boxes = [...doc.querySelectorAll(`${TAGS}, p`)].map((el) => {
    const box = el.getBoundingClientRect();
    return `${el.id} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
  });
  const close = doc.getElementById('notice')?.shadowRoot?.querySelector('button')?.getBoundingClientRect();
  return [...boxes, `close button ${Math.round(close?.width ?? 0)}x${Math.round(close?.height ?? 0)}`];
}

async function settled(win: PageWindow, doc: Document, script: string) {
  if (script === 'none') return;
  await win.customElements.whenDefined('jitco-timeline');
  await Promise.all([...doc.querySelectorAll(TAGS)].map((el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete));
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

for (const script of ['none', 'module']) {
  describe(`a prerendered page under the README's strict CSP, script: ${script}`, () => {
    it('has no violation and the same geometry as without the policy', async () => {
      const strict = await open(`script=${script}&csp=strict`);
      await settled(strict.win, strict.doc, script);
      const strictLayout = layout(strict.doc);
      expect(strict.win.cspViolations, 'the violations list (the recorder script ran)').to.be.an('array');
      expect(strict.win.cspViolations).to.deep.equal([]);
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
      const open_ = await open(`script=${script}`);
      await settled(open_.win, open_.doc, script);
      expect(strictLayout).to.deep.equal(layout(open_.doc));
      // The close button keeps its 44 px target: the styles applied.
      expect(strictLayout.at(-1)).to.match(/^close button (4[4-9]|[5-9]\d)x(4[4-9]|[5-9]\d)$/);
    });
  });
}
