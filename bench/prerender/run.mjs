// `node bench/prerender/run.mjs` (after `npm run build`; RUNS, DELAY, CPU and ONLY to change
// what it does, see below): the partner page of
// bench/prerender/partner.html in headless Chromium at a phone's size (412×823), its CDN script
// answering DELAY ms late (default 1000, as from a CDN on a phone) so the page paints before the
// script runs, RUNS times per variant (default 5). Per variant: layout shift (the sum of
// `layout-shift` entries, as CLS counts them), first contentful paint, largest contentful paint,
// the upgrade time (the script's last byte to every element rendered), the text before and after
// the script, and headings after it (a doubled render shows there).
//
// Variants: plain tags; plain tags with the README's reserving CSS; prerendered with the CDN
// module, the classic script, and no script at all; prerendered for Lit's hydration with the
// measuring-only hydrate build (bench/prerender/variants.mjs); and a returning visitor who
// dismissed the notice, plain and prerendered.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/browsers.mjs';
import { root } from '../../scripts/elements.mjs';
import { buildVariants } from './variants.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const DELAY = Number(process.env.DELAY ?? 1000);
/** CPU slowdown, as Lighthouse's mobile run (4×). */
const CPU = Number(process.env.CPU ?? 4);
const NOW = '2026-06-01';
const out = join(root, 'bench', 'results', 'prerender');
const pages = join(out, 'pages');
if (!existsSync(join(root, 'dist', 'prerender', 'index.js'))) throw new Error('run `npm run build` first');
const { prerenderHtml } = await import('../../dist/prerender/prerender.js');
// Every element, from the registry as built.
const { TAGS } = await import('../../dist/elements.js');

const variants = await buildVariants();
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const bytes = {
  module: gzip(join(root, 'dist', 'cdn', 'jitco-elements.js')),
  classic: gzip(join(root, 'dist', 'cdn', 'jitco-elements.classic.js')),
  keepKeys: gzip(variants.keepKeys),
  hydrate: gzip(variants.hydrate),
  hydrateMangled: gzip(variants.hydrateMangled),
};

/** What the README recommends for pages that cannot prerender (space kept before the script runs). */
export const RESERVE_CSS = readFileSync(new URL('./reserve.css', import.meta.url), 'utf8');

const partner = readFileSync(new URL('./partner.html', import.meta.url), 'utf8');
const MODULE = '<script type="module" src="/dist/cdn/jitco-elements.js"></script>';
if (!partner.includes(MODULE)) throw new Error('partner.html: CDN script tag not found');
const quiet = async (run) => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
};
const prerendered = await quiet(() => prerenderHtml(partner, { now: NOW }, {}));
const hydratable = await quiet(() => prerenderHtml(partner, { now: NOW }, { hydratable: true }));
mkdirSync(pages, { recursive: true });
const page = (name, html) => (writeFileSync(join(pages, `${name}.html`), html), `/bench/results/prerender/pages/${name}.html`);
/** `ONLY=hydration,module` runs the variants whose names contain one of these. */
const only = process.env.ONLY?.split(',');
const hydratePage = (script) => hydratable.replace('/dist/cdn/jitco-elements.js', `/bench/results/prerender/cdn/${script}`);
const cases = [
  { name: 'plain tags', url: page('plain', partner), bytes: bytes.module },
  { name: 'plain tags, reserving CSS', url: page('reserve', partner.replace('/* RESERVE */', RESERVE_CSS)), bytes: bytes.module },
  { name: 'plain tags, reserving CSS, 360 px wide', url: '/bench/results/prerender/pages/reserve.html', width: 360, bytes: bytes.module },
  { name: 'plain tags, reserving CSS, 1280 px wide', url: '/bench/results/prerender/pages/reserve.html', width: 1280, bytes: bytes.module },
  { name: 'prerendered, CDN module (replace at first render)', url: page('prerendered', prerendered), bytes: bytes.module },
  { name: 'prerendered, classic script', url: page('prerendered-classic', prerendered.replace(MODULE, '<script defer src="/dist/cdn/jitco-elements.classic.js"></script>')), bytes: bytes.classic },
  { name: 'prerendered, no script', url: page('prerendered-noscript', prerendered.replace(MODULE, '')), noScript: true },
  { name: 'prerendered, Lit hydration (measuring build, Lit keys kept)', url: page('prerendered-hydrate', hydratePage('hydrate.js')), bytes: bytes.hydrate },
  { name: 'prerendered, Lit hydration, Lit keys mangled as in the CDN file', url: page('prerendered-hydrate-mangled', hydratePage('hydrate-mangled.js')), bytes: bytes.hydrateMangled },
  { name: 'returning visitor who dismissed the notice: plain tags', url: `/bench/results/prerender/pages/plain.html`, dismissed: true, bytes: bytes.module },
  { name: 'returning visitor who dismissed the notice: prerendered', url: `/bench/results/prerender/pages/prerendered.html`, dismissed: true, bytes: bytes.module },
  {
    name: 'returning visitor who dismissed the notice: prerendered, dismissal script blocked',
    url: page('prerendered-no-dismissal', prerendered.replace(/<script data-jitco-dismissed="[^"]*">[^<]*<\/script>/g, '')),
    dismissed: true,
    bytes: bytes.module,
  },
];

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  const send = () => response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  // The CDN scripts arrive late, as over a phone's network: the page paints first.
  if (path.endsWith('.js')) setTimeout(send, DELAY);
  else send();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Installed before any page script: records shifts, paints and the moment every element has rendered. */
const INSTRUMENT = `(() => {
  const m = (window.__m = { cls: 0, shifts: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) { m.cls += e.value; m.shifts.push([Math.round(e.startTime), +e.value.toFixed(4)]); }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) m.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  const tags = ${JSON.stringify(TAGS)};
  const texts = () => [...document.querySelectorAll(tags.join(','))].map((el) => {
    if (!el.shadowRoot) return '';
    const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
    let text = '';
    while (walker.nextNode()) if (walker.currentNode.parentElement?.localName !== 'style') text += walker.currentNode.data;
    return text.replace(/\\s+/g, ' ').trim();
  });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    m.before = texts();
    m.serverNode = document.querySelector('jitco-greeting')?.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6');
  });
  Promise.all(tags.map((t) => customElements.whenDefined(t))).then(async () => {
    const els = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(els.map((e) => e.updateComplete));
    m.upgraded = performance.now();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    m.after = texts();
    m.headings = els.map((e) => e.shadowRoot?.querySelectorAll('h1,h2,h3,h4,h5,h6').length ?? 0);
    m.script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.js'))?.responseEnd;
    const greeting = document.querySelector('jitco-greeting');
    m.keptServerNodes = !!m.serverNode && greeting.shadowRoot.contains(m.serverNode);
    delete m.serverNode;
    // Interactive: Read more expands the greeting.
    const toggle = greeting.shadowRoot.querySelector('button[aria-expanded]');
    toggle?.click();
    await greeting.updateComplete;
    m.interactive = toggle?.getAttribute('aria-expanded') === 'true';
    m.done = true;
  });
})();`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
const version = browser.version();
const quantile = (values, q) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.round((sorted.length - 1) * q)] : undefined;
};
const median = (values) => quantile(values, 0.5);
const results = [];
try {
  // The notice's storage key on this page, as the element computes it (its content is the default).
  const probe = await browser.newPage();
  await probe.goto(origin + cases[0].url);
  await probe.waitForFunction(() => customElements.get('jitco-name-change-notice'), null, { timeout: 30_000 });
  const key = await probe.evaluate(() => document.querySelector('jitco-name-change-notice').storageKey);
  await probe.close();
  const selected = cases.filter((c) => !only || only.some((part) => c.name.includes(part)));
  const runsOf = new Map(selected.map((test) => [test, []]));
  // Interleaved (run 1 of every variant, then run 2, …): a machine that slows down for a while
  // slows every variant alike.
  for (let i = 0; i < RUNS; i++) {
    for (const test of selected) {
      const context = await browser.newContext({ viewport: { width: test.width ?? 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      await context.addInitScript(INSTRUMENT);
      if (test.dismissed) await context.addInitScript(`localStorage.setItem(${JSON.stringify(key)}, '1')`);
      const tab = await context.newPage();
      if (CPU > 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: CPU });
      const errors = [];
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(origin + test.url, { waitUntil: 'load' });
      if (test.noScript) await tab.waitForTimeout(500);
      else await tab.waitForFunction(() => window.__m.done, null, { timeout: 30_000 });
      await tab.waitForTimeout(300);
      const m = await tab.evaluate(() => ({ ...window.__m, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime }));
      runsOf.get(test).push({ ...m, errors });
      await context.close();
    }
  }
  for (const [test, runs] of runsOf) {
    const last = runs.at(-1);
    const row = {
      name: test.name,
      bytes: test.bytes,
      cls: median(runs.map((r) => r.cls)),
      clsMax: Math.max(...runs.map((r) => r.cls)),
      fcp: median(runs.map((r) => r.fcp)),
      lcp: median(runs.map((r) => r.lcp)),
      upgrades: runs.map((r) => (r.upgraded !== undefined && r.script !== undefined ? r.upgraded - r.script : undefined)),
      sameText: test.noScript ? undefined : runs.every((r) => JSON.stringify(r.before) === JSON.stringify(r.after)),
      headings: last.headings,
      keptServerNodes: last.keptServerNodes,
      interactive: test.noScript ? undefined : runs.every((r) => r.interactive),
      shifts: last.shifts,
      errors: [...new Set(runs.flatMap((r) => r.errors))],
    };
    row.upgrade = median(row.upgrades);
    row.upgradeQuartiles = [quantile(row.upgrades, 0.25), quantile(row.upgrades, 0.75)];
    results.push(row);
    console.error(`${test.name}: CLS ${row.cls.toFixed(4)} (max ${row.clsMax.toFixed(4)}), FCP ${row.fcp?.toFixed(0)} ms, upgrade ${row.upgrade?.toFixed(0) ?? '–'} ms${row.errors.length ? `, errors: ${row.errors.join(' | ')}` : ''}`);
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (v) => (v === undefined ? '–' : `${Math.round(v)} ms`);
console.log(`\nPartner page at 412×823 (unless stated), CPU ${CPU}× slower, CDN script ${DELAY} ms late, ${RUNS} runs each (median; CLS also max), Chromium ${version}:\n`);
console.log('| variant | script (gzip) | layout shift | first contentful paint | largest contentful paint | upgrade (script → rendered; quartiles) | text before = after | headings per element | server nodes kept | Read more works |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const same = r.sameText === undefined ? '–' : r.sameText ? 'yes' : 'no';
  const yes = (v) => (v === undefined ? '–' : v ? 'yes' : 'no');
  console.log(`| ${r.name} | ${r.bytes ? `${(r.bytes / 1024).toFixed(2)} KiB` : '–'} | ${r.cls.toFixed(3)} (max ${r.clsMax.toFixed(3)}) | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.upgrade)}${r.upgrade === undefined ? '' : ` (${Math.round(r.upgradeQuartiles[0])}–${Math.round(r.upgradeQuartiles[1])})`} | ${same} | ${r.headings?.join(', ') ?? '–'} | ${yes(r.keptServerNodes)} | ${yes(r.interactive)} |`);
}
console.log(`\nKeeping Lit's keys alone (no hydration): ${(bytes.keepKeys / 1024).toFixed(2)} KiB gzip; hydration adds ${((bytes.hydrateMangled - bytes.module) / 1024).toFixed(2)} KiB to the CDN module (${((bytes.hydrate - bytes.module) / 1024).toFixed(2)} KiB with Lit's keys kept).`);
writeFileSync(join(out, 'results.json'), JSON.stringify({ delay: DELAY, cpu: CPU, runs: RUNS, bytes, results }, null, 2));
