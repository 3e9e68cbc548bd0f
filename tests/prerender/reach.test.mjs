// What a page's src may reach at prerender time (issue 19): local files only inside the site's
// folder, never the server's private network, and --in-place never writes through a symlink.
// Each test was watched failing on the code before this rule (it read ../../secret, followed the
// redirect to 127.0.0.1 and overwrote the symlink's target).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it, mock } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prerender } from '../../dist/prerender/index.js';
import { greeting, prerendered, textOf } from './helpers.mjs';

const NOW = '2026-06-01';
const SECRET = 'TOP-SECRET-7f3a';
let top;
let site;
let warnings;

before(() => {
  // top/secret/greeting.json is outside the site top/www/site.
  top = mkdtempSync(join(tmpdir(), 'jitco-reach-'));
  site = join(top, 'www', 'site');
  mkdirSync(site, { recursive: true });
  mkdirSync(join(top, 'secret'));
  writeFileSync(join(top, 'secret', 'greeting.json'), JSON.stringify({ ...greeting, heading: SECRET }));
  writeFileSync(join(top, 'secret', 'broken.json'), `${SECRET} not json`);
  writeFileSync(join(site, 'greeting.json'), JSON.stringify(greeting));
  // Exactly 512 KiB, and one byte more: a long second paragraph makes up the size.
  const sized = (bytes) => {
    const shell = JSON.stringify({ ...greeting, paragraphs: [greeting.paragraphs[0], ''] });
    return JSON.stringify({ ...greeting, paragraphs: [greeting.paragraphs[0], 'x'.repeat(bytes - Buffer.byteLength(shell))] });
  };
  writeFileSync(join(site, 'limit.json'), sized(512 * 1024));
  writeFileSync(join(site, 'over.json'), sized(512 * 1024 + 1));
  symlinkSync(join(top, 'secret', 'greeting.json'), join(site, 'link.json'));
});
after(() => rmSync(top, { recursive: true, force: true }));
beforeEach(() => {
  warnings = [];
  mock.method(console, 'warn', (...args) => warnings.push(args.join(' ')));
});

// The fixture's own heading when src was read, else the default's ("Greeting").
const heading = (out) => {
  const [element] = prerendered(out);
  return element.root && textOf(element.root).includes(greeting.paragraphs[0]) ? 'src content' : 'not the src content';
};

describe('prerender: a local src is read only inside the site', () => {
  const base = () => pathToFileURL(join(site, 'page.html')).href;
  for (const src of [
    '../../secret/greeting.json',
    '%2e%2e/%2e%2e/secret/greeting.json',
    '..%2f..%2fsecret%2fgreeting.json',
    'link.json',
    '../../secret/broken.json',
    '/etc/passwd',
    '../../../../../../../../etc/passwd',
    '../../../../../../../../proc/self/environ',
    'missing.json',
  ]) {
    it(`refuses "${src}" with one line that shows nothing of the file`, async () => {
      const out = await prerender(`<jitco-greeting src="${src}"></jitco-greeting>`, { now: NOW, baseUrl: base() });
      assert.doesNotMatch(out, new RegExp(SECRET));
      assert.doesNotMatch(out, /root:x:0/);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      // Missing, outside and unreadable: the same words, so a warning tells nothing about the server.
      assert.equal(warnings[0], `<jitco-greeting> src: src "${src}" is not a readable file inside the site's folder (see --root)`);
    });
  }

  it('reads a file inside, up to 512 KiB and not one byte more', async () => {
    assert.match(heading(await prerender('<jitco-greeting src="greeting.json"></jitco-greeting>', { now: NOW, baseUrl: base() })), /^src content$/);
    assert.match(heading(await prerender('<jitco-greeting src="limit.json"></jitco-greeting>', { now: NOW, baseUrl: base() })), /^src content$/);
    assert.deepEqual(warnings, []);
    await prerender('<jitco-greeting src="over.json"></jitco-greeting>', { now: NOW, baseUrl: base() });
    assert.match(warnings.join('\n'), /larger than 512 KiB/);
  });

  it('root widens the folder: the file outside the page folder is read when root includes it', async () => {
    const out = await prerender('<jitco-greeting src="../../secret/greeting.json"></jitco-greeting>', { now: NOW, baseUrl: base(), root: top });
    assert.match(out, new RegExp(SECRET));
    await assert.rejects(prerender('', { root: 42 }), TypeError);
  });
});

describe('prerender: a network src never reaches the server’s own network', () => {
  let internal;
  let outsider;
  before(async () => {
    const listen = async (handler) => {
      const server = createServer(handler);
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { server, url: `http://127.0.0.1:${server.address().port}/` };
    };
    internal = await listen((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...greeting, heading: SECRET }));
    });
    outsider = await listen((request, response) => {
      if (request.url === '/same') return void response.writeHead(302, { location: '/ok.json' }).end();
      if (request.url === '/ok.json') return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(greeting));
      response.writeHead(302, { location: `${internal.url}internal` }).end();
    });
  });
  after(() => Promise.all([internal, outsider].map(({ server }) => new Promise((resolve) => server.close(resolve)))));

  for (const src of ['http://127.0.0.1:9/x.json', 'http://[::1]/x.json', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/x', 'http://192.168.1.1/x', 'http://0.0.0.0/x', 'http://[::ffff:127.0.0.1]/x', 'http://localhost:9/x']) {
    it(`refuses ${src} without the option`, async () => {
      await prerender(`<jitco-greeting src="${src}"></jitco-greeting>`, { now: NOW });
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /refused address \(private network; see allowPrivateNetwork\)/);
    });
  }

  it('with allowPrivateNetwork, follows a redirect within the origin and refuses one to another origin', async () => {
    const same = await prerender(`<jitco-greeting src="${outsider.url}same"></jitco-greeting>`, { now: NOW, allowPrivateNetwork: true });
    assert.match(heading(same), /^src content$/);
    assert.deepEqual(warnings, []);
    const cross = await prerender(`<jitco-greeting src="${outsider.url}elsewhere"></jitco-greeting>`, { now: NOW, allowPrivateNetwork: true });
    assert.doesNotMatch(cross, new RegExp(SECRET));
    assert.match(warnings.join('\n'), /redirect to another origin refused/);
  });
});

describe('jitco-elements prerender --in-place: never writes through a symlink', () => {
  const cli = fileURLToPath(new URL('../../bin/jitco-elements.mjs', import.meta.url));
  const run = (args, cwd) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], { cwd });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('ignores a file planted at the old predictable temporary name, and refuses a page that is a symlink', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jitco-inplace-'));
    const victim = join(top, 'victim.txt');
    writeFileSync(victim, 'unchanged');
    writeFileSync(join(folder, 'index.html'), '<jitco-greeting></jitco-greeting>');
    // The temporary names a run could have used (pids are small numbers), all pointing at the victim.
    for (let pid = 1; pid < 400; pid++) symlinkSync(victim, join(folder, `.${pid}.jitco-prerender.tmp`));
    const planted = await run(['prerender', '--in-place', 'index.html', '--now', NOW], folder);
    assert.equal(planted.code, 0, planted.stderr);
    assert.equal(readFileSync(victim, 'utf8'), 'unchanged');
    assert.match(readFileSync(join(folder, 'index.html'), 'utf8'), /shadowrootmode/);

    const victimPage = join(top, 'victim.html');
    writeFileSync(victimPage, '<jitco-greeting></jitco-greeting>');
    symlinkSync(victimPage, join(folder, 'linked.html'));
    const linked = await run(['prerender', '--in-place', 'linked.html', '--now', NOW], folder);
    assert.equal(linked.code, 1);
    assert.match(linked.stderr, /linked\.html: cannot write \(ESYMLINK\)/);
    assert.equal(readFileSync(victimPage, 'utf8'), '<jitco-greeting></jitco-greeting>');
    rmSync(folder, { recursive: true, force: true });
  });
});
