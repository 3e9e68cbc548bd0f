// Two kinds of build, both over the element list of scripts/elements.mjs:
// - the npm package (dist/**/*.js; `.d.ts` from `tsc -p tsconfig.build.json`): one module per
//   source file, `lit`, `@lit/react` and `react` left as dependencies;
// - the CDN files (dist/cdn/): one self-contained, minified file each, Lit's production build
//   inside: jitco-elements.js (ES module), jitco-elements.classic.js (classic script) and one ES
//   module per element (`greeting.js`, …), built for the size report.
import { existsSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { elements } from './scripts/elements.mjs';
import { decorateHelper, transpile } from './scripts/rollup-plugins.mjs';

/** The npm entry points: `jitco-elements`, each `<element>.js` (defines), each class module, React. */
const npmEntries = {
  index: 'src/index.ts',
  // The registry (`jitco-elements/elements.js`): tags, attributes and content, as data.
  elements: 'src/elements.ts',
  ...Object.fromEntries(elements.map((e) => [`${e.name}/define`, e.define])),
  ...Object.fromEntries(elements.filter((e) => existsSync(e.element)).map((e) => [e.element.slice(4, -3), e.element])),
  ...(existsSync('src/react.ts') ? { react: 'src/react.ts' } : {}),
  // One React wrapper per element (`jitco-elements/react/greeting.js`, …): each pulls in its element only.
  ...Object.fromEntries(elements.map((e) => [`react/${e.name}`, `src/react/${e.name}.ts`]).filter(([, file]) => existsSync(file))),
  // Node only (`jitco-elements/prerender` and the CLI); never part of a CDN file.
  'prerender/index': 'src/prerender/index.ts',
};

const LEGACY_DECORATORS = new URL('./scripts/lit-legacy-decorators.js', import.meta.url).pathname;
const NO_HYDRATION = new URL('./scripts/cdn-no-hydration.js', import.meta.url).pathname;

/** Terser for the CDN files; see docs/distribution.md ("Size") for why each option is safe. */
export const terserOptions = {
  ecma: 2021,
  module: true,
  toplevel: true,
  compress: {
    passes: 3,
    pure_getters: true,
    unsafe_arrows: true,
    unsafe_methods: true,
    unsafe_comps: true,
    unsafe_math: true,
    // Measured on dist/cdn/jitco-elements.js for issue 20 (gzip): function declarations hoisted
    // to the top of their scope, −49 B; `if` kept as `if` rather than rewritten to `?:`, −30 B
    // (the rewrite compresses worse here). Neither changes what the code does.
    hoist_funs: true,
    conditionals: false,
  },
  // Private members: ours are named `__name` (Lit's convention in its sources), Lit's production
  // build leaves its cross-module ones as `_$xx`. Both are only ever read inside this one file
  // (no object of ours reaches another copy of Lit), so they get short names.
  mangle: { properties: { regex: /^(__|_\$)/ } },
  // ASCII only (`\uXXXX` escapes for the Japanese, Thai, Burmese… text): 99 B less gzip on
  // dist/cdn/jitco-elements.js (measured, issue 20), and a classic script served without a
  // charset decodes the same on a Shift_JIS page (a classic script falls back to the page's encoding).
  // Brotli compresses the escapes worse (+0.3 KiB measured): see docs/distribution.md, "Size".
  format: { comments: false, ascii_only: true },
};

const cdnPlugins = (outDir) => [
  decorateHelper(),
  // Our classes use legacy decorators only; see the file for what it leaves out.
  { name: 'lit-legacy-decorators', resolveId: (source) => (source === 'lit/decorators.js' ? LEGACY_DECORATORS : null) },
  // Lit's hydrate support cannot hydrate a CDN file (its Lit is inside, mangled): see the file.
  { name: 'cdn-no-hydration', resolveId: (source, importer) => (source === './hydration.js' && importer?.endsWith('/src/core/prerendered-root.ts') ? NO_HYDRATION : null) },
  resolve({ exportConditions: ['production'] }),
  transpile({ outDir }),
  terser(terserOptions),
];

const cdn = (input, file, format = 'es') => ({
  input,
  plugins: cdnPlugins(file.slice(0, file.lastIndexOf('/'))),
  output: { file, format, sourcemap: true, inlineDynamicImports: true },
});

export default [
  {
    input: npmEntries,
    external: [/^lit(\/|$)/, /^@lit\/react$/, /^react$/, /^@lit-labs\//, /^parse5$/, /^node:/],
    plugins: [decorateHelper(), transpile({ outDir: 'dist' })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  cdn('src/index.ts', 'dist/cdn/jitco-elements.js'),
  cdn('src/index.ts', 'dist/cdn/jitco-elements.classic.js', 'iife'),
  ...elements.map((e) => cdn(e.define, `dist/cdn/${e.name}.js`)),
];
