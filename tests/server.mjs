// Test-only routes served by web-test-runner's dev server: content documents that succeed, fail,
// hang or are too large, and the seed text the default content is checked against.
import { existsSync, readFileSync } from 'node:fs';

const SHARED_SEED = new URL('../../shared/seed/greeting-page.txt', import.meta.url);
const FIXTURE_SEED = new URL('./fixtures/greeting-page.txt', import.meta.url);

const greeting = {
  heading: { en: 'Welcome', ja: 'ごあいさつ' },
  paragraphs: ['From src, first.', 'From src, second.'],
  signature: { organization: 'Partner Org', role: 'Director', name: 'A. Person' },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Valid greeting JSON of exactly `bytes` bytes (UTF-8), its size made up by an ignored
 * `padding` field of `x` (or of `あ`, three bytes each, with `fill=ja`: a limit counted in
 * characters would let that body in).
 */
function sizedGreeting(bytes, fill) {
  const head = JSON.stringify({ ...greeting, heading: `${bytes} bytes` }).slice(0, -1) + ',"padding":"';
  const tail = '"}';
  let room = bytes - Buffer.byteLength(head + tail);
  if (room < 0) throw new Error(`${bytes} bytes is too small for a greeting`);
  let padding = '';
  if (fill === 'ja') {
    padding = 'あ'.repeat(Math.floor(room / 3));
    room -= Buffer.byteLength(padding);
  }
  const body = head + padding + 'x'.repeat(room) + tail;
  if (Buffer.byteLength(body) !== bytes) throw new Error('sizedGreeting miscounted');
  return body;
}

/** `body` streamed in 64 KiB chunks, so the response has no Content-Length. */
async function streamed(body) {
  const { Readable } = await import('node:stream');
  const bytes = Buffer.from(body);
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024);
    })(),
  );
}

let pages;

export const testRoutes = async (context, next) => {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/seed/greeting-page.txt') {
    context.type = 'text/plain; charset=utf-8';
    context.body = readFileSync(existsSync(SHARED_SEED) ? SHARED_SEED : FIXTURE_SEED, 'utf8');
    return;
  }
  // The built CDN files byte for byte (the dev server transpiles every `.js` path it serves,
  // which would break their integrity values): the builder's embed code is tested against them.
  const cdnFile = /^\/test-api\/cdn\/([\w.-]+\.js)$/.exec(url.pathname)?.[1];
  if (cdnFile) {
    context.type = 'text/javascript';
    context.body = readFileSync(new URL(`../dist/cdn/${cdnFile}`, import.meta.url));
    return;
  }
  if (!url.pathname.startsWith('/test-api/')) return next();
  // sanitize-html runs in Node (CommonJS, Node's modules): the paste tests send it the builder's
  // code and the options it adds to the defaults (README "Pasting into a CMS"), and get its output.
  // The prerender CLI's own render (dist/prerender, after `npm run build`), for comparing the
  // builder's prerendered code with it.
  if (url.pathname === '/test-api/prerender' && context.method === 'POST') {
    const { prerender } = await import('../dist/prerender/prerender.js');
    let body = '';
    for await (const chunk of context.req) body += chunk;
    context.type = 'text/html; charset=utf-8';
    context.body = await prerender(body);
    return;
  }
  // A page made of the posted HTML (a paste test's code), served as a real document so its
  // declarative shadow roots are parsed; `GET ?id=` returns it.
  if (url.pathname === '/test-api/page') {
    pages ??= new Map();
    if (context.method === 'POST') {
      let body = '';
      for await (const chunk of context.req) body += chunk;
      const id = String(pages.size + 1);
      pages.set(id, body);
      context.body = id;
    } else {
      context.type = 'text/html; charset=utf-8';
      context.body = pages.get(url.searchParams.get('id')) ?? '';
    }
    return;
  }
  // tests/hydration.test.ts's pages: server HTML from Lit's SSR, the prerenderer or none, with
  // and without Lit's hydrate support (tests/hydration/server.mjs).
  if (url.pathname === '/test-api/hydration') {
    const { hydrationPage } = await import('./hydration/server.mjs');
    const page = await hydrationPage(url.searchParams.get('server'), url.searchParams.get('support'));
    if (page === undefined) return next();
    context.type = 'text/html; charset=utf-8';
    context.body = page;
    return;
  }
  if (url.pathname === '/test-api/sanitize-html' && context.method === 'POST') {
    const { default: sanitizeHtml } = await import('sanitize-html');
    let body = '';
    for await (const chunk of context.req) body += chunk;
    const { html, added } = JSON.parse(body);
    const options = added
      ? {
          allowedTags: sanitizeHtml.defaults.allowedTags.concat(added.allowedTags),
          allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, ...added.allowedAttributes },
        }
      : {};
    context.type = 'text/html; charset=utf-8';
    context.body = sanitizeHtml(html, options);
    return;
  }
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await sleep(delay);
  switch (url.pathname.slice('/test-api/'.length)) {
    case 'greeting.json':
      context.type = 'application/json';
      context.body = JSON.stringify(greeting);
      return;
    case 'plain-json':
      // Served as text but JSON all the same: accepted.
      context.type = 'text/plain';
      context.body = JSON.stringify(greeting);
      return;
    case 'html':
      context.type = 'text/html';
      context.body = '<!doctype html><title>Not found</title><p>Oops</p>';
      return;
    case 'big':
      context.type = 'application/json';
      context.body = JSON.stringify({ ...greeting, padding: 'x'.repeat(600 * 1024) });
      return;
    case 'big-chunked': {
      // No Content-Length: the limit must be enforced while reading.
      const { Readable } = await import('node:stream');
      const chunk = 'x'.repeat(64 * 1024);
      context.type = 'application/json';
      context.body = Readable.from(
        (function* () {
          yield '{"padding":"';
          for (let i = 0; i < 10; i++) yield chunk;
          yield '"}';
        })(),
      );
      return;
    }
    case 'sized': {
      // `?bytes=N`: valid content of exactly N bytes; `&chunked` sends it without Content-Length.
      const body = sizedGreeting(Number(url.searchParams.get('bytes')), url.searchParams.get('fill'));
      context.type = 'application/json';
      context.body = url.searchParams.has('chunked') ? await streamed(body) : body;
      return;
    }
    case 'cookie': {
      // Whether the request carried the page's cookies, as the heading of valid content.
      context.type = 'application/json';
      context.set('cache-control', 'no-store');
      const cookie = context.get('cookie');
      context.body = JSON.stringify({ ...greeting, heading: cookie ? `cookies sent: ${cookie}` : 'no cookies' });
      return;
    }
    case 'hang':
      // Never answers within the element's 10 s limit.
      await sleep(20_000);
      context.status = 204;
      return;
    case 'no-content':
      context.status = 204;
      return;
    case 'wrong-shape':
      context.type = 'application/json';
      context.body = JSON.stringify({ heading: 42, paragraphs: 'x' });
      return;
    default:
      context.status = 404;
      context.body = 'not found';
  }
};
