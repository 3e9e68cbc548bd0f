/**
 * Fetches an element's `src` at prerender time under the browser's rules: http(s) only, no
 * credentials, given up after 10 s, refused above 512 KiB. A relative `src` against a `file:`
 * base (the CLI's default: the page's own file) is read from disk, so a static site's content
 * files need no server. Node only.
 */
import { MAX_SRC_BYTES, SRC_TIMEOUT_MS } from '../core/content.js';

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
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return { error: baseUrl ? `refused URL "${src}" (http: or https: only)` : `relative URL "${src}" needs a base URL (baseUrl, --base-url)` };
  }
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(src.trim());
  if (url.protocol === 'file:' && relative) return readLocal(url, src);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `refused URL "${src}" (http: or https: only)` };
  const timeout = AbortSignal.timeout(SRC_TIMEOUT_MS);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: timeout, headers: { accept: 'application/json' } });
    if (!response.ok) {
      void response.body?.cancel();
      return { error: `HTTP ${response.status} ${response.statusText}`.trim() };
    }
    if (Number(response.headers.get('content-length')) > MAX_SRC_BYTES) {
      void response.body?.cancel();
      return tooLarge();
    }
    // Counted as it arrives: a missing or false Content-Length must not let a huge body in.
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_SRC_BYTES) {
        void reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
    if (!size) return { error: `empty response (HTTP ${response.status})` };
    return { body: decode(chunks, size) };
  } catch (error) {
    if (timeout.aborted) return { error: `no answer after ${SRC_TIMEOUT_MS / 1000} s` };
    const cause = (error as Error & { cause?: Error }).cause?.message;
    return { error: `could not load "${src}": ${(error as Error).message}${cause ? ` (${cause})` : ''}` };
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
    return { body: decode([bytes], bytes.byteLength) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { error: `could not load "${src}": ${code === 'ENOENT' ? 'no such file' : (error as Error).message}` };
  }
}

function decode(chunks: Uint8Array[], size: number): string {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
