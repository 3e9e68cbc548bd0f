// The built CDN files as partners load them (`npm run test:cdn`, after `npm run build`): each
// test opens pages of tests/cdn/pages/ in iframes; the pages load dist/cdn/*.js and nothing else.
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

export default {
  ...baseConfig,
  files: ['tests/cdn/*.test.ts'],
  middleware: [cspHeader, ...baseConfig.middleware],
};
