// Routes of the prerender browser tests (web-test-runner.prerender.config.mjs):
// `/prerendered/<page>?script=…` serves tests/prerender/pages/<page>.html prerendered by
// dist/prerender (run `npm run build` first), with the script a partner would load:
//   module   the CDN module          classic  the CDN classic script (defer)
//   npm      the npm entry (dist/index.js, Lit from node_modules)
//   late     the CDN module, added when the test calls `loadElements()` (after the first paint,
//            as on a slow network)
//   none     no script at all (JavaScript off, a blocked CDN)
// `&prerender=no` serves the page as written (plain tags), for the client-rendered comparison;
// `&csp=strict` sends the README's strict Content-Security-Policy (scripts/csp.mjs, the hashes of
// dist/cdn/csp.json, the scripts from this origin) as a real header;
// `&dismissal=off` leaves out the notices' dismissal scripts (as a CSP that blocks them would).
import { readFileSync } from 'node:fs';

const SCRIPTS = {
  module: '<script type="module" src="/dist/cdn/jitco-elements.js"></script>',
  classic: '<script defer src="/dist/cdn/jitco-elements.classic.js"></script>',
  npm: '<script type="module">import "/dist/index.js";</script>',
  late: `<script>
    window.loadElements = () => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/jitco-elements.js';
      document.head.append(script);
    };
  </script>`,
  none: '',
};

const NOTICE = { formerName: 'Old Partner Name', newName: 'New Partner Name', effectiveDate: '2021-04-01' };

export const prerenderRoutes = async (context, next) => {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/prerender-api/notice.json') {
    // Slow enough that the upgrade happens while the browser loads it again.
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('delay') ?? 0)));
    context.type = 'application/json';
    context.body = JSON.stringify(NOTICE);
    return;
  }
  if (!url.pathname.startsWith('/prerendered/')) return next();
  const name = url.pathname.slice('/prerendered/'.length);
  const script = url.searchParams.get('script') ?? 'none';
  if (!/^[a-z-]+$/.test(name) || !(script in SCRIPTS)) return next();
  const { prerender } = await import('../../dist/prerender/index.js');
  let html = readFileSync(new URL(`./pages/${name}.html`, import.meta.url), 'utf8');
  if (url.searchParams.get('prerender') !== 'no') // The test server is the site's own (127.0.0.1): trusted as a site would with the option.
    html = await prerender(html, { baseUrl: `${context.origin}${url.pathname}`, allowPrivateNetwork: true });
  if (url.searchParams.get('dismissal') === 'off') html = html.replace(/<script data-jitco-dismissed="[^"]*">[^<]*<\/script>/g, '');
  if (url.searchParams.get('csp') === 'strict') {
    const { policy } = await import('../../scripts/csp.mjs');
    const hashes = JSON.parse(readFileSync(new URL('../../dist/cdn/csp.json', import.meta.url), 'utf8'));
    context.set('Content-Security-Policy', policy(hashes, "'self'"));
  }
  context.type = 'text/html';
  context.body = html.replace('<!-- SCRIPT -->', SCRIPTS[script]);
};
