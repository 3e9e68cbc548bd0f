/**
 * The builder page's entry (builder/index.html): reads the release the build wrote into the
 * page (package name, version, CDN integrity values) and starts the builder.
 */
import { mountBuilder } from './app.js';
import type { Release } from './embed.js';

const root = document.getElementById('builder') as HTMLElement;
let release: Release | undefined;
try {
  release = JSON.parse(document.getElementById('release')?.textContent ?? '');
} catch {
  release = undefined;
}
let storage: Storage | undefined;
try {
  // Throws where storage is refused (some browsers for pages from disk, sandboxed frames).
  storage = window.sessionStorage;
} catch {
  storage = undefined;
}
if (release?.integrity?.['jitco-elements.js']) {
  mountBuilder(root, release, storage);
} else {
  root.textContent = 'This page was not built: run npm run build, then open builder-dist/index.html.';
}
