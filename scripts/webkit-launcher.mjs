// web-test-runner launcher for WebKitGTK: starts the system's WebKitWebDriver (under xvfb-run when
// there is no display: the GTK MiniBrowser has no headless mode), drives the MiniBrowser through
// it with @web/test-runner-webdriver, and stops the driver and Xvfb with the run. When WebKit stops
// answering (once in CI a page never finished and every command after it timed out), it prints
// the tail of the driver's log and starts a fresh WebKit for the next test file.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './static-server.mjs';

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

/** How long opening or closing a test page may take before WebKit counts as not answering. */
const ANSWER_WITHIN = 20_000;

function answered(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`WebKit did not answer ${what} within ${ANSWER_WITHIN / 1000} s`)), ANSWER_WITHIN);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const tail = (file, lines = 30) => {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') || '(empty)';
  } catch {
    return '(none)';
  }
};

/** @param {{ driver: string, browser: string, xvfbRun?: string }} webkit from findWebKit() */
export function webkitLauncher(webkit) {
  let child;
  let delegate;
  let config;
  let testFiles;
  let log;
  const stopDriver = (signal = 'SIGTERM') => {
    // The driver runs in its own process group (xvfb-run, Xvfb, WebKitWebDriver, MiniBrowser): end that group only.
    if (child && child.exitCode === null) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    }
  };
  const start = async () => {
    const port = await freePort();
    const command = [webkit.driver, `--port=${port}`];
    const [file, ...args] = webkit.xvfbRun ? [webkit.xvfbRun, '-a', '-s', '-screen 0 1280x1024x24', ...command] : command;
    // The driver's and the browser's own messages, for when WebKit stops answering.
    log = join(tmpdir(), `jitco-webkit-${process.pid}-${port}.log`);
    const output = openSync(log, 'w');
    child = spawn(file, args, {
      detached: true,
      stdio: ['ignore', output, output],
      // Software rendering: no GPU on CI machines.
      env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LIBGL_ALWAYS_SOFTWARE: '1' },
    });
    closeSync(output);
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
  };
  /** Ends a WebKit that stopped answering, says why with its log, and starts a fresh one. */
  const restart = async (error) => {
    console.error(`\n${error.message}: starting a fresh WebKit. The end of its log (${log}):\n${tail(log)}\n`);
    const old = delegate;
    stopDriver('SIGKILL');
    old.stop().catch(() => {});
    await start();
  };
  const launcher = {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(runConfig, files) {
      [config, testFiles] = [runConfig, files];
      process.once('exit', () => stopDriver());
      await start();
      launcher.name = 'WebKit';
    },
    async stop() {
      try {
        await delegate?.stop();
      } finally {
        stopDriver();
      }
    },
    async startSession(id, url) {
      try {
        await answered(delegate.startSession(id, url), 'opening a test page');
      } catch (error) {
        if (!/did not answer/.test(error.message)) throw error;
        await restart(error);
        await delegate.startSession(id, url);
      }
    },
    isActive: (id) => delegate.isActive(id),
    getBrowserUrl: (id) => delegate.getBrowserUrl(id),
    async stopSession(id) {
      try {
        return await answered(delegate.stopSession(id), 'closing a test page');
      } catch (error) {
        if (!/did not answer/.test(error.message)) throw error;
        await restart(error);
        // The page's results are lost with it; web-test-runner fails the file with this.
        throw error;
      }
    },
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
