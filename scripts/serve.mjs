// Serves the demo page and the built files on http://localhost:8000/ (PORT to change it), to this
// machine only (127.0.0.1). A dependency-free static server: the demo must run with nothing but
// `npm start`. It serves files under the project root only, and no file or folder whose name
// starts with a dot (.git/, .npmrc, …).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

const host = '127.0.0.1';

const answer = (response, status, text) => {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
};

createServer((request, response) => {
  let url, pathname;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return answer(response, 400, 'Bad request'); // `/%`, `/%zz`: not a valid URL (encoding)
  }
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    return response.end();
  }
  // Only files under the project root (`root + sep`: not a sibling folder whose name starts with
  // the root's), and no dot-files or dot-folders at any depth.
  let file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return answer(response, 403, 'Forbidden');
  if (file.slice(root.length).split(sep).some((part) => part.startsWith('.'))) return answer(response, 404, 'Not found');
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
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}).listen(port, host, () => {
  console.log(`jitco-elements demo: http://localhost:${port}/demo/`);
});
