// web-test-runner launcher for WebKitGTK: starts the system's WebKitWebDriver (under xvfb-run when
// there is no display: the GTK MiniBrowser has no headless mode), drives the MiniBrowser through
// it with @web/test-runner-webdriver, and stops the driver and Xvfb with the run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child, timeout = 20_000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
}

/** @param {{ driver: string, browser: string, xvfbRun?: string }} webkit from findWebKit() */
export function webkitLauncher(webkit) {
  let child;
  let delegate;
  const stopDriver = () => {
    // The driver runs in its own process group (xvfb-run, Xvfb, WebKitWebDriver): end that group only.
    if (child && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const launcher = {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(config, testFiles) {
      const port = await freePort();
      const command = [webkit.driver, `--port=${port}`];
      const [file, ...args] = webkit.xvfbRun ? [webkit.xvfbRun, '-a', '-s', '-screen 0 1280x1024x24', ...command] : command;
      child = spawn(file, args, {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
        // Software rendering: no GPU on CI machines.
        env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LIBGL_ALWAYS_SOFTWARE: '1' },
      });
      child.stderr.on('data', () => {});
      process.once('exit', stopDriver);
      await waitForDriver(port, child);
      delegate = webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver speaks classic WebDriver only; webdriverio would ask for BiDi.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
        },
      });
      await delegate.initialize(config, testFiles);
      launcher.name = 'WebKit';
    },
    async stop() {
      try {
        await delegate?.stop();
      } finally {
        stopDriver();
      }
    },
    startSession: (id, url) => delegate.startSession(id, url),
    isActive: (id) => delegate.isActive(id),
    getBrowserUrl: (id) => delegate.getBrowserUrl(id),
    stopSession: (id) => delegate.stopSession(id),
    startDebugSession: (id, url) => delegate.startDebugSession(id, url),
    sendKeys: (id, keys) => delegate.sendKeys(id, keys),
    sendMouseMove: (id, x, y) => delegate.sendMouseMove(id, x, y),
    sendMouseClick: (id, x, y, button) => delegate.sendMouseClick(id, x, y, button),
    sendMouseDown: (id, button) => delegate.sendMouseDown(id, button),
    sendMouseUp: (id, button) => delegate.sendMouseUp(id, button),
    resetMouse: (id) => delegate.resetMouse(id),
    takeScreenshot: (id, locator) => delegate.takeScreenshot(id, locator),
  };
  return launcher;
}
