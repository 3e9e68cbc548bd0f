// The packed tarball as a partner's build meets it: installed into a fresh consumer (lit and
// typescript from the local npm cache), type-checked and bundled. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { elements, root } from '../../scripts/elements.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson(join(root, 'package.json'));
const version = (name) => readJson(join(root, 'node_modules', name, 'package.json')).version;
const manifest = readJson(join(root, 'custom-elements.json'));
const className = (tag) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag).name;
const npm = (cwd, ...args) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

let work;
let consumer;
let files;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'jitco-pack-'));
  const [packed] = JSON.parse(npm(root, 'pack', '--json', '--pack-destination', work));
  files = packed.files.map((f) => f.path);
  consumer = join(work, 'consumer');
  execFileSync('mkdir', [consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(consumer, 'install', '--prefer-offline', '--no-package-lock', join(work, packed.filename), `lit@${version('lit')}`, `typescript@${version('typescript')}`);
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('npm package', () => {
  it('ships only what consumers need', () => {
    assert.ok(files.includes('custom-elements.json'));
    assert.ok(files.includes('dist/cdn/integrity.json'));
    assert.ok(files.includes('dist/index.d.ts'));
    const strays = files.filter((f) => /^(src|tests|scripts|demo|stories)\/|node_modules|\.tsbuildinfo$|json-schema/.test(f));
    assert.deepEqual(strays, []);
  });

  it('has every entry point of the contract, for every element', () => {
    const installed = join(consumer, 'node_modules', pkg.name);
    const entry = (key) => pkg.exports[key];
    const targets = [
      entry('.'),
      entry('./react'),
      entry('./prerender'),
      ...elements.flatMap((e) => [entry(`./${e.name}.js`), entry(`./elements/${e.name}.js`), entry(`./react/${e.name}.js`)]),
    ];
    for (const target of targets) {
      assert.ok(target, 'exports entry');
      for (const file of [target.types, target.default]) assert.ok(existsSync(join(installed, file)), file);
    }
    // @lit-labs/ssr and parse5: the prerenderer's (Node only; the browser entries never import them).
    assert.deepEqual(Object.keys(readJson(join(installed, 'package.json')).dependencies).sort(), ['@lit-labs/ssr', '@lit/react', 'lit', 'parse5']);
  });

  it('prerenders a page with the installed command (npx jitco-elements prerender)', () => {
    writeFileSync(join(consumer, 'page.html'), '<!doctype html><html lang="ja"><body><jitco-name-change-notice></jitco-name-change-notice></body></html>');
    const out = execFileSync(join(consumer, 'node_modules', '.bin', 'jitco-elements'), ['prerender', 'page.html'], { cwd: consumer, encoding: 'utf8' });
    assert.match(out, /^<!doctype html><html lang="ja"><body><jitco-name-change-notice><template shadowrootmode="open"><style>/);
    assert.ok(out.includes('名称変更のお知らせ'));
  });

  it('type-checks a TypeScript file using the elements, their events and content types', () => {
    const lines = [
      `import 'jitco-elements';`,
      `import type { GreetingContent, JitcoErrorDetail, JitcoLoadDetail, LocalizedText } from 'jitco-elements';`,
      ...elements.map((e, i) => `import { ${className(e.tag)} as C${i} } from 'jitco-elements/${e.name}.js';`),
      ...elements.map((e, i) => `import { ${className(e.tag)} as U${i} } from 'jitco-elements/elements/${e.name}.js';`),
      ...elements.flatMap((e, i) => [
        `const e${i}: C${i} = document.createElement('${e.tag}');`,
        `const u${i}: U${i} = e${i};`,
        `e${i}.headingLevel = 3; e${i}.src = '/content.json'; e${i}.now = '2024-01-01';`,
        `e${i}.addEventListener('jitco-error', (event) => { const detail: JitcoErrorDetail = event.detail; console.log(detail.source, detail.path, u${i}); });`,
        `e${i}.addEventListener('jitco-load', (event) => { const detail: JitcoLoadDetail = event.detail; console.log(detail.source); });`,
        `document.body.append(e${i});`,
      ]),
      `const heading: LocalizedText = { en: 'Greeting', ja: 'ごあいさつ' };`,
      `const content: GreetingContent = { heading, paragraphs: ['…'], signature: { organization: 'O', role: 'R', name: 'N' } };`,
      `document.querySelector('jitco-greeting')!.data = content;`,
      `// @ts-expect-error: collapsed is a boolean`,
      `document.createElement('jitco-greeting').collapsed = 'yes';`,
      // `data` is typed per element: content of that element or JSON text.
      `document.createElement('jitco-greeting').data = JSON.stringify(content);`,
      `// @ts-expect-error: data is content or JSON text, not a number`,
      `document.createElement('jitco-greeting').data = 42;`,
      `// @ts-expect-error: a misspelt field`,
      `document.createElement('jitco-greeting').data = { headng: 'Hi', paragraphs: [], signature: { organization: 'O', role: 'R', name: 'N' } };`,
      `// @ts-expect-error: the greeting's content on the timeline`,
      `document.createElement('jitco-timeline').data = content;`,
    ];
    writeFileSync(join(consumer, 'main.ts'), lines.join('\n') + '\n');
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true, skipLibCheck: false, outDir: 'out', types: [],
        },
        files: ['main.ts'],
      }),
    );
    try {
      execFileSync(join(consumer, 'node_modules', '.bin', 'tsc'), ['-p', '.'], { cwd: consumer, encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });

  it('bundles with Rollup: every element, one copy of Lit', async () => {
    const bundle = await rollup({
      input: join(consumer, 'out', 'main.js'),
      plugins: [nodeResolve({ rootDir: consumer })],
    });
    const { output } = await bundle.generate({ format: 'es' });
    const moduleIds = Object.keys(output[0].modules);
    for (const e of elements) assert.ok(output[0].code.includes(`'${e.tag}'`) || output[0].code.includes(`"${e.tag}"`), e.tag);
    assert.equal(moduleIds.filter((id) => /lit-html[\\/]lit-html\.js$/.test(id)).length, 1);
    assert.ok(moduleIds.every((id) => !/node_modules[\\/](react|@lit[\\/]react)[\\/]/.test(id)), 'React stays out unless imported');
  });

  /** A consumer's production bundle of `source` (React left to the consumer), minified: its code and its gzip bytes. */
  async function consumerBundle(name, source) {
    const input = join(consumer, `${name}.js`);
    writeFileSync(input, source);
    const bundle = await rollup({
      input,
      external: [/^react(\/|$)/],
      plugins: [nodeResolve({ rootDir: consumer, exportConditions: ['production'] })],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    const { code } = await minify(output[0].code, { module: true, compress: { passes: 2 } });
    return { code, gzip: gzipSync(code, { level: 9 }).length };
  }

  it('has a React wrapper per element that pulls in that element only', async (t) => {
    const combined = await consumerBundle('react-all', `export * from 'jitco-elements/react';\n`);
    for (const e of elements) assert.ok(combined.code.includes(e.tag), `combined wrapper defines ${e.tag}`);
    const sizes = [`jitco-elements/react: ${combined.gzip} B gzip`];
    for (const e of elements) {
      const { code, gzip } = await consumerBundle(`react-${e.name}`, `export * from 'jitco-elements/react/${e.name}.js';\n`);
      const wrapper = className(e.tag);
      assert.ok(code.includes(e.tag), `react/${e.name}.js defines ${e.tag}`);
      assert.ok(code.includes(wrapper), `react/${e.name}.js has ${wrapper}`);
      for (const other of elements.filter((o) => o !== e)) {
        assert.ok(!code.includes(`"${other.tag}"`) && !code.includes(`'${other.tag}'`), `react/${e.name}.js pulls in ${other.tag}`);
      }
      assert.ok(gzip < combined.gzip, `react/${e.name}.js (${gzip} B) is smaller than the combined wrapper (${combined.gzip} B)`);
      sizes.push(`jitco-elements/react/${e.name}.js: ${gzip} B gzip`);
    }
    // Lit and @lit/react included, React left out; read by the report (docs/distribution.md).
    t.diagnostic(`consumer bundles, minified: ${sizes.join('; ')}`);
  });
});
