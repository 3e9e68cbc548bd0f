// The one static server (scripts/static-server.mjs) of `npm start` and check-storybook, on a
// temporary folder: it serves files under its folders only, and no dot-files.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';

let work, server, base;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'jitco-serve-'));
  const root = join(work, 'root');
  for (const dir of ['root/demo', 'root/.git', 'root/builder-dist', 'root-sibling']) mkdirSync(join(work, dir), { recursive: true });
  writeFileSync(join(root, 'demo', 'index.html'), 'demo page');
  writeFileSync(join(root, 'builder-dist', 'index.html'), 'builder page');
  writeFileSync(join(root, 'package.json'), '{}');
  writeFileSync(join(root, '.git', 'config'), 'secret');
  writeFileSync(join(root, '.npmrc'), 'secret');
  writeFileSync(join(work, 'root-sibling', 'x.txt'), 'secret');
  writeFileSync(join(work, 'outside.txt'), 'secret');
  server = createStaticServer({ root, mounts: { '/builder/': join(root, 'builder-dist') }, redirects: { '/': '/builder/' } });
  base = await listen(server, 0);
});

after(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

/** GET with the path sent exactly as written (no client-side normalisation). */
const get = (path) =>
  new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('static server', () => {
  it('sends / to the builder, and serves the builder from its folder and the rest from the root', async () => {
    assert.deepEqual(await get('/').then((r) => [r.status, r.location]), [302, '/builder/']);
    assert.deepEqual(await get('/builder').then((r) => [r.status, r.location]), [301, '/builder/']);
    const builder = await get('/builder/');
    assert.deepEqual([builder.status, builder.body, builder.type], [200, 'builder page', 'text/html; charset=utf-8']);
    assert.equal((await get('/demo/')).body, 'demo page');
    assert.deepEqual(await get('/demo').then((r) => [r.status, r.location]), [301, '/demo/']);
    assert.equal((await get('/package.json')).type, 'application/json; charset=utf-8');
  });

  it('never serves a file outside its folders, nor a dot-file', async () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/..%2foutside.txt',
      '/..%5coutside.txt',
      '/builder/..%2f..%2foutside.txt',
      '/builder/%2e%2e/%2e%2e/outside.txt',
      '/../root-sibling/x.txt',
      '/.git/config',
      '/%2egit/config',
      '/.npmrc',
      '/demo/../.npmrc',
    ]) {
      const { status, body } = await get(path);
      assert.ok([400, 403, 404].includes(status), `${path}: ${status}`);
      assert.notEqual(body, 'secret', path);
    }
    assert.equal((await get('/%')).status, 400);
    assert.equal((await get('/%zz')).status, 400);
    assert.equal((await get('/missing.txt')).status, 404);
  });
});
