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
    // Read up to one byte past the limit whatever the size says: a file whose size reads 0
    // (under /proc, a pipe) may still be endless.
    const file = await fs.open(real, 'r');
    const bytes = new Uint8Array(MAX_SRC_BYTES + 1);
    let length = 0;
    try {
      while (length < bytes.length) {
        const { bytesRead } = await file.read(bytes, length, bytes.length - length, null);
        if (!bytesRead) break;
        length += bytesRead;
      }
    } finally {
      await file.close();
    }
    if (length > MAX_SRC_BYTES) return tooLarge();
    if (!length) return { error: `empty file "${src}"` };
    return { body: new TextDecoder().decode(bytes.subarray(0, length)) };
  } catch {
    return refused;
  }
}

/** IPv4 as four numbers, or undefined. */
const ipv4 = (address: string) => {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((p) => Number.isInteger(p) && p >= 0 && p <= 255) ? parts : undefined;
};

/** IPv6 as eight 16-bit numbers (any spelling: `::`, leading zeros, a dotted IPv4 tail), or undefined. */
function ipv6(address: string): number[] | undefined {
  let text = address;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = ipv4(tail[1]);
    if (!v4) return undefined;
    text = `${text.slice(0, tail.index)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const part = (half: string) => (half ? half.split(':') : []);
  const head = part(halves[0]);
  const rest = halves.length === 2 ? part(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => parseInt(g, 16));
}

/** The IPv4 address in two 16-bit groups, as four numbers. */
const v4From = (high: number, low: number) => [high >> 8, high & 255, low >> 8, low & 255];

/** True for an internal IPv4 address, as four numbers. */
function internalV4([x, y]: number[]): boolean {
  return (
    x === 0 || x === 10 || x === 127 || (x === 100 && y >= 64 && y <= 127) || (x === 169 && y === 254) ||
    (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168) || (x === 192 && y === 0) ||
    (x === 198 && (y === 18 || y === 19)) || x >= 224
  );
}

/**
 * True for an address a page's `src` must not reach from the server (see the module's comment):
 * private, loopback, link-local, shared, benchmark, multicast and reserved IPv4; for IPv6 the
 * same, however it is spelled, and every form that carries an IPv4 address (mapped, compatible,
 * 6to4 `2002::/16`) by that address; NAT64, Teredo, discard and documentation ranges are refused
 * whole. An address that is neither is refused too.
 */
export function isInternalAddress(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = ipv4(a);
  if (v4) return internalV4(v4);
  const g = ipv6(a);
  if (!g) return true;
  const zeros = (from: number, to: number) => g.slice(from, to).every((n) => n === 0);
  // ::, ::1, and IPv4-compatible (::a.b.c.d, deprecated): all refused.
  if (zeros(0, 6)) return true;
  // IPv4-mapped ::ffff:a.b.c.d and 6to4 2002:aabb:ccdd::/48: by their IPv4 address.
  if (zeros(0, 5) && g[5] === 0xffff) return internalV4(v4From(g[6], g[7]));
  if (g[0] === 0x2002) return internalV4(v4From(g[1], g[2]));
  return (
    (g[0] & 0xfe00) === 0xfc00 || // unique local fc00::/7 (fd00:ec2::254, the cloud metadata address)
    (g[0] & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g[0] & 0xff00) === 0xff00 || // multicast
    (g[0] === 0x64 && g[1] === 0xff9b) || // NAT64 64:ff9b::/96 and 64:ff9b:1::/48
    (g[0] === 0x2001 && g[1] === 0) || // Teredo 2001::/32
    (g[0] === 0x2001 && g[1] === 0xdb8) || // documentation
    (g[0] === 0x100 && zeros(1, 4)) // discard 100::/64
  );
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
