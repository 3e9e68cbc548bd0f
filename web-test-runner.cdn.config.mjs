// The built CDN files as partners load them (`npm run test:cdn`, after `npm run build`), in two groups:
// - `cdn-pages`: tests/cdn/ opens pages of tests/cdn/pages/ in iframes; the pages load
//   dist/cdn/*.js and nothing else;
// - `cdn-build`: the element test files below, with an import map that swaps each element's
//   source entry for dist/cdn/jitco-elements.js, so the transforms only the CDN file gets (the
//   legacy-decorator shim, the minimal `__decorate`, private-name mangling, terser's unsafe
//   options, Lit's production build) run under the same assertions as the sources.
import baseConfig from './web-test-runner.config.mjs';

/** Pages served under a strict Content-Security-Policy, Trusted Types required for scripts. */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const cspHeader = async (context, next) => {
  await next();
  if (context.path.startsWith('/tests/cdn/pages/csp')) context.set('Content-Security-Policy', STRICT_CSP);
};

/**
 * Element test files that import elements only through their `define` entries (or
 * `src/index.ts`), never a class or module of the element: they run unchanged on the CDN file.
 */
export const CDN_BUILD_FILES = [
  'tests/greeting/greeting.test.ts',
  'tests/timeline/timeline.test.ts',
  'tests/name-change-notice/name-change-notice.test.ts',
  'tests/core/events.test.ts',
  'tests/core/lang.test.ts',
  'tests/core/src-request.test.ts',
];

/** Every module that defines elements, mapped to the CDN file (one module: one definition of each). */
const CDN_FILE = '/dist/cdn/jitco-elements.js';
const importMap = {
  imports: Object.fromEntries(
    ['/src/index', '/src/greeting/define', '/src/timeline/define', '/src/name-change-notice/define']
      // The dev server rewrites `define.js` imports of the tests to the `.ts` sources it serves.
      .flatMap((entry) => [`${entry}.js`, `${entry}.ts`])
      .map((entry) => [entry, CDN_FILE]),
  ),
};

export default {
  ...baseConfig,
  files: undefined,
  middleware: [cspHeader, ...baseConfig.middleware],
  groups: [
    { name: 'cdn-pages', files: ['tests/cdn/*.test.ts'] },
    {
      name: 'cdn-build',
      files: CDN_BUILD_FILES,
      testRunnerHtml: (testFramework) =>
        `<!DOCTYPE html><html><head><script type="importmap">${JSON.stringify(importMap)}</script></head><body>` +
        `<script type="module" src="/tests/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
};
