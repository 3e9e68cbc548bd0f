// `npm run build`: everything the package and the CDN publish, from a clean dist/.
//   1. Rollup: npm modules (dist/**/*.js) and CDN files (dist/cdn/*.js), see rollup.config.mjs
//   2. tsc: the `.d.ts` types
//   3. dist/schemas/<element>.schema.json from each element's content schema
//   4. custom-elements.json (custom-elements-manifest.config.mjs)
//   5. dist/cdn/integrity.json: the Subresource Integrity value of each CDN file
//   6. builder-dist/: the embed builder (builder/), a static folder that also works from disk
//   7. dist/demo/partner.prerendered.html: demo/partner.html prerendered (demo/prerendered.html
//      shows both); not in the npm package
//   8. dist/cdn/csp.json: the CSP hashes of the prerenderer's inline code
//   9. dist/wordpress/: the WordPress plugin and its zip (scripts/build-wordpress.mjs); not in the
//      npm package
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { buildBuilder } from './build-builder.mjs';
import { buildWordpress } from './build-wordpress.mjs';
import { elements, root } from './elements.mjs';
import { transpile } from './rollup-plugins.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (name, ...args) => execFileSync(bin(name), args, { cwd: root, stdio: 'inherit' });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
run('rollup', '-c', '--silent');
run('tsc', '-p', 'tsconfig.build.json');

// 3. The schema module and the content modules, compiled into one module and run here.
const entry = '\0schemas-entry';
const source = [
  `export { toJsonSchema } from ${JSON.stringify(join(root, 'src/core/json-schema.ts'))};`,
  ...elements.map((e, i) => `export * as m${i} from ${JSON.stringify(join(root, e.content))};`),
].join('\n');
const bundle = await rollup({
  input: entry,
  plugins: [{ name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) }, transpile({ outDir: join(root, 'dist') })],
  onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
});
const { output } = await bundle.generate({ format: 'es' });
const built = await import(`data:text/javascript,${encodeURIComponent(output[0].code)}`);
mkdirSync(join(dist, 'schemas'), { recursive: true });
elements.forEach((element, i) => {
  const schemas = Object.entries(built[`m${i}`]).filter(([name]) => name.endsWith('Schema'));
  if (schemas.length !== 1) throw new Error(`${element.content} must export one *Schema, found ${schemas.length}`);
  const file = `${element.name}.schema.json`;
  const jsonSchema = built.toJsonSchema(schemas[0][1], {
    id: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/schemas/${file}`,
    title: `Content of <${element.tag}>`,
    description: `The content of <${element.tag}> (${pkg.name} ${pkg.version}), for its data attribute or property, a child <script type="application/json">, or a document at its src.`,
  });
  writeFileSync(join(dist, 'schemas', file), JSON.stringify(jsonSchema, null, 2) + '\n');
});

// 4.
run('cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs');

// 5.
const cdn = join(dist, 'cdn');
const integrity = Object.fromEntries(
  readdirSync(cdn)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(cdn, file))).digest('base64')}`]),
);
writeFileSync(join(cdn, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

console.log(`built dist/ (${elements.map((e) => e.tag).join(', ')}), custom-elements.json`);

// 6.
await buildBuilder();

// 7. With the package's own prerenderer (last: it installs Lit's DOM shim in this process); the
// page's `src` file is read from disk next to it.
const { prerender } = await import(pathToFileURL(join(dist, 'prerender', 'index.js')).href);
const partner = join(root, 'demo', 'partner.html');
mkdirSync(join(dist, 'demo'), { recursive: true });
copyFileSync(join(root, 'demo', 'greeting-vi.json'), join(dist, 'demo', 'greeting-vi.json'));
writeFileSync(join(dist, 'demo', 'partner.prerendered.html'), await prerender(readFileSync(partner, 'utf8'), { baseUrl: pathToFileURL(partner).href }));

// 8. The CSP hashes of what the prerenderer writes inline (scripts/csp.mjs).
const { cspHashes } = await import('./csp.mjs');
writeFileSync(join(cdn, 'csp.json'), JSON.stringify(await cspHashes(prerender), null, 2) + '\n');

// 9.
await buildWordpress();
