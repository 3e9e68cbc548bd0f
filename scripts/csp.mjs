// The hashes a strict Content-Security-Policy needs for prerendered pages (issue 19): each
// element's inline `<style>` in its declarative shadow root, and the dismissible notice's inline
// script. Taken from what the package's own prerenderer writes (never copied by hand), written by
// `npm run build` to dist/cdn/csp.json beside integrity.json, and into README.md by
// `npm run sync:integrity`; tests/artifacts/integrity.test.mjs holds both to the build.
import { createHash } from 'node:crypto';

/** Pages that between them make every style and script the prerenderer can write. */
export const CSP_SAMPLES = [
  '<jitco-greeting></jitco-greeting><jitco-greeting collapsed lang="ja" data=\'{"heading":"見出し","paragraphs":["本文"],"signature":{"organization":"組織","role":"理事長","name":"氏名"}}\'></jitco-greeting>',
  '<jitco-timeline></jitco-timeline><jitco-timeline lang="vi" order="desc" group-by="decade"></jitco-timeline>',
  '<jitco-name-change-notice></jitco-name-change-notice><jitco-name-change-notice dismissible lang="th"></jitco-name-change-notice>',
];

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The inline styles' and scripts' CSP sources of prerendered HTML, sorted, without repeats. */
export function inlineSources(html) {
  // Only the styles the prerenderer writes: first in each declarative shadow root.
  const styles = [...html.matchAll(/<template shadowrootmode="open"><style>([^<]*)<\/style>/g)].map((m) => sha256(m[1]));
  const scripts = [...html.matchAll(/<script data-jitco-dismissed="[^"]*">([^<]*)<\/script>/g)].map((m) => sha256(m[1]));
  return { 'style-src': [...new Set(styles)].sort(), 'script-src': [...new Set(scripts)].sort() };
}

/** dist/cdn/csp.json's content, from the prerenderer given. */
export async function cspHashes(prerender) {
  const pages = await Promise.all(CSP_SAMPLES.map((html) => prerender(html, { now: '2026-06-01' })));
  return inlineSources(pages.join(''));
}

/** The README's policy for a page that loads the CDN file from `cdnOrigin` and has prerendered elements. */
export const policy = (hashes, cdnOrigin = 'https://cdn.jsdelivr.net') =>
  `default-src 'self'; script-src 'self' ${cdnOrigin} ${hashes['script-src'].join(' ')}; style-src 'self' ${hashes['style-src'].join(' ')}; object-src 'none'; base-uri 'none'`;
