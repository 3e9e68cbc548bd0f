// The `jitco-elements` command (bin/jitco-elements.mjs over dist/prerender, after `npm run
// build`): files, standard input, -o, --in-place over a site folder, --now, --base-url, and the
// exit code and one line of every mistake.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { uiLocales } from '../../dist/locales/index.js';
import { elementsOf, greeting, prerendered, startServer, textOf, withoutRoots } from './helpers.mjs';

const { en, ja } = uiLocales;
const BIN = new URL('../../bin/jitco-elements.mjs', import.meta.url).pathname;
let folder;
let server;

/** Runs the command; resolves with its exit code, standard output and error. */
function run(args, { input, cwd } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: cwd ?? folder });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

const PAGE = '<!doctype html>\n<html lang="ja">\n<body>\n<jitco-name-change-notice></jitco-name-change-notice>\n</body>\n</html>\n';
const heading = (html, index = 0) => textOf(elementsOf(prerendered(html)[index].root, 'h2')[0]);

before(async () => {
  server = await startServer();
  folder = mkdtempSync(join(tmpdir(), 'jitco-cli-'));
  writeFileSync(join(folder, 'page.html'), PAGE);
  writeFileSync(join(folder, 'greeting.json'), JSON.stringify(greeting));
  writeFileSync(join(folder, 'latin1.html'), Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]));
});
after(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('jitco-elements prerender', () => {
  it('writes the prerendered page to standard output', async () => {
    const { code, stdout, stderr } = await run(['prerender', 'page.html']);
    assert.equal(code, 0, stderr);
    assert.equal(withoutRoots(stdout), PAGE);
    assert.equal(heading(stdout), ja.noticeHeading);
    assert.equal(stderr, '');
  });

  it('reads standard input with -, a fragment staying a fragment', async () => {
    const input = '<jitco-greeting></jitco-greeting>\n';
    const { code, stdout } = await run(['prerender', '-'], { input });
    assert.equal(code, 0);
    assert.equal(withoutRoots(stdout), input);
    assert.equal(heading(stdout), 'Greeting');
  });

  it('writes a file with -o, and takes --now', async () => {
    const { code, stdout } = await run(['prerender', 'page.html', '-o', 'out.html', '--now', '2020-03-01']);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    const written = readFileSync(join(folder, 'out.html'), 'utf8');
    assert.equal(withoutRoots(written), PAGE);
    // Japanese has one heading for both; the sentence says "will change" (変更します) before the date.
    assert.match(textOf(prerendered(written)[0].root), /変更します/);
    const english = await run(['prerender', '-', '--now=2020-03-01'], { input: '<jitco-name-change-notice></jitco-name-change-notice>' });
    assert.equal(heading(english.stdout), en.noticeHeadingBefore);
  });

  it('writes over its input with -o and the same file (as the embed builder suggests)', async () => {
    writeFileSync(join(folder, 'same.html'), PAGE);
    const { code, stderr } = await run(['prerender', 'same.html', '-o', 'same.html']);
    assert.equal(code, 0, stderr);
    const written = readFileSync(join(folder, 'same.html'), 'utf8');
    assert.equal(withoutRoots(written), PAGE);
    assert.equal(heading(written), ja.noticeHeading);
  });

  it('reads a relative src next to the input file, or from --base-url', async () => {
    writeFileSync(join(folder, 'with-src.html'), '<jitco-greeting src="greeting.json"></jitco-greeting>');
    const local = await run(['prerender', 'with-src.html']);
    assert.equal(heading(local.stdout), 'Welcome', local.stderr);
    const remote = await run(['prerender', '-', '--base-url', server.url, '--allow-private-network'], { input: '<jitco-greeting src="greeting.json"></jitco-greeting>' });
    assert.equal(heading(remote.stdout), 'Welcome', remote.stderr);
  });

  it('names the file in content warnings, and still succeeds', async () => {
    writeFileSync(join(folder, 'bad-data.html'), '<jitco-greeting data="{"></jitco-greeting>');
    const { code, stdout, stderr } = await run(['prerender', 'bad-data.html']);
    assert.equal(code, 0);
    assert.equal(heading(stdout), 'Greeting');
    assert.match(stderr, /^bad-data\.html: <jitco-greeting> data( at [^:]+)?: invalid JSON/);
    assert.equal(stderr.trim().split('\n').length, 1);
  });

  it('--in-place rewrites every .html file under a folder, and a second run changes nothing', async () => {
    const site = join(folder, 'site');
    mkdirSync(join(site, 'news'), { recursive: true });
    mkdirSync(join(site, '.git'), { recursive: true });
    writeFileSync(join(site, 'index.html'), PAGE);
    writeFileSync(join(site, 'news', 'a.html'), '<jitco-greeting src="../greeting.json"></jitco-greeting>');
    writeFileSync(join(site, 'greeting.json'), JSON.stringify(greeting));
    writeFileSync(join(site, 'plain.html'), '<p>No elements</p>');
    writeFileSync(join(site, '.git', 'x.html'), '<jitco-greeting></jitco-greeting>');
    const first = await run(['prerender', '--in-place', 'site', '--now', '2026-06-01']);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, 'jitco-elements: prerendered 2 of 3 HTML files\n');
    assert.equal(heading(readFileSync(join(site, 'index.html'), 'utf8')), ja.noticeHeading);
    assert.equal(heading(readFileSync(join(site, 'news', 'a.html'), 'utf8')), 'Welcome');
    assert.equal(readFileSync(join(site, '.git', 'x.html'), 'utf8'), '<jitco-greeting></jitco-greeting>');
    const mtime = statSync(join(site, 'index.html')).mtimeMs;
    const second = await run(['prerender', '--in-place', 'site', '--now', '2026-06-01']);
    assert.equal(second.stderr, 'jitco-elements: prerendered 0 of 3 HTML files\n');
    assert.equal(statSync(join(site, 'index.html')).mtimeMs, mtime);
  });

  it('--help shows the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: jitco-elements prerender/);
    assert.match(stdout, /--in-place/);
  });

  for (const [name, args, exit, pattern] of [
    ['a missing file', ['prerender', 'missing.html'], 1, /^jitco-elements: missing\.html: no such file$/],
    ['a folder without --in-place', ['prerender', '.'], 1, /is a folder/],
    ['input that is not UTF-8', ['prerender', 'latin1.html'], 1, /not UTF-8/],
    ['an unwritable output', ['prerender', 'page.html', '-o', 'no/such/dir/out.html'], 1, /cannot write/],
    ['an unknown option', ['prerender', 'page.html', '--fast'], 2, /^jitco-elements: Unknown option '--fast' \(see --help\)$/],
    ['an unknown command', ['render', 'page.html'], 2, /unknown command "render"/],
    ['no command', [], 2, /no command/],
    ['no input', ['prerender'], 2, /no input file/],
    ['a bad --now', ['prerender', 'page.html', '--now', 'tomorrow'], 2, /--now "tomorrow" is not an ISO date/],
    ['a bad --base-url', ['prerender', 'page.html', '--base-url', 'site/'], 2, /--base-url "site\/" is not an absolute URL/],
    ['several inputs without --in-place', ['prerender', 'page.html', 'page.html'], 2, /several inputs need --in-place/],
    ['--in-place with -o', ['prerender', '--in-place', 'page.html', '-o', 'x.html'], 2, /cannot go together/],
    ['--in-place with standard input', ['prerender', '--in-place', '-'], 2, /needs files/],
    ['a missing file with --in-place', ['prerender', '--in-place', 'missing.html'], 1, /missing\.html: no such file or folder/],
  ]) {
    it(`${name}: exit ${exit} and one line`, async () => {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, exit, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr.split('\n').length, 2, `one line: ${stderr}`);
      assert.match(stderr.trimEnd(), pattern);
    });
  }
});
