// The one static file server of the project (`npm start` through scripts/serve.mjs, and
// scripts/check-storybook.mjs): dependency-free, listening on 127.0.0.1 only. It serves files
// under its folders only (`..`, encoded or not, cannot leave them), and no file or folder whose
// name starts with a dot (.git/, .npmrc, …).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const answer = (response, status, text) => {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
};

/**
 * The file under `folder` that `pathname` (decoded, starting with `/`) names, or a status:
 * 403 outside the folder, 404 for a dot-name at any depth.
 */
export function fileIn(folder, pathname) {
  const root = resolve(folder);
  // `root + sep`: not a sibling folder whose name starts with the root's.
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return 403;
  if (file.slice(root.length).split(sep).some((part) => part.startsWith('.'))) return 404;
  return file;
}

/**
 * An `http.Server` (not listening yet) serving `root`. `mounts` maps a URL prefix ending in `/`
 * to another folder (`{ '/builder/': 'builder-dist' }`, longest prefix first); `redirects` maps
 * an exact path to a location (`{ '/': '/builder/' }`). A folder answers with its index.html.
 */
export function createStaticServer({ root, mounts = {}, redirects = {} }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  return createServer((request, response) => {
    let url, pathname;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return answer(response, 400, 'Bad request'); // `/%`, `/%zz`: not a valid URL (encoding)
    }
    if (Object.hasOwn(redirects, pathname)) {
      response.writeHead(302, { location: redirects[pathname] });
      return response.end();
    }
    const prefix = prefixes.find((p) => pathname.startsWith(p) || pathname === p.slice(0, -1));
    let file = prefix ? fileIn(mounts[prefix], `/${pathname.slice(prefix.length)}`) : fileIn(root, pathname);
    if (file === 403) return answer(response, 403, 'Forbidden');
    if (file === 404) return answer(response, 404, 'Not found');
    try {
      if (statSync(file).isDirectory()) {
        // `/demo` → `/demo/`, so that the page's relative URLs resolve inside its folder.
        // (Still encoded, and one leading slash: never `//host/`.)
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `/${url.pathname.replace(/^\/+/, '')}/` });
          return response.end();
        }
        file = join(file, 'index.html');
      }
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return answer(response, 404, 'Not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
}

/** Starts `server` on 127.0.0.1:`port` (0: any free port); resolves to its base URL. */
export function listen(server, port) {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(`http://127.0.0.1:${server.address().port}`));
  });
}

/** A free TCP port on 127.0.0.1, for a server started by another program (WebKitWebDriver, php -S). */
export const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createTcpServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
