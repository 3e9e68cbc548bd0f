// The Subresource Integrity values partners copy (run after `npm run build`): dist/cdn/integrity.json
// matches the CDN files, and README.md's generated tags match integrity.json and package.json.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from '../../scripts/elements.mjs';
import { integrityBlock, readme, readmeBlocks } from '../../scripts/sync-integrity.mjs';

const cdn = join(root, 'dist', 'cdn');
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(join(cdn, file))).digest('base64')}`;
const HASH = /sha384-[A-Za-z0-9+/]{64}/g;

describe('Subresource Integrity', () => {
  it('dist/cdn/integrity.json has the value of every CDN file', () => {
    const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
    const files = readdirSync(cdn).filter((file) => file.endsWith('.js')).sort();
    assert.deepEqual(integrity, Object.fromEntries(files.map((file) => [file, sri(file)])));
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
