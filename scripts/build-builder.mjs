// The embed builder (builder/) as a static folder, builder-dist/: step 6 of `npm run build`, or
// alone after a build (`node scripts/build-builder.mjs`). One classic script (a module would not
// load from file://) with Lit, the elements and the builder inside; its page and stylesheet. The
// page carries this build's release (package, version, dist/cdn/integrity.json) for the embed
// code it writes, so the folder works from any static host or from disk, offline.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { root } from './elements.mjs';

export const builderOut = join(root, 'builder-dist');

export async function buildBuilder() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const integrity = JSON.parse(readFileSync(join(root, 'dist', 'cdn', 'integrity.json'), 'utf8'));
  rmSync(builderOut, { recursive: true, force: true });
  const bundle = await rollup({
    input: join(root, 'builder', 'main.ts'),
    plugins: [
      resolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: join(root, 'builder', 'tsconfig.json'),
        outDir: builderOut,
        sourceMap: true,
        inlineSources: true,
        noEmitOnError: false,
      }),
      terser({ ecma: 2021, format: { comments: false } }),
    ],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  await bundle.write({ file: join(builderOut, 'builder.js'), format: 'iife', sourcemap: true });
  const release = { name: pkg.name, version: pkg.version, integrity, prerender: existsSync(join(root, 'src', 'prerender')) };
  const page = readFileSync(join(root, 'builder', 'index.html'), 'utf8').replace(
    '<!-- release -->',
    `<script type="application/json" id="release">${JSON.stringify(release).replace(/</g, '\\u003c')}</script>`,
  );
  writeFileSync(join(builderOut, 'index.html'), page);
  copyFileSync(join(root, 'builder', 'builder.css'), join(builderOut, 'builder.css'));
  console.log('built builder-dist/ (the embed builder)');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBuilder();
