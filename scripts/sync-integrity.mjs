// `npm run sync:integrity` (after `npm run build`): rewrites the copy-paste CDN tags in README.md,
// between `<!-- integrity:start -->` and `<!-- integrity:end -->`, from dist/cdn/integrity.json and
// the version in package.json. Only that block changes; running it twice changes nothing.
// tests/artifacts/integrity.test.mjs fails when the README block and the build disagree.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnScriptTag } from './cdn-tag.mjs';
import { policy } from './csp.mjs';
import { root } from './elements.mjs';

export const readme = join(root, 'README.md');
const START = '<!-- integrity:start -->';
const END = '<!-- integrity:end -->';
// Matches the block with its markers; the markers' own lines stay as they are.
const BLOCK = /<!-- integrity:start -->\n[\s\S]*?<!-- integrity:end -->/g;

/** The block, markers included, for the current build: both CDN files, pinned, with their SRI. */
export function integrityBlock() {
  const file = join(root, 'dist', 'cdn', 'integrity.json');
  if (!existsSync(file)) throw new Error('no dist/cdn/integrity.json: run npm run build first');
  const integrity = JSON.parse(readFileSync(file, 'utf8'));
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const tag = (file, module) => {
    if (!integrity[file]) throw new Error(`dist/cdn/integrity.json has no ${file}`);
    return cdnScriptTag({ name, version, file, integrity: integrity[file], module });
  };
  return [
    START,
    '```html',
    tag('jitco-elements.js', true),
    '',
    '<!-- or, where modules are not possible: -->',
    tag('jitco-elements.classic.js', false),
    '```',
    END,
  ].join('\n');
}

/** The block(s) README.md has now (normally exactly one). */
const CSP_BLOCK = /<!-- csp:start -->\n[\s\S]*?<!-- csp:end -->/g;

/** The README's strict policy for prerendered pages, with this build's hashes (dist/cdn/csp.json). */
export function cspBlock() {
  const file = join(root, 'dist', 'cdn', 'csp.json');
  if (!existsSync(file)) throw new Error('no dist/cdn/csp.json: run npm run build first');
  const hashes = JSON.parse(readFileSync(file, 'utf8'));
  return ['<!-- csp:start -->', '```http', `Content-Security-Policy: ${policy(hashes)}`, '```', '<!-- csp:end -->'].join('\n');
}

/** The CSP block(s) README.md has now (normally exactly one). */
export const readmeCspBlocks = (text = readFileSync(readme, 'utf8')) => text.match(CSP_BLOCK) ?? [];

export function readmeBlocks(text = readFileSync(readme, 'utf8')) {
  return text.match(BLOCK) ?? [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(readme, 'utf8');
  const blocks = readmeBlocks(text);
  if (blocks.length !== 1) {
    console.error(`README.md must have exactly one ${START} … ${END} block, found ${blocks.length}`);
    process.exit(1);
  }
  const block = integrityBlock();
  const csp = cspBlock();
  const next = text.replace(BLOCK, () => block).replace(CSP_BLOCK, () => csp);
  if (readmeCspBlocks(text).length !== 1) {
    console.error('README.md must have exactly one <!-- csp:start --> … <!-- csp:end --> block');
    process.exit(1);
  }
  if (next === text) {
    console.log('README.md integrity and CSP blocks are up to date');
  } else {
    writeFileSync(readme, next);
    console.log('README.md integrity and CSP blocks updated from dist/cdn/integrity.json and csp.json');
  }
}
