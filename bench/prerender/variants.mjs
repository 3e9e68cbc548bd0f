// CDN variants built only to measure the other way of upgrading a prerendered element, Lit's
// hydration (bench/prerender/run.mjs; never published): into bench/results/prerender/cdn/.
//   keep-keys.js  the CDN file with Lit's `_$…` keys left unmangled (what hydration needs)
//   hydrate.js    keep-keys + @lit-labs/ssr-client/lit-element-hydrate-support.js loaded first,
//                 and the elements' own replace-at-first-render switched off
//   hydrate-mangled.js  the same with Lit's keys mangled as in the real CDN file
// Each is built from the same plugins as dist/cdn/jitco-elements.js (rollup.config.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import configs, { terserOptions } from '../../rollup.config.mjs';
import { root } from '../../scripts/elements.mjs';

export const variantsDir = join(root, 'bench', 'results', 'prerender', 'cdn');

const cdnConfig = configs.find((c) => c.output?.file === 'dist/cdn/jitco-elements.js');

/** The element's own replacement of prerendered children, off (hydration reuses them instead). */
const noReplace = {
  name: 'no-replace',
  transform(code, id) {
    if (!id.endsWith('src/core/prerendered-root.ts')) return null;
    // The PrerenderedRoot controller then finds no server root to adopt.
    const switched = code.replace(/const root = host\.shadowRoot;/, 'const root = null;');
    if (switched === code) throw new Error('bench/prerender/variants.mjs: the adoption line of prerendered-root.ts changed; update the pattern');
    return switched;
  },
};

async function build(name, { hydrate, keepKeys = true }) {
  const entry = '\0variant-entry';
  const source = [
    ...(hydrate ? [`import '@lit-labs/ssr-client/lit-element-hydrate-support.js';`] : []),
    `import ${JSON.stringify(join(root, 'src/index.ts'))};`,
  ].join('\n');
  const plugins = [
    { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) },
    ...(hydrate ? [noReplace] : []),
    ...cdnConfig.plugins.filter((p) => p.name !== 'terser'),
    terser(keepKeys ? { ...terserOptions, mangle: { properties: { regex: /^__/ } } } : terserOptions),
  ];
  const bundle = await rollup({ input: entry, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  mkdirSync(variantsDir, { recursive: true });
  writeFileSync(join(variantsDir, name), output[0].code);
  return join(variantsDir, name);
}

export const buildVariants = async () => ({
  keepKeys: await build('keep-keys.js', { hydrate: false }),
  hydrate: await build('hydrate.js', { hydrate: true }),
  hydrateMangled: await build('hydrate-mangled.js', { hydrate: true, keepKeys: false }),
});
