// `npm start` (after the build): serves the embed builder at http://localhost:8000/builder/
// (from builder-dist/), the demo at /demo/ and the built files, to this machine only
// (127.0.0.1; PORT to change the port). `/` goes to the builder. See scripts/static-server.mjs.
import { resolve } from 'node:path';
import { createStaticServer, listen } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);

const server = createStaticServer({
  root,
  mounts: { '/builder/': resolve(root, 'builder-dist') },
  redirects: { '/': '/builder/' },
});
await listen(server, port);
console.log(`jitco-elements embed builder: http://localhost:${port}/builder/ (demo: http://localhost:${port}/demo/)`);
