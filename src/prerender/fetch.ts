/**
 * Fetches an element's `src` at prerender time under the browser's rules: http(s) only, no
 * credentials, given up after 10 s, refused above 512 KiB. A relative `src` against a `file:`
 * base (the CLI's default: the page's own file) is read from disk, so a static site's content
 * files need no server. Node only.
 */
import { fetchContent, MAX_SRC_BYTES } from '../core/content.js';

export type Loaded = { body: string } | { error: string };

const tooLarge = () => ({ error: `response is larger than ${MAX_SRC_BYTES / 1024} KiB` });

// A variable specifier: the module is Node's, and the browser-typed sources need no Node types.
const FS = 'node:fs/promises';
interface FsPromises {
  stat(path: URL): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: URL): Promise<Uint8Array>;
}

/** The body of `src` resolved against `baseUrl`, or what went wrong, in the browser's words. */
export async function loadSrc(src: string, baseUrl: string | undefined): Promise<Loaded> {
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(src.trim());
  if (relative && !baseUrl) return { error: `relative URL "${src}" needs a base URL (baseUrl, --base-url)` };
  const base = baseUrl ?? src;
  if (relative && baseUrl?.startsWith('file:')) return readLocal(new URL(src, base), src);
  try {
    // The browser's own fetch: http(s) only, no credentials, 10 s, 512 KiB, the same messages.
    return { body: await fetchContent(src, base) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function readLocal(url: URL, src: string): Promise<Loaded> {
  try {
    const fs = (await import(FS)) as FsPromises;
    const stat = await fs.stat(url);
    if (!stat.isFile()) return { error: `could not load "${src}": not a file` };
    if (stat.size > MAX_SRC_BYTES) return tooLarge();
    const bytes = await fs.readFile(url);
    if (!bytes.byteLength) return { error: `empty file "${src}"` };
    return { body: new TextDecoder().decode(bytes) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { error: `could not load "${src}": ${code === 'ENOENT' ? 'no such file' : (error as Error).message}` };
  }
}
