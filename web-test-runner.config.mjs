// Browser tests: TypeScript sources served through esbuild, run in headless Chromium from the
// system (Debian's `chromium`, or CHROME_PATH); no test tool downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium } from './scripts/browsers.mjs';
import { testRoutes } from './tests/server.mjs';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Several test pages run at once; none may be throttled as a background tab (rAF would stall).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export default {
  // tests/cdn/ runs against the built files, with its own server headers: web-test-runner.cdn.config.mjs.
  files: ['tests/**/*.test.ts', '!tests/cdn/**'],
  nodeResolve: true,
  middleware: [testRoutes],
  // One page at a time: Chromium stalls requestAnimationFrame in a second, background tab.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumFlags },
    }),
  ],
};
