// The builder's default code for a plain page moves the partner page little: its layout shift
// with the elements' script 1 s late, over 5 loads at 412×823 (Lighthouse mobile's viewport) and
// at 1280 px, stays ≤ 0.1 ("good"), and each element shows its content before the script runs.
// Chromium only: the others have no `layout-shift` entries. The README's table: scripts/layout-shift.mjs.
import { expect } from '@open-wc/testing';
import { recipes } from '../../builder/destinations.js';
import { renderElement } from '../../builder/prerender-root.js';
import type { Tag } from '../../builder/embed.js';
import { defaultGreeting } from '../../src/greeting/greeting.content.js';
import { defaultNotice } from '../../src/name-change-notice/name-change-notice.content.js';
import { defaultTimeline } from '../../src/timeline/timeline.content.js';
import '../../src/index.js';
import { release } from './paste-helpers.js';

const NOW = '2026-06-01';
const ELEMENTS: { tag: Tag; attributes: Record<string, string | boolean>; content: unknown }[] = [
  { tag: 'jitco-name-change-notice', attributes: { dismissible: true, now: NOW }, content: defaultNotice },
  { tag: 'jitco-greeting', attributes: { collapsed: true }, content: defaultGreeting },
  { tag: 'jitco-timeline', attributes: { now: NOW }, content: defaultTimeline },
];

/** demo/partner.html's layout, the elements' CDN module added 1 s after the page loads. */
const page = (codes: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>*,*::before,*::after{box-sizing:border-box} body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#212529}
header{background:#0d3b66;color:#fff;padding:.75rem 1rem;font-weight:600} main{max-width:48rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:0 0 1rem} jitco-name-change-notice,jitco-greeting,jitco-timeline{margin-block:1.5rem}</style>
<script>window.shift=0;new PerformanceObserver(l=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.shift+=e.value}).observe({type:'layout-shift',buffered:true});
window.late=()=>setTimeout(()=>{const s=document.createElement('script');s.type='module';s.src='/test-api/cdn/jitco-elements.js';document.head.append(s)},1000);</script>
</head><body><header>Example Accepting Organization</header><main>${codes[0]}
<h1>About the Technical Intern Training Program</h1><p>Our organization has welcomed technical intern trainees since 2005.</p>
${codes[1]}<p>The program's history:</p>${codes[2]}<p>For questions about the program, contact our office.</p></main></body></html>`;

async function open(html: string, width: number, height: number) {
  const id = await (await fetch('/test-api/page', { method: 'POST', body: html })).text();
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/page?id=${id}`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis & { shift: number; late(): void } };
}

describe('the builder’s default code for a plain page', function () {
  this.timeout(120_000);
  let html = '';
  before(async () => {
    const r = await release();
    const codes = ELEMENTS.map(({ tag, attributes, content }) => {
      const { fallback } = renderElement(tag, attributes, content);
      // Without the CDN's address (no network in tests): the page adds the local build, late.
      return recipes({ release: r, loader: 'module', tag, attributes, content, fallback }).page.code.replace(/^<script[^>]*><\/script>\n/, '');
    });
    html = page(codes);
  });

  it('shows every element’s content without JavaScript', async () => {
    const { frame, win } = await open(html, 412, 823);
    for (const { tag } of ELEMENTS) {
      const element = win.document.querySelector(tag) as HTMLElement;
      expect(element.innerText.trim().length, `${tag} before any script`).to.be.greaterThan(20);
    }
    frame.remove();
  });

  for (const [width, height] of [
    [412, 823],
    [1280, 800],
  ]) {
    it(`moves the partner page by at most 0.1 at ${width}×${height}, in each of 5 loads with the script 1 s late`, async function () {
      if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
      const shifts: number[] = [];
      for (let run = 0; run < 5; run++) {
        const { frame, win } = await open(html, width, height);
        win.late();
        await win.customElements.whenDefined('jitco-timeline');
        for (const { tag } of ELEMENTS) await (win.document.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        shifts.push(win.shift);
        // The element took over: its shadow root shows the content, the copy inside is hidden.
        expect((win.document.querySelector('jitco-greeting') as HTMLElement).shadowRoot!.querySelector('h2')).not.to.equal(null);
        frame.remove();
      }
      expect(Math.max(...shifts), `layout shift per load: ${shifts.map((s) => s.toFixed(3)).join(', ')}`).to.be.at.most(0.1);
    });
  }
});
