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
