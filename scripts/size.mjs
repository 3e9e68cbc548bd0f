// `npm run size`: gzip and brotli of each CDN file, what Lit alone weighs, and the budget check.
// Run after the build.
//
// The budget asked for (issue 5: 10 KiB gzip goal, 12 KiB hard limit for all three elements) is
// not met: Lit alone is 5.8 KiB, the verbatim seed text 1.3 KiB and the 10 non-English locale
// tables 2.7 KiB (`--breakdown`), leaving 2.2 KiB for the code and CSS of the core and three
// elements, which take 8.7 KiB.
// Until that is settled, LIMIT is a regression guard just above today's size, so any growth
// fails the test command and has to be argued for. Raised once, from 18.75 to 19 KiB (+0.3 KiB:
// script-aware locale matching, interface strings marked with their lang, focus across shadow
// roots after dismissal, registration that cannot throw). Raised again by 1548 B (to 20.51 KiB,
// issue 15, measured 19285 → 20833 B: the Japanese default content the contract requires 0.5,
// date patterns and month names for my, km, ne, mn, ja, vi, zh-Hans 0.4 — Chromium has no date
// data for my, km, ne, mn —, code and CSS 0.65: missing-Intl detection and pattern formatting,
// one language per sentence, figure templates, dir on marked text, taller lines for stacked
// scripts, the notice's heading field).
// `--breakdown` also prints the parts (Lit, seed text, locales, our code), measured by building
// the ES file without each part and taking the difference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import configs, { terserOptions } from '../rollup.config.mjs';
import { root } from './elements.mjs';

const LIMIT = 19 * 1024 + 1548;
const ASKED = 12 * 1024;
const GOAL = 10 * 1024;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const row = (name, code) => `| ${name} | ${kib(code.length)} | ${kib(gzip(code))} | ${kib(brotli(code))} |`;

const LIT_ONLY = '\0lit-only';
const LIT_ONLY_SOURCE = `
import { LitElement, html, css, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
const h = unsafeStatic('h2');
class E extends LitElement {
  static styles = css\`:host{display:block}\`;
  render() { return staticHtml\`<\${h} title=\${ifDefined(this.a)}>\${html\`\${nothing}\`}</\${h}>\`; }
}
property()(E.prototype, 'a');
state()(E.prototype, 'b');
customElements.define('x-e', E);
`;

/** The ES CDN file built in memory, optionally with a transform applied to its sources. */
async function buildEs(input, transform) {
  const cdnPlugins = configs.find((c) => c.output?.file === 'dist/cdn/jitco-elements.js').plugins;
  const plugins = cdnPlugins.filter((p) => p.name !== 'terser');
  if (transform) plugins.push({ name: 'variant', transform });
  if (input === LIT_ONLY) plugins.unshift({ name: 'lit-only', resolveId: (id) => (id === LIT_ONLY ? id : null), load: (id) => (id === LIT_ONLY ? LIT_ONLY_SOURCE : null) });
  const bundle = await rollup({ input, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  return (await minify(output[0].code, terserOptions)).code;
}

const cdn = join(root, 'dist', 'cdn');
const files = readdirSync(cdn).filter((f) => f.endsWith('.js')).sort();
console.log('| file | minified | gzip | brotli |\n| --- | --- | --- | --- |');
for (const file of files) console.log(row(`dist/cdn/${file}`, readFileSync(join(cdn, file))));

// What Lit alone weighs: the Lit features the elements use, nothing of ours.
const litOnly = await buildEs(LIT_ONLY, undefined);
console.log(row('Lit alone (LitElement, html, css, static-html, property/state, ifDefined)', litOnly));

if (process.argv.includes('--breakdown')) {
  const full = gzip(await buildEs('src/index.ts'));
  // Without the seed text: the default content's long strings emptied.
  const noSeed = gzip(await buildEs('src/index.ts', (code, id) =>
    /\.content\.ts$|seed\.ts$/.test(id) ? code.replace(/([:,[(=]\s*)(["'])(?:(?!\2)[^\\\n]|\\.){40,}\2/g, '$1""') : null));
  // Without the locale tables: every locale but English made a reference to English.
  const noLocales = gzip(await buildEs('src/index.ts', (code, id) =>
    /locales\/(?!en\.|index\.)[^/]+\.ts$/.test(id) ? `import { en } from './en.js'; export const ${id.match(/([^/]+)\.ts$/)[1].replace(/-(\w)/g, (_, c) => c.toUpperCase())} = en;` : null));
  const lit = gzip(litOnly);
  console.log(`\nbreakdown of dist/cdn/jitco-elements.js (gzip, parts measured by leaving each out):`);
  console.log(`  Lit ${lit} B, seed text ${full - noSeed} B, locale tables but en ${full - noLocales} B, our code and CSS ${full - lit - (full - noSeed) - (full - noLocales)} B, total ${full} B`);
}

const es = gzip(readFileSync(join(cdn, 'jitco-elements.js')));
const verdict = es > LIMIT ? `OVER the ${kib(LIMIT)} regression limit` : es > ASKED ? `within the ${kib(LIMIT)} regression limit, above the 12 KiB budget asked for` : es > GOAL ? 'within the 12 KiB limit, above the 10 KiB goal' : 'within the 10 KiB goal';
console.log(`\ndist/cdn/jitco-elements.js: ${kib(es)} gzip (${es} B): ${verdict}`);
if (es > LIMIT) process.exitCode = 1;
