// The Node API `prerender(html, { now, baseUrl })` (dist/prerender, after `npm run build`):
// what a browser would show from the prerendered HTML, every content source, the language and
// date rules, and every kind of bad input.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it, mock } from 'node:test';
import { pathToFileURL } from 'node:url';
import { uiLocales } from '../../dist/locales/index.js';
import { prerender as prerenderPage } from '../../dist/prerender/index.js';
import { attr, elementsOf, greeting, prerendered, startServer, textOf, withoutRoots } from './helpers.mjs';

let server;
let folder;
let warnings;

before(async () => {
  server = await startServer();
  folder = mkdtempSync(join(tmpdir(), 'jitco-prerender-'));
  writeFileSync(join(folder, 'greeting.json'), JSON.stringify(greeting));
  writeFileSync(join(folder, 'bad.json'), '{ "heading": ');
});
after(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => {
  warnings = [];
  mock.method(console, 'warn', (...args) => warnings.push(args.join(' ')));
});

const NOW = '2026-06-01';
// The test server is on 127.0.0.1, which a page's src may not reach by default ('prerender: what
// a src may reach' tests that); these tests trust it, as a site would with the option.
const prerender = (html, options = {}) => prerenderPage(html, { allowPrivateNetwork: true, ...options });
// The interface strings are data (src/locales/): the tests take them from there.
const { en, vi, ja } = uiLocales;
const one = async (html, options = { now: NOW }) => {
  const out = await prerender(html, options);
  const [element] = prerendered(out);
  return { out, element, text: element.root ? textOf(element.root) : '' };
};
const headings = (root) => elementsOf(root, 'h1').concat(...[2, 3, 4, 5, 6].map((n) => elementsOf(root, `h${n}`)));

describe('prerender: the page around the elements', () => {
  it('adds a declarative shadow root with styles right after the start tag of a fragment, and nothing else', async () => {
    const input = '<p>Before</p>\n<jitco-greeting heading-level="3"></jitco-greeting>\n<p>After</p>';
    const out = await prerender(input, { now: NOW });
    assert.match(out, /^<p>Before<\/p>\n<jitco-greeting heading-level="3"><template shadowrootmode="open"><style>[^<]*:host/);
    assert.equal(withoutRoots(out), input);
    assert.ok(!/<html|<body|<head/.test(out), 'a fragment stays a fragment');
  });

  it('keeps every byte of a whole page (doctype, comments, CRLF, entities, non-ASCII) around the roots', async () => {
    const input =
      '\uFEFF<!DOCTYPE html>\r\n<!-- kept -->\r\n<html lang="ja"><head><meta charset=utf-8><title>日本語 &amp; 😀</title></head>\r\n' +
      '<body><p class=x>テキスト 😀 &nbsp;</p><jitco-name-change-notice  dismissible   heading-level=3 ></jitco-name-change-notice>\r\n' +
      "<jitco-timeline order='desc'></jitco-timeline><p>終わり</p></body></html>\r\n";
    const out = await prerender(input, { now: NOW });
    assert.equal(withoutRoots(out), input);
    const [notice, timeline] = prerendered(out);
    assert.ok(notice.root && timeline.root, 'both elements prerendered');
    assert.equal(textOf(headings(notice.root)[0]), ja.noticeHeading);
    assert.equal(headings(notice.root)[0].tagName, 'h3');
  });

  it('renders the default content of each element, in its heading, list and text', async () => {
    const out = await prerender('<jitco-greeting></jitco-greeting><jitco-timeline></jitco-timeline><jitco-name-change-notice></jitco-name-change-notice>', { now: NOW });
    const [greet, timeline, notice] = prerendered(out);
    assert.equal(textOf(headings(greet.root)[0]), 'Greeting');
    assert.match(textOf(greet.root), /Hiroaki Yagi/);
    assert.equal(elementsOf(greet.root, 'p').length, 5);
    assert.ok(elementsOf(timeline.root, 'li').length >= 5, 'the timeline lists its events');
    assert.equal(attr(elementsOf(timeline.root, 'ol')[0], 'role'), 'list');
    assert.equal(textOf(headings(notice.root)[0]), en.noticeHeading);
    assert.equal(attr(elementsOf(notice.root, 'time')[0], 'datetime'), '2020-04-01');
    assert.deepEqual(warnings, []);
  });

  it('prerenders an element again when it already has a declarative shadow root (same text twice)', async () => {
    const once = await prerender('<div><jitco-greeting collapsed>\n  <script type="application/json">' + JSON.stringify(greeting) + '</script>\n</jitco-greeting></div>', { now: NOW });
    const twice = await prerender(once, { now: NOW });
    assert.equal(twice, once);
    assert.equal(prerendered(twice)[0].node.childNodes.filter((c) => c.tagName === 'template').length, 1);
  });

  it('leaves unknown jitco-* tags, nested elements and elements in plain templates alone', async () => {
    const input =
      '<jitco-unknown></jitco-unknown><template><jitco-greeting></jitco-greeting></template>' +
      '<jitco-timeline><jitco-greeting></jitco-greeting></jitco-timeline><noscript><jitco-greeting></jitco-greeting></noscript>';
    const out = await prerender(input, { now: NOW });
    const roots = out.match(/<template shadowrootmode/g) ?? [];
    assert.equal(roots.length, 1, 'only the timeline is prerendered');
    assert.ok(out.startsWith('<jitco-unknown></jitco-unknown><template><jitco-greeting></jitco-greeting></template><jitco-timeline><template shadowrootmode'));
  });

  it('prerenders an element inside another component’s declarative shadow root, with that host’s lang', async () => {
    const out = await prerender('<x-card lang="vi"><template shadowrootmode="open"><jitco-name-change-notice></jitco-name-change-notice></template></x-card>', { now: NOW });
    const [notice] = prerendered(out);
    assert.equal(textOf(headings(notice.root)[0]), vi.noticeHeading);
  });

  it('prerenders a page whose HTML is malformed without throwing, keeping its bytes', async () => {
    const input = '<div><p>unclosed <b>bold <jitco-greeting data=\'{"heading":"Hi","paragraphs":["p"],"signature":{"organization":"o","role":"r","name":"n"}}\'></div></span><jitco-timeline order=desc';
    const out = await prerender(input, { now: NOW });
    assert.equal(withoutRoots(out), input);
    assert.equal(textOf(headings(prerendered(out)[0].root)[0]), 'Hi');
  });

  it('prerenders an element nested 10,000 elements deep', async () => {
    const depth = 10_000;
    const input = '<div>'.repeat(depth) + '<jitco-greeting></jitco-greeting>' + '</div>'.repeat(depth);
    const out = await prerender(input, { now: NOW });
    assert.equal(withoutRoots(out), input);
    assert.equal((out.match(/<template shadowrootmode/g) ?? []).length, 1);
  });

  it('rejects bad options with a TypeError (not content: the caller’s mistake)', async () => {
    await assert.rejects(prerender('<jitco-greeting></jitco-greeting>', { now: 'soon' }), TypeError);
    await assert.rejects(prerender('<jitco-greeting></jitco-greeting>', { baseUrl: 'not a url' }), TypeError);
    await assert.rejects(prerender(undefined), TypeError);
  });
});

describe('prerender: content sources', () => {
  it('takes the data attribute', async () => {
    const data = JSON.stringify({ heading: 'From data', paragraphs: ['One.'], signature: { organization: 'O', role: 'R', name: 'N' } });
    const { element } = await one(`<jitco-greeting data='${data}'></jitco-greeting>`);
    assert.equal(textOf(headings(element.root)[0]), 'From data');
  });

  it('takes the child JSON script, which stays in place after the new root', async () => {
    const script = `<script type="application/json">${JSON.stringify(greeting)}</script>`;
    const { out, element } = await one(`<jitco-greeting>\n  ${script}\n</jitco-greeting>`);
    assert.equal(textOf(headings(element.root)[0]), 'Welcome');
    assert.ok(out.includes(`</template>\n  ${script}\n</jitco-greeting>`));
  });

  it('prefers data over the script, and the script over src', async () => {
    const data = JSON.stringify({ ...greeting, heading: 'D' });
    const script = `<script type="application/json">${JSON.stringify({ ...greeting, heading: 'S' })}</script>`;
    const both = await one(`<jitco-greeting data='${data}' src="${server.url}greeting.json">${script}</jitco-greeting>`);
    assert.equal(textOf(headings(both.element.root)[0]), 'D');
    const scriptFirst = await one(`<jitco-greeting src="${server.url}404">${script}</jitco-greeting>`);
    assert.equal(textOf(headings(scriptFirst.element.root)[0]), 'S');
    assert.deepEqual(warnings, [], 'a src that is not used is not fetched');
  });

  it('fetches an absolute src, without cookies', async () => {
    const { element } = await one(`<jitco-greeting src="${server.url}greeting.json"></jitco-greeting>`);
    assert.equal(textOf(headings(element.root)[0]), 'Welcome');
    const cookie = await one(`<jitco-greeting src="${server.url}cookie"></jitco-greeting>`);
    assert.equal(textOf(headings(cookie.element.root)[0]), 'no cookie');
  });

  it('resolves a relative src against baseUrl: http(s), or a file: URL read from disk', async () => {
    const http = await one('<jitco-greeting src="greeting.json"></jitco-greeting>', { now: NOW, baseUrl: `${server.url}page.html` });
    assert.equal(textOf(headings(http.element.root)[0]), 'Welcome');
    const file = await one('<jitco-greeting src="greeting.json"></jitco-greeting>', { now: NOW, baseUrl: pathToFileURL(join(folder, 'page.html')).href });
    assert.equal(textOf(headings(file.element.root)[0]), 'Welcome');
    assert.deepEqual(warnings, []);
  });

  it('picks localized content for the element’s language', async () => {
    const { element } = await one(`<jitco-greeting lang="ja" src="${server.url}greeting.json"></jitco-greeting>`);
    assert.equal(textOf(headings(element.root)[0]), 'ようこそ');
  });
});

describe('prerender: language and date', () => {
  it('takes lang from the element, then the nearest ancestor, then <html lang>, then en', async () => {
    const page = (body) => `<!doctype html><html lang="ja"><body>${body}</body></html>`;
    const tests = [
      [page('<div lang="vi"><section><jitco-name-change-notice></jitco-name-change-notice></section></div>'), vi.noticeHeading],
      [page('<div lang="vi"><jitco-name-change-notice lang="en"></jitco-name-change-notice></div>'), en.noticeHeading],
      [page('<div lang=""><jitco-name-change-notice></jitco-name-change-notice></div>'), ja.noticeHeading],
      ['<jitco-name-change-notice></jitco-name-change-notice>', en.noticeHeading],
    ];
    for (const [html, heading] of tests) {
      const { element } = await one(html);
      assert.equal(textOf(headings(element.root)[0]), heading, html);
    }
  });

  it('formats dates for the locale, Unicode extensions included', async () => {
    const { element } = await one('<jitco-name-change-notice lang="ja-JP-u-ca-japanese"></jitco-name-change-notice>');
    assert.equal(textOf(elementsOf(element.root, 'time')[0]), '令和2年4月1日');
  });

  it('uses `now` as today for elements without their own, and an element’s own now first', async () => {
    const before = await one('<jitco-name-change-notice></jitco-name-change-notice>', { now: '2020-03-31' });
    assert.equal(textOf(headings(before.element.root)[0]), en.noticeHeadingBefore);
    const own = await one('<jitco-name-change-notice now="2020-04-01"></jitco-name-change-notice>', { now: '2020-03-31' });
    assert.equal(textOf(headings(own.element.root)[0]), en.noticeHeading);
    const timeline = await one('<jitco-timeline></jitco-timeline>', { now: '2018-01-01' });
    assert.ok(textOf(timeline.element.root).includes(en.upcoming));
  });

  it('uses the real date without `now`', async () => {
    const { element } = await one('<jitco-name-change-notice></jitco-name-change-notice>', {});
    assert.equal(textOf(headings(element.root)[0]), en.noticeHeading);
  });

  it('hides a notice whose hide-after has passed: hidden on the host, nothing inside', async () => {
    const input = '<jitco-name-change-notice hide-after="2026-01-01"></jitco-name-change-notice>';
    const { out, element } = await one(input);
    assert.equal(element.attrs.hidden, '');
    assert.equal(elementsOf(element.root, 'h2').length, 0);
    const shown = await one(input, { now: '2025-12-31' });
    assert.equal(shown.element.attrs.hidden, undefined);
    // Written out independently (this compared the output with the same call, so it could not fail):
    // the host gets `hidden`, its shadow root only the styles.
    assert.match(out, /^<jitco-name-change-notice hide-after="2026-01-01" hidden><template shadowrootmode="open"><style>[^<]+<\/style><\/template><\/jitco-name-change-notice>$/);
  });

  it('reads the child JSON script whatever the case of its type, as the browser does', async () => {
    // A review planted a case-sensitive match here and no test failed.
    for (const type of ['application/json', 'Application/JSON', 'APPLICATION/JSON']) {
      const { text } = await one(`<jitco-greeting><script type="${type}">${JSON.stringify({ ...greeting, heading: 'Mixed case' })}</script></jitco-greeting>`);
      assert.match(text, /Mixed case/, type);
    }
  });

  it('adds a dismissible notice the script that hides it for a visitor who dismissed it, once', async () => {
    const { out } = await one('<jitco-name-change-notice dismissible></jitco-name-change-notice><jitco-name-change-notice></jitco-name-change-notice>');
    const scripts = out.match(/<script data-jitco-dismissed="([^"]*)">([^<]*)<\/script>/g) ?? [];
    assert.equal(scripts.length, 1, 'only the dismissible notice');
    assert.match(scripts[0], /^<script data-jitco-dismissed="jitco-notice-dismissed:[0-9a-z]+">try\{/);
    assert.equal(await prerender(out, { now: NOW }), out, 'prerendering again replaces it');
    const named = await prerender('<jitco-name-change-notice dismissible notice-id="a&quot;b&amp;c"></jitco-name-change-notice>', { now: NOW });
    assert.match(named, /data-jitco-dismissed="jitco-notice-dismissed:a&quot;b&amp;c"/);
    const gone = await prerender('<jitco-name-change-notice dismissible hide-after="2020-01-01"></jitco-name-change-notice>', { now: NOW });
    assert.ok(!gone.includes('data-jitco-dismissed'), 'a hidden notice needs none');
  });

  it('renders a dismissible notice as on a first visit, with its close button', async () => {
    const { element } = await one('<jitco-name-change-notice dismissible></jitco-name-change-notice>');
    const [button] = elementsOf(element.root, 'button');
    assert.equal(attr(button, 'aria-label'), 'Close notice');
    assert.equal(element.attrs.hidden, undefined);
  });
});

describe('prerender: bad input', () => {
  const defaultHeading = async (html, options = { now: NOW }) => {
    const { element } = await one(html, options);
    return textOf(headings(element.root)[0]);
  };

  it('invalid data JSON: the default content and the browser’s warning', async () => {
    assert.equal(await defaultHeading('<jitco-greeting data="{&quot;heading&quot;:"></jitco-greeting>'), 'Greeting');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^<jitco-greeting> data( at [^:]+)?: invalid JSON/);
  });

  it('content of the wrong shape: the default and a warning naming the JSON path', async () => {
    assert.equal(await defaultHeading('<jitco-greeting><script type="application/json">{"heading": 42, "paragraphs": "x"}</script></jitco-greeting>'), 'Greeting');
    assert.ok(warnings.some((w) => /^<jitco-greeting> script at heading: /.test(w)), warnings.join('\n'));
  });

  it('one bad timeline event is left out with its path, the rest render', async () => {
    const events = [{ date: '2001', title: 'Good' }, { date: '2019-13-40', title: 'Bad' }, { date: '2002', title: 'Also good' }];
    const { element } = await one(`<jitco-timeline><script type="application/json">${JSON.stringify({ events })}</script></jitco-timeline>`);
    assert.equal(elementsOf(element.root, 'li').length, 2);
    assert.ok(warnings.some((w) => w.startsWith('<jitco-timeline> script at events[1].date: ')), warnings.join('\n'));
  });

  for (const [name, path, pattern] of [
    ['an unreachable src', 'http://127.0.0.1:9/x.json', /could not load/],
    ['a src that answers 404', '404', /HTTP 404/],
    ['a src that is HTML, not JSON', 'html', /invalid JSON/],
    ['a src above 512 KiB', 'big', /larger than 512 KiB/],
    ['an empty src', 'empty', /empty/],
    ['a src of the wrong shape', 'wrong-shape.json', /at heading: /],
    ['a src that is not http(s)', 'javascript:alert(1)', /refused URL/],
  ]) {
    it(`${name}: the default content and one warning`, async () => {
      const src = /^[a-z]+:/.test(path) ? path : server.url + path;
      assert.equal(await defaultHeading(`<jitco-greeting src="${src}"></jitco-greeting>`), 'Greeting');
      // One warning for a failed load; one per bad path for content of the wrong shape.
      const count = warnings.filter((w) => w.startsWith('<jitco-greeting> src')).length;
      assert.equal(count, path === 'wrong-shape.json' ? 3 : 1, warnings.join('\n'));
      assert.match(warnings.find((w) => w.startsWith('<jitco-greeting> src')), pattern);
    });
  }

  it('a relative src without baseUrl, an absolute file: src, a missing or bad local file: the default and a warning', async () => {
    const base = pathToFileURL(join(folder, 'page.html')).href;
    for (const [html, options, pattern] of [
      ['<jitco-greeting src="greeting.json"></jitco-greeting>', { now: NOW }, /needs a base URL/],
      [`<jitco-greeting src="${pathToFileURL(join(folder, 'greeting.json')).href}"></jitco-greeting>`, { now: NOW, baseUrl: base }, /refused URL/],
      ['<jitco-greeting src="missing.json"></jitco-greeting>', { now: NOW, baseUrl: base }, /src "missing\.json" is not a readable file inside the site's folder/],
      ['<jitco-greeting src="bad.json"></jitco-greeting>', { now: NOW, baseUrl: base }, /invalid JSON/],
    ]) {
      warnings = [];
      assert.equal(await defaultHeading(html, options), 'Greeting');
      assert.equal(warnings.length, 1, `${html}: ${warnings.join('\n')}`);
      assert.match(warnings[0], pattern);
    }
  });

  it('gives up on a src after 10 s', { timeout: 20_000 }, async () => {
    assert.equal(await defaultHeading(`<jitco-greeting src="${server.url}slow"></jitco-greeting>`), 'Greeting');
    assert.match(warnings.join('\n'), /<jitco-greeting> src: no answer after 10 s/);
  });

  it('unknown attribute values: a warning naming the attribute, the default behaviour', async () => {
    const { element } = await one('<jitco-timeline heading-level="9" order="sideways" now="soon"></jitco-timeline>');
    assert.equal(headings(element.root)[0].tagName, 'h2');
    for (const name of ['heading-level', 'order', 'now'])
      assert.ok(warnings.some((w) => w.startsWith(`<jitco-timeline> attribute at ${name}: `)), `${name}: ${warnings.join('\n')}`);
    warnings = [];
    const notice = await one('<jitco-name-change-notice hide-after="someday"></jitco-name-change-notice>');
    assert.equal(notice.element.attrs.hidden, undefined);
    assert.ok(warnings.some((w) => w.startsWith('<jitco-name-change-notice> attribute at hide-after: ')));
  });

  it('never turns content into markup', async () => {
    const evil = '</template><script>alert(1)</script><img src=x onerror=alert(1)>';
    const content = { heading: evil, paragraphs: [evil], signature: { organization: evil, role: 'r', name: 'n' } };
    // Written as a page author must (`<` escaped in JSON, or `</script>` would end the script).
    const json = JSON.stringify(content).replace(/</g, '\\u003c');
    const { out, element } = await one(`<jitco-greeting><script type="application/json">${json}</script></jitco-greeting>`);
    assert.equal(textOf(headings(element.root)[0]), evil);
    assert.equal(elementsOf(element.root, 'script').length, 0);
    assert.equal(elementsOf(element.root, 'img').length, 0);
    assert.equal((out.match(/<script/g) ?? []).length, 1, 'only the JSON script');
  });

  it('an unsafe link URL is dropped with a warning, the rest shows', async () => {
    const content = { events: [{ date: '2001', title: 'T', link: { href: 'javascript:alert(1)', label: 'L' } }] };
    const { element } = await one(`<jitco-timeline data='${JSON.stringify(content)}'></jitco-timeline>`);
    assert.equal(elementsOf(element.root, 'a').length, 0);
    assert.ok(warnings.length >= 1);
  });
});

describe('prerender: Node only', () => {
  it('is never part of the browser entries or the CDN file', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dist = new URL('../../dist/', import.meta.url);
    const cdn = readdirSync(new URL('cdn/', dist)).filter((f) => f.endsWith('.js'));
    for (const file of cdn) {
      const code = readFileSync(new URL(`cdn/${file}`, dist), 'utf8');
      for (const word of ['sourceCodeLocationInfo', 'shadowrootmode', 'jitco-dismissed']) assert.ok(!code.includes(word), `${file} has ${word}`);
    }
    const index = readFileSync(new URL('index.js', dist), 'utf8');
    assert.ok(!/prerender/.test(index), 'dist/index.js imports no prerender module');
  });
});
