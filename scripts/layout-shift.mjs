// `node scripts/layout-shift.mjs` (after `npm run build`; RUNS, DELAY to change): how much each
// form of the code moves a partner page (demo/partner.html's layout: header, the notice, a
// heading, the collapsed greeting, the timeline, text between) while the elements' CDN module
// arrives DELAY ms late (default 1000). Per form and width (412×823, Lighthouse mobile's
// viewport, and 1280×800): the layout shift (`layout-shift` entries summed, as CLS counts them)
// over RUNS loads (default 5), and the text a reader sees without JavaScript. Prints a Markdown
// table (the README's, "Pasting into a CMS").
//
// Forms: the bare hand-written tags; the builder's default code for a plain page (its content
// as plain HTML inside the tag); the builder's prerendered code; the prerender CLI's output of
// the bare tags. The builder's codes are made by the builder's own modules in the browser
// (builder/destinations.ts, builder/prerender-root.ts), bundled here with esbuild.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';
import { root } from './elements.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const DELAY = Number(process.env.DELAY ?? 1000);
const NOW = '2026-06-01';
const WIDTHS = [
  [412, 823],
  [1280, 800],
];

const { prerender } = await import('../dist/prerender/prerender.js');
const cdn = readFileSync(join(root, 'dist', 'cdn', 'jitco-elements.js'));

// The builder's modules, run in the page: its codes for the partner page's three elements.
const maker = (
  await build({
    stdin: {
      contents: `
        import '${join(root, 'src', 'index.ts')}';
        import { recipes } from '${join(root, 'builder', 'destinations.ts')}';
        import { renderElement } from '${join(root, 'builder', 'prerender-root.ts')}';
        import { defaultGreeting } from '${join(root, 'src', 'greeting', 'greeting.content.ts')}';
        import { defaultNotice } from '${join(root, 'src', 'name-change-notice', 'name-change-notice.content.ts')}';
        import { defaultTimeline } from '${join(root, 'src', 'timeline', 'timeline.content.ts')}';
        // The builder's starting content: each element's built-in one.
        const DEFAULTS = { 'jitco-greeting': defaultGreeting, 'jitco-name-change-notice': defaultNotice, 'jitco-timeline': defaultTimeline };
        window.makeCodes = async (elements) => {
          const release = { name: 'jitco-elements', version: '0', integrity: { 'jitco-elements.js': 'x', 'jitco-elements.classic.js': 'x' } };
          const out = { builder: [], inline: [], data: [], prerendered: [] };
          for (const { tag, attributes } of elements) {
            const content = typeof DEFAULTS[tag] === 'function' ? DEFAULTS[tag]() : DEFAULTS[tag];
            const { root, fallback } = renderElement(tag, attributes, content);
            const r = (extra) => recipes({ release, loader: 'module', tag, attributes, content, ...extra }).page.code.replace(/^<script[^>]*><\\/script>\\n/, '');
            out.builder.push(r({ fallback }));
            out.inline.push(r({ fallback }).replace(/^<([\\w-]+)/, '<$1 style="display:block"'));
            out.data.push(r({}));
            out.prerendered.push(r({ prerendered: root }));
          }
          return out;
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  })
).outputFiles[0].text;

/** The partner page around `elements` (three codes: notice, greeting, timeline), its script DELAY ms late. */
const page = (elements, script = true) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner page</title>
<style>
  *, *::before, *::after { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #212529; }
  header { background: #0d3b66; color: #fff; padding: 0.75rem 1rem; font-weight: 600; }
  main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  jitco-name-change-notice, jitco-greeting, jitco-timeline { margin-block: 1.5rem; }
</style>
<script>
  window.shift = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  ${script ? `setTimeout(() => { const s = document.createElement('script'); s.type = 'module'; s.src = '/cdn.js'; document.head.append(s); }, ${DELAY});` : ''}
</script>
</head><body>
<header>Example Accepting Organization</header>
<main>
${elements[0]}
<h1>About the Technical Intern Training Program</h1>
<p>Our organization has welcomed technical intern trainees since 2005.</p>
${elements[1]}
<p>The program's history:</p>
${elements[2]}
<p>For questions about the program, contact our office.</p>
</main></body></html>`;

const pages = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/cdn.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(cdn);
  if (path === '/maker.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(maker);
  if (path === '/blank') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/maker.js"></script></body></html>');
  const body = pages.get(path);
  if (body === undefined) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext();
  const maker = await context.newPage();
  await maker.goto(`${base}/blank`);
  await maker.waitForFunction(() => 'makeCodes' in window);
  const plain = ['<jitco-name-change-notice dismissible></jitco-name-change-notice>', '<jitco-greeting collapsed></jitco-greeting>', '<jitco-timeline></jitco-timeline>'];
  const elements = [
    { tag: 'jitco-name-change-notice', attributes: { dismissible: true, now: NOW } },
    { tag: 'jitco-greeting', attributes: { collapsed: true } },
    { tag: 'jitco-timeline', attributes: { now: NOW } },
  ];
  const codes = await maker.evaluate((elements) => window.makeCodes(elements), elements);
  await maker.close();
  const forms = {
    'plain tags (`<jitco-greeting></jitco-greeting>`)': plain.map((t) => t.replace('<jitco-timeline>', `<jitco-timeline now="${NOW}">`).replace('dismissible>', `dismissible now="${NOW}">`)),
    'builder default (content as HTML inside the tag)': codes.builder,
    'the same with `style="display:block"` on the tag': codes.inline,
    'content in `data` only (the builder before this version)': codes.data,
    'builder, prerendered code': codes.prerendered,
  };
  // Each form gets its own page path; forms[name] then holds that path.
  for (const [index, [name, els]] of Object.entries(forms).entries()) {
    const path = `/form-${index}`;
    pages.set(path, page(els));
    forms[name] = path;
  }
  const plainPage = page(plain.map((t) => t.replace('<jitco-timeline>', `<jitco-timeline now="${NOW}">`).replace('dismissible>', `dismissible now="${NOW}">`)));
  pages.set('/cli', await prerender(plainPage, { now: NOW }));
  forms['prerender CLI (`jitco-elements prerender`)'] = '/cli';
  for (const path of Object.values(forms)) pages.set(`${path}-nojs`, pages.get(path).replace(/setTimeout\(\(\) => \{[^\n]*\n/, '\n'));

  const rows = [];
  for (const [name, path] of Object.entries(forms)) {
    const row = { name, shifts: {}, noJs: '' };
    for (const [width, height] of WIDTHS) {
      const shifts = [];
      for (let run = 0; run < RUNS; run++) {
        const tab = await context.newPage();
        await tab.setViewportSize({ width, height });
        await tab.goto(`${base}${path}`);
        await tab.waitForFunction(() => customElements.get('jitco-timeline'), null, { timeout: DELAY + 10_000 });
        await tab.evaluate(() => Promise.all([...document.querySelectorAll('jitco-greeting,jitco-timeline,jitco-name-change-notice')].map((e) => e.updateComplete)));
        await tab.waitForTimeout(500);
        shifts.push(await tab.evaluate(() => window.shift));
        await tab.close();
      }
      row.shifts[width] = shifts;
    }
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 412, height: 823 });
    await tab.goto(`${base}${path}-nojs`);
    await tab.waitForTimeout(300);
    // Whether the greeting's first paragraph is on screen before any script (light DOM or declarative shadow DOM).
    // Whether every element shows text before any script (its light DOM, or its declarative shadow root).
    row.noJs = await tab.evaluate(() =>
      [...document.querySelectorAll('jitco-greeting,jitco-timeline,jitco-name-change-notice')].every(
        (e) => (e.shadowRoot?.querySelector('[part~="container"]')?.innerText ?? e.innerText).trim().length > 20,
      ),
    ) ? 'yes' : 'no';
    await tab.close();
    rows.push(row);
  }
  const fmt = (values) => {
    const max = Math.max(...values);
    const min = Math.min(...values);
    return min === max ? max.toFixed(3) : `${min.toFixed(3)}–${max.toFixed(3)}`;
  };
  console.log(`| code on the partner page | layout shift at 412×823 | at 1280×800 | content without JavaScript |`);
  console.log(`| --- | --- | --- | --- |`);
  for (const row of rows) console.log(`| ${row.name} | ${fmt(row.shifts[412])} | ${fmt(row.shifts[1280])} | ${row.noJs} |`);
  console.log(`\n(${RUNS} loads per cell, the CDN module ${DELAY} ms late; headless Chromium ${browser.version()}.)`);
} finally {
  await browser.close();
  server.close();
}
