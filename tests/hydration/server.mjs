// Pages of tests/hydration.test.ts, served by the test server (tests/server.mjs):
// `/test-api/hydration?server=lit|own|none&support=on|off`. The elements' server HTML is made
// here, in Node, from the current sources (bundled with esbuild at the first request, Lit and
// @lit-labs/ssr left to node_modules so the DOM shim and Lit are the ones the prerenderer uses):
//   lit   `@lit-labs/ssr`'s `render()` of the page's tags: declarative shadow roots with Lit's
//         hydration markers (`<!--lit-part …-->`), as a site rendering with Lit's SSR serves them
//   own   the project's prerenderer (`prerender()`): the same roots without the markers
//   none  the plain tags (the browser renders everything)
// `support=on` loads `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the elements'
// modules (as Lit's docs ask); `off` loads only the elements. The page records, before any
// module runs, every console.error, uncaught error and unhandled rejection (`__errors`) and the
// layout shift (`__shift`: `layout-shift` entries summed, where the engine has them; else null).
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A fixed "today" on the server and in the browser: the notice says the same on both. */
export const NOW = '2026-06-01';
export const GREETING = {
  heading: 'Hydration greeting',
  paragraphs: ['First paragraph from the server.', 'Second paragraph, shown by Read more.'],
  signature: { organization: 'Partner Org', role: 'Director', name: 'A. Person' },
};

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The tags of every page, each element with an id; the plain HTML the prerenderer reads. */
const TAGS = `<jitco-greeting id="greeting" collapsed now="${NOW}" data="${escape(JSON.stringify(GREETING))}"></jitco-greeting>
<jitco-name-change-notice id="notice" dismissible now="${NOW}"></jitco-name-change-notice>
<jitco-timeline id="timeline" now="${NOW}"></jitco-timeline>`;

/** The sources bundled for Node, once per test server. */
async function load() {
  const { build } = await import('esbuild');
  const outdir = `${ROOT}node_modules/.cache/jitco-hydration-test`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/render-${process.pid}.mjs`;
  await build({
    stdin: {
      // @lit-labs/ssr first: it installs the DOM shim the elements' modules need.
      contents: `
        export { render } from '@lit-labs/ssr';
        export { collectResult } from '@lit-labs/ssr/lib/render-result.js';
        export { unsafeHTML } from 'lit/directives/unsafe-html.js';
        export { prerenderHtml } from './src/prerender/prerender.ts';
        export { html } from 'lit';
        import './src/index.ts';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    tsconfig: `${ROOT}tsconfig.json`,
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(outfile);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** Lit's own SSR of the page's tags: `render()` of a template holding them. */
async function litRender(lit) {
  const { render, collectResult, html } = lit;
  const data = JSON.stringify(GREETING);
  const template = html`<jitco-greeting id="greeting" collapsed now=${NOW} data=${data}></jitco-greeting>
<jitco-name-change-notice id="notice" dismissible now=${NOW}></jitco-name-change-notice>
<jitco-timeline id="timeline" now=${NOW}></jitco-timeline>`;
  return collectResult(render(template));
}

const RECORDER = `<script>
  window.__errors = [];
  const original = console.error;
  console.error = (...args) => { __errors.push(args.map(String).join(' ')); original.apply(console, args); };
  addEventListener('error', (event) => __errors.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => __errors.push('unhandled rejection: ' + (event.reason && event.reason.message || event.reason)));
  window.__shift = null;
  if (PerformanceObserver.supportedEntryTypes && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    window.__shift = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value; })
      .observe({ type: 'layout-shift', buffered: true });
  }
</script>`;

/** The page for `server` and `support`, or undefined for an unknown query. */
export async function hydrationPage(server, support) {
  if (!['lit', 'own', 'none'].includes(server) || !['on', 'off'].includes(support)) return undefined;
  // Rendered in a child process: the DOM shim and the elements' classes it defines are global,
  // and in the test server's own process they would replace the built elements the
  // prerenderer's routes render (the builder's byte-for-byte test then compared source CSS).
  const elements = server === 'none' ? TAGS : (await promisify(execFile)(process.execPath, [fileURLToPath(import.meta.url), server], { cwd: ROOT, maxBuffer: 1 << 24 })).stdout;
  const script = support === 'on' ? '/tests/hydration/with-hydrate-support.ts' : '/tests/hydration/elements.ts';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORDER}</head><body>
<h1>Page heading</h1>
${elements}
<p id="after">The partner's text after the elements.</p>
<script type="module" src="${script}"></script>
</body></html>`;
}

/** Run as a program (`node server.mjs lit|own`): prints that server HTML of the page's tags. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lit = await load();
  process.stdout.write(process.argv[2] === 'lit' ? await litRender(lit) : await lit.prerenderHtml(TAGS, {}, {}));
}
