// Browser tests: TypeScript sources served through esbuild, run in the system's Chromium, Firefox
// ESR and WebKitGTK (`BROWSERS=chromium` or any comma-separated subset to narrow the run). No test
// tool downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_FLAGS, findChromium, findFirefox, findWebKit, selectedEngines } from './scripts/browsers.mjs';
import { heapPlugin } from './scripts/heap-plugin.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { rerunReporter } from './scripts/wtr.mjs';
import { testRoutes } from './tests/server.mjs';

const chromiumFlags = [
  ...CHROMIUM_FLAGS,
  '--disable-quic',
  // Several test pages run at once; none may be throttled as a background tab (rAF would stall).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumFlags },
      // The test origin may use the clipboard, as after a person's "Allow": the builder's Copy
      // test reads back what it wrote (Firefox and WebKit have no such switch).
      async createPage({ config, context }) {
        const origin = `${config.protocol ?? 'http:'}//${config.hostname ?? 'localhost'}:${config.port}`;
        await context.overridePermissions(origin, ['clipboard-read', 'clipboard-sanitized-write']);
        return context.newPage();
      },
    }),
  // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver.
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: {
          // Keep timers and rAF running in a page that is not focused.
          'dom.min_background_timeout_value': 4,
          'layout.frame_rate': 60,
        },
      },
    }),
  webkit: () => webkitLauncher(findWebKit()),
};

export default {
  // tests/cdn/ runs against the built files, with its own server headers: web-test-runner.cdn.config.mjs;
  // tests/prerender/ against prerendered pages: web-test-runner.prerender.config.mjs.
  files: ['tests/**/*.test.ts', '!tests/cdn/**', '!tests/prerender/**'],
  nodeResolve: true,
  middleware: [testRoutes],
  // One page at a time per browser (a background tab stalls requestAnimationFrame), and one
  // browser at a time: the machines have two cores.
  concurrency: 1,
  concurrentBrowsers: 1,
  // A backstop only: each test fails after its Mocha timeout (15 s unless it sets its own), and
  // tests/setup.ts keeps a failing assertion about DOM nodes from hanging the page. The slowest
  // file (tests/fuzz/content.test.ts) takes about 90 s in Chromium; this allows WebKit three times that.
  testsFinishTimeout: 300_000,
  // tests/setup.ts runs before each test file: an assertion about DOM nodes fails instead of hanging.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/tests/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 15_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), heapPlugin()],
  browsers: selectedEngines().map((engine) => launchers[engine]()),
  // For scripts/wtr.mjs (`npm test` runs wtr through it): which files lost their browser.
  reporters: [defaultReporter(), rerunReporter()],
};
