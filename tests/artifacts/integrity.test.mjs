// The Subresource Integrity values partners copy (run after `npm run build`): dist/cdn/integrity.json
// matches the CDN files, and README.md's generated tags match integrity.json and package.json.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../scripts/elements.mjs';
import { cspBlock, integrityBlock, readme, readmeBlocks, readmeCspBlocks } from '../../scripts/sync-integrity.mjs';
import { inlineSources } from '../../scripts/csp.mjs';

const cdn = join(root, 'dist', 'cdn');
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(join(cdn, file))).digest('base64')}`;
const HASH = /sha384-[A-Za-z0-9+/]{64}/g;

describe('Subresource Integrity', () => {
  it('dist/cdn/integrity.json has the value of every CDN file', () => {
    const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
    const files = readdirSync(cdn).filter((file) => file.endsWith('.js')).sort();
    assert.deepEqual(integrity, Object.fromEntries(files.map((file) => [file, sri(file)])));
  });

  it('README.md publishes the strict CSP of this build, whose hashes cover every prerendered page here', () => {
    const blocks = readmeCspBlocks();
    assert.equal(blocks.length, 1, 'README.md needs exactly one <!-- csp:start --> … <!-- csp:end --> block');
    assert.ok(blocks[0] === cspBlock(), 'the CSP in README.md differs from dist/cdn/csp.json: run npm run sync:integrity (after npm run build) and commit README.md');
    // The demo's prerendered partner page (all elements, its own content) needs no other hash.
    const hashes = JSON.parse(readFileSync(join(cdn, 'csp.json'), 'utf8'));
    const page = inlineSources(readFileSync(join(root, 'dist', 'demo', 'partner.prerendered.html'), 'utf8'));
    for (const kind of ['style-src', 'script-src']) for (const hash of page[kind]) assert.ok(hashes[kind].includes(hash), `${kind} ${hash} of the demo page is not published`);
    assert.equal(hashes['style-src'].length, 3, 'one style per element');
  });

  it('README.md publishes the tags of this build', () => {
    const blocks = readmeBlocks();
    assert.equal(blocks.length, 1, 'README.md needs exactly one <!-- integrity:start --> … <!-- integrity:end --> block');
    assert.ok(
      blocks[0] === integrityBlock(),
      'the CDN tags in README.md differ from dist/cdn/integrity.json or the package version: run npm run sync:integrity (after npm run build) and commit README.md',
    );
  });

  it('no other copy of a hash in the docs (the README block is the one place)', () => {
    const outside = readFileSync(readme, 'utf8').replace(readmeBlocks()[0] ?? '', '');
    const docs = readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md'));
    const copies = [
      ...(outside.match(HASH) ?? []).map((hash) => `README.md: ${hash}`),
      ...docs.flatMap((file) => (readFileSync(join(root, 'docs', file), 'utf8').match(HASH) ?? []).map((hash) => `docs/${file}: ${hash}`)),
    ];
    assert.deepEqual(copies, []);
  });
});
