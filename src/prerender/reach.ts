/**
 * What the prerenderer may read: a page's `src` is written by whoever edits the page, and the
 * prerenderer runs on a build or CMS server with that server's files and network. So:
 *
 * - a local file only inside the site's root folder, checked on the real path (percent-decoding
 *   and symlinks resolved), with one message for "outside", "missing" and "unreadable", so an
 *   answer never tells whether a file exists outside, and never any of its text;
 * - a network `src` over http(s) only, 10 s and 512 KiB as in the browser, redirects followed by
 *   hand and only within the same origin, and never to a loopback, private, link-local or
 *   metadata address (checked on every address a host name resolves to, at connect time, so a
 *   name that changes its address between the check and the request cannot get through), unless
 *   `allowPrivateNetwork` says so.
 *
 * Node only. Its Node modules are imported through variable specifiers so the browser-typed
 * sources need no Node types.
 */
import { MAX_SRC_BYTES, readBody, SRC_TIMEOUT_MS } from '../core/content.js';
import { isHttpUrl } from '../core/values.js';

export type Loaded = { body: string } | { error: string };

/** Where and how far the prerenderer may reach for a `src`. */
export interface Reach {
  /** The folder local `src` files must be inside: a path, or a `file:` URL. */
  root?: string;
  /** Allow network `src` on loopback, private, link-local and metadata addresses. */
  allowPrivateNetwork?: boolean;
}

const MAX_REDIRECTS = 5;
const tooLarge = (): Loaded => ({ error: `response is larger than ${MAX_SRC_BYTES / 1024} KiB` });

/* eslint-disable @typescript-eslint/no-explicit-any -- Node's modules, untyped on purpose (above) */
const node = async <T = any>(name: string): Promise<T> => (await import(name)) as T;

/**
 * The body of a local `src` (a `file:` URL), if the file is inside `root`. Every refusal before
 * the file is known to be inside says the same thing.
 */
export async function readInsideRoot(url: URL, src: string, root: string | undefined): Promise<Loaded> {
  const refused: Loaded = { error: `src "${src}" is not a readable file inside the site's folder (see --root)` };
  if (!root) return refused;
  const fs = await node('node:fs/promises');
  const path = await node('node:path');
  const { fileURLToPath } = await node('node:url');
  let real: string;
  let realRoot: string;
  try {
    // The URL parser already made `%2e%2e` a `..` segment; realpath resolves the symlinks.
    real = await fs.realpath(fileURLToPath(url));
    realRoot = await fs.realpath(root.startsWith('file:') ? fileURLToPath(root) : root);
  } catch {
    return refused;
  }
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) return refused;
  try {
    const stat = await fs.stat(real);
    if (!stat.isFile()) return refused;
    if (stat.size > MAX_SRC_BYTES) return tooLarge();
    const bytes: Uint8Array = await fs.readFile(real);
    if (!bytes.byteLength) return { error: `empty file "${src}"` };
    return { body: new TextDecoder().decode(bytes) };
  } catch {
    return refused;
  }
}

/** IPv4 as four numbers, or undefined. */
const ipv4 = (address: string) => {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((p) => Number.isInteger(p) && p >= 0 && p <= 255) ? parts : undefined;
};

/** True for an address a page's `src` must not reach from the server (see the module's comment). */
export function isInternalAddress(address: string): boolean {
  let a = address.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1];
  const v4 = ipv4(a);
  if (v4) {
    const [x, y] = v4;
    return (
      x === 0 || x === 10 || x === 127 || (x === 100 && y >= 64 && y <= 127) || (x === 169 && y === 254) ||
      (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168) || (x === 192 && y === 0) ||
      (x === 198 && (y === 18 || y === 19)) || x >= 224
    );
  }
  // IPv6: unspecified, loopback, unique local (fc00::/7), link-local (fe80::/10), multicast,
  // and IPv4-compatible or NAT64 forms of internal addresses are refused.
  if (a === '::' || a === '::1') return true;
  return /^(f[cd]|fe[89ab]|ff)/.test(a) || /^::(\d|ffff:)/.test(a) || /^64:ff9b::/.test(a);
}

/**
 * GETs an http(s) `src` under the browser's limits and the rules above. The body is read by the
 * browser's own `readBody` (status, size and emptiness, in its words); only the connection
 * (addresses, redirects, the deadline) is this module's. No credentials: no cookies are kept or sent.
 */
export async function fetchOutside(src: string, base: string, reach: Reach): Promise<Loaded> {
  if (!isHttpUrl(src, base)) return { error: `refused URL "${src}" (http: or https: only)` };
  let url = new URL(src, base);
  const deadline = Date.now() + SRC_TIMEOUT_MS;
  let timedOut = false;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const answer = await get(url, reach, deadline, src, () => (timedOut = true));
    if ('error' in answer) return answer;
    if ('response' in answer) {
      try {
        return { body: await readBody(answer.response) };
      } catch (error) {
        return { error: timedOut ? `no answer after ${SRC_TIMEOUT_MS / 1000} s` : (error as Error).message };
      }
    }
    const next = URL.canParse(answer.location, url) ? new URL(answer.location, url) : undefined;
    if (!next || next.origin !== url.origin) return { error: `could not load "${src}": redirect to another origin refused` };
    url = next;
  }
  return { error: `could not load "${src}": too many redirects` };
}

type Answer = { error: string } | { location: string } | { response: Response };

// Statuses whose Response has no body (the constructor refuses one).
const NO_BODY = new Set([101, 204, 205, 304]);

async function get(url: URL, reach: Reach, deadline: number, src: string, onTimeout: () => void): Promise<Answer> {
  const net = await node('node:net');
  const dns = await node('node:dns');
  const { Readable } = await node('node:stream');
  const client = await node(url.protocol === 'https:' ? 'node:https' : 'node:http');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const internal = { error: `could not load "${src}": refused address (private network; see allowPrivateNetwork)` };
  if (!reach.allowPrivateNetwork && net.isIP(host) && isInternalAddress(host)) return internal;
  // Checked when the connection is made, on the address it connects to.
  const lookup = (hostname: string, options: any, callback: any) =>
    dns.lookup(hostname, { ...options, all: true }, (error: Error | null, addresses: { address: string; family: number }[]) => {
      if (error) return callback(error);
      if (!reach.allowPrivateNetwork && addresses.some(({ address }) => isInternalAddress(address)))
        return callback(Object.assign(new Error('refused address'), { code: 'EJITCOINTERNAL' }));
      return options?.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family);
    });
  return new Promise<Answer>((resolve) => {
    // One deadline for every hop and the body: the request is destroyed when it passes.
    const timer = setTimeout(() => {
      onTimeout();
      request.destroy();
      resolve({ error: `no answer after ${SRC_TIMEOUT_MS / 1000} s` });
    }, Math.max(0, deadline - Date.now()));
    (timer as unknown as { unref?: () => void }).unref?.();
    const request = client.get(url, { headers: { accept: 'application/json' }, lookup }, (message: any) => {
      const status: number = message.statusCode;
      if (status >= 300 && status < 400 && message.headers.location) {
        clearTimeout(timer);
        message.resume();
        return resolve({ location: String(message.headers.location) });
      }
      const length = message.headers['content-length'];
      message.on('end', () => clearTimeout(timer));
      resolve({
        response: new Response(NO_BODY.has(status) ? null : Readable.toWeb(message), {
          status,
          statusText: message.statusMessage,
          headers: length === undefined ? {} : { 'content-length': String(length) },
        }),
      });
    });
    request.on('error', (error: Error & { code?: string }) => {
      clearTimeout(timer);
      resolve(error.code === 'EJITCOINTERNAL' ? internal : { error: `could not load "${src}": ${error.code ?? error.message}` });
    });
  });
}
/* eslint-enable @typescript-eslint/no-explicit-any */
