// The WordPress plugin (wordpress/), step 9 of `npm run build`, or alone after a build
// (`node scripts/build-wordpress.mjs`): dist/wordpress/jitco-elements/ and the zip a site admin
// uploads, dist/wordpress/jitco-elements.zip (one folder, jitco-elements/). What the PHP reads
// about the elements is written here from the library's own registry, never restated:
//   blocks/<element>/block.json   one block per element, its attributes from the registry's
//   build/elements.json           tags, attributes, languages, the no-JavaScript HTML's tags and
//                                 attributes (builder/prerender-root.ts), the script and its integrity
//   build/editor.js, editor.css   the block editor's script (wordpress/editor/editor.ts)
//   assets/jitco-elements.js      the plugin's own copy of the CDN file
//   languages/*.mo                from wordpress/languages/*.po
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, crc32 } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { cdnUrl } from './cdn-tag.mjs';
import { root } from './elements.mjs';

const source = join(root, 'wordpress');
export const wordpressOut = join(root, 'dist', 'wordpress');
const plugin = join(wordpressOut, 'jitco-elements');
const SCRIPT = 'jitco-elements.js';
// `now` is for previews and tests, not for a published page.
const NOT_BLOCK_ATTRIBUTES = new Set(['now']);

/** A TypeScript entry bundled by rollup: a classic script (`iife`) or a module to import here. */
async function bundle(input, file, format) {
  const build = await rollup({
    input,
    plugins: [
      resolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: join(source, 'tsconfig.json'), outDir: join(file, '..'), noEmitOnError: false, sourceMap: false, inlineSources: false }),
      ...(format === 'iife' ? [terser({ ecma: 2021, format: { comments: false } })] : []),
    ],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  await build.write({ file, format });
  await build.close();
}

/** A block attribute's schema (WordPress validates saved values against it before rendering). */
function blockAttribute(attribute, languages) {
  if (attribute.type === 'boolean') return { type: 'boolean', default: attribute.default ?? false };
  if (attribute.type === 'integer') return { type: 'integer', ...(attribute.values ? { enum: attribute.values } : {}), default: attribute.default };
  if (attribute.type === 'locale') return { type: 'string', enum: ['', ...languages], default: '' };
  if (attribute.type === 'enum') return { type: 'string', enum: attribute.values, ...(attribute.default === undefined ? {} : { default: attribute.default }) };
  return { type: 'string' };
}

/** A `.po` file's translations (msgid → msgstr), for the `.mo` file WordPress loads. */
function readPo(text) {
  const entries = new Map();
  const unquote = (line) => JSON.parse(line.trim());
  let id;
  let current;
  let field;
  let context = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('msgctxt ')) {
      if (id !== undefined && current) entries.set(id, current);
      id = undefined;
      context = unquote(line.slice(8));
      field = 'context';
    } else if (line.startsWith('msgid ')) {
      if (id !== undefined && current) entries.set(id, current);
      // A message with a context is looked up as context, EOT, message.
      id = (context ? `${context}\u0004` : '') + unquote(line.slice(6));
      context = '';
      current = '';
      field = 'id';
    } else if (line.startsWith('msgstr ')) {
      current = unquote(line.slice(7));
      field = 'str';
    } else if (line.startsWith('"')) {
      if (field === 'id') id += unquote(line);
      else if (field === 'context') context += unquote(line);
      else current += unquote(line);
    }
  }
  if (id !== undefined && current) entries.set(id, current);
  return entries;
}

/** GNU gettext's `.mo` format: a header, two tables of (length, offset), then the strings. */
function moFile(entries) {
  const keys = [...entries.keys()].sort();
  const ids = keys.map((k) => Buffer.from(k, 'utf8'));
  const strs = keys.map((k) => Buffer.from(entries.get(k), 'utf8'));
  const count = keys.length;
  const header = 28;
  let offset = header + count * 16;
  const table = Buffer.alloc(count * 16);
  const blobs = [];
  for (const [list, base] of [[ids, 0], [strs, count * 8]]) {
    list.forEach((buffer, i) => {
      table.writeUInt32LE(buffer.length, base + i * 8);
      table.writeUInt32LE(offset, base + i * 8 + 4);
      blobs.push(buffer, Buffer.from([0]));
      offset += buffer.length + 1;
    });
  }
  const head = Buffer.alloc(header);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(count, 8);
  head.writeUInt32LE(header, 12);
  head.writeUInt32LE(header + count * 8, 16);
  // No hash table (size 0), at the end of the tables: WordPress's reader measures the second
  // table by this offset.
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(header + count * 16, 24);
  return Buffer.concat([head, table, ...blobs]);
}

/** A zip of `folder` (deflated, fixed dates: the same files make the same zip), its entries under `name/`. */
export function zipFolder(folder, name) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(folder);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const path of files) {
    const nameBytes = Buffer.from(`${name}/${relative(folder, path).split('\\').join('/')}`, 'utf8');
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    // The fields both headers share, in the same order: version needed, flags, method, date,
    // CRC, sizes, name length (from `at`).
    const shared = (buffer, at) => {
      buffer.writeUInt16LE(20, at);
      buffer.writeUInt16LE(0x0800, at + 2); // names in UTF-8
      buffer.writeUInt16LE(8, at + 4); // deflate
      buffer.writeUInt16LE(0, at + 6); // 00:00
      buffer.writeUInt16LE((1 << 5) | 1, at + 8); // 1980-01-01, the format's first day: the same files make the same zip
      buffer.writeUInt32LE(crc, at + 10);
      buffer.writeUInt32LE(packed.length, at + 14);
      buffer.writeUInt32LE(data.length, at + 18);
      buffer.writeUInt16LE(nameBytes.length, at + 22);
      return buffer;
    };
    const local = shared(Buffer.alloc(30), 4);
    local.writeUInt32LE(0x04034b50, 0);
    const central = shared(Buffer.alloc(46), 6);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, version 3.0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export async function buildWordpress() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const integrity = JSON.parse(readFileSync(join(root, 'dist', 'cdn', 'integrity.json'), 'utf8'));
  const { ELEMENTS, attributesOf } = await import(pathToFileURL(join(root, 'dist', 'elements.js')).href);
  const { uiLocales } = await import(pathToFileURL(join(root, 'dist', 'locales', 'index.js')).href);
  const languages = Object.keys(uiLocales);
  rmSync(wordpressOut, { recursive: true, force: true });
  mkdirSync(join(plugin, 'build'), { recursive: true });

  // The PHP, with this release's version in the plugin header.
  for (const file of ['jitco-elements.php', 'uninstall.php'])
    writeFileSync(join(plugin, file), readFileSync(join(source, file), 'utf8').replace('__VERSION__', pkg.version));
  cpSync(join(source, 'includes'), join(plugin, 'includes'), { recursive: true });

  // The no-JavaScript HTML's lists, from the module that makes that HTML.
  const lists = join(wordpressOut, 'prerender-root.mjs');
  await bundle(join(root, 'builder', 'prerender-root.ts'), lists, 'es');
  const { FALLBACK_TAGS, FALLBACK_ATTRIBUTES } = await import(pathToFileURL(lists).href);
  rmSync(lists);

  /** The attributes a block and a shortcode carry, by element. */
  const blockAttributes = (info) => attributesOf(info).filter((a) => !NOT_BLOCK_ATTRIBUTES.has(a.name));
  const elements = ELEMENTS.map((info) => ({
    tag: info.tag,
    name: info.name,
    shortcode: info.tag.replaceAll('-', '_'),
    attributes: blockAttributes(info).map(({ name, property, type, values }) => ({ name, property, type, ...(values ? { values } : {}) })),
  }));
  const registry = {
    version: pkg.version,
    elements,
    languages,
    fallback: { tags: FALLBACK_TAGS, attributes: FALLBACK_ATTRIBUTES },
    script: { file: SCRIPT, integrity: integrity[SCRIPT], cdn: cdnUrl(pkg.name, pkg.version, `dist/cdn/${SCRIPT}`) },
  };
  writeFileSync(join(plugin, 'build', 'elements.json'), JSON.stringify(registry, null, 2) + '\n');

  for (const info of ELEMENTS) {
    // Named as the registry names the property (`headingLevel`), which the editor and the PHP read.
    const attributes = Object.fromEntries(blockAttributes(info).map((a) => [a.property, blockAttribute(a, languages)]));
    const block = {
      $schema: 'https://schemas.wp.org/wp/6.1/block.json',
      apiVersion: 2,
      name: `jitco/${info.name}`,
      title: `JITCO ${info.name.replaceAll('-', ' ')}`,
      category: 'widgets',
      icon: 'id-alt',
      description: info.summary,
      keywords: ['JITCO', info.tag],
      textdomain: 'jitco-elements',
      // The content as JSON text; `fallback`: the element's render as plain HTML (editor.ts).
      attributes: { ...attributes, fallback: { type: 'string' } },
      supports: { html: false },
      editorScript: 'jitco-elements-editor',
      editorStyle: 'jitco-elements-editor',
    };
    mkdirSync(join(plugin, 'blocks', info.name), { recursive: true });
    writeFileSync(join(plugin, 'blocks', info.name, 'block.json'), JSON.stringify(block, null, 2) + '\n');
  }

  await bundle(join(source, 'editor', 'editor.ts'), join(plugin, 'build', 'editor.js'), 'iife');
  copyFileSync(join(source, 'editor', 'editor.css'), join(plugin, 'build', 'editor.css'));
  mkdirSync(join(plugin, 'assets'));
  copyFileSync(join(root, 'dist', 'cdn', SCRIPT), join(plugin, 'assets', SCRIPT));

  mkdirSync(join(plugin, 'languages'));
  for (const file of readdirSync(join(source, 'languages')).filter((f) => f.endsWith('.po'))) {
    const po = readFileSync(join(source, 'languages', file), 'utf8');
    copyFileSync(join(source, 'languages', file), join(plugin, 'languages', file));
    writeFileSync(join(plugin, 'languages', file.replace(/\.po$/, '.mo')), moFile(readPo(po)));
  }

  writeFileSync(join(wordpressOut, 'jitco-elements.zip'), zipFolder(plugin, 'jitco-elements'));
  console.log('built dist/wordpress/jitco-elements.zip (the WordPress plugin)');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWordpress();
