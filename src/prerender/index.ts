/**
 * `jitco-elements/prerender` (Node only): `prerender(html, { now, baseUrl })` returns the HTML with
 * every jitco element's shadow root as declarative shadow DOM. The CLI behind the package's
 * `jitco-elements` command uses it.
 */
export { prerender, type PrerenderOptions } from './prerender.js';
