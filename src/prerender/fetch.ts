/**
 * Loads an element's `src` at prerender time: a relative `src` against a `file:` base (the CLI's
 * default: the page's own file) is read from disk, only inside the site's folder; anything else
 * over http(s) under the browser's limits, never from the server's private network (`reach.ts`
 * says why and how). Node only.
 */
import { fetchOutside, readInsideRoot, type Loaded, type Reach } from './reach.js';

export type { Loaded, Reach } from './reach.js';

/** The body of `src` resolved against `baseUrl`, or what went wrong, in the browser's words. */
export async function loadSrc(src: string, baseUrl: string | undefined, reach: Reach = {}): Promise<Loaded> {
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(src.trim());
  if (relative && !baseUrl) return { error: `relative URL "${src}" needs a base URL (baseUrl, --base-url)` };
  const base = baseUrl ?? src;
  if (relative && baseUrl?.startsWith('file:')) return readInsideRoot(new URL(src, base), src, reach.root);
  return fetchOutside(src, base, reach);
}
