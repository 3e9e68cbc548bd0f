// Where the system browsers are, and which engines a test run uses. Tests never download one:
// Chromium, Firefox ESR and WebKitGTK all come from the system (Debian packages `chromium`,
// `firefox-esr`, `webkit2gtk-driver` + `xvfb`).
import { existsSync } from 'node:fs';

const first = (candidates) => candidates.find((path) => path && existsSync(path));

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * Chromium's flags for every headless run here (tests, story tests, Storybook check, benchmarks):
 * root needs --no-sandbox, and with no network the background services must stay off.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium() {
  return first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
}

export function findFirefox() {
  return first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** WebKitGTK: the WebDriver server, the MiniBrowser it drives, and Xvfb (MiniBrowser has no headless mode). */
export function findWebKit() {
  const driver = first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const browser = first([
    process.env.WEBKIT_BROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  const xvfbRun = process.env.DISPLAY ? undefined : first(['/usr/bin/xvfb-run']);
  return driver && browser && (process.env.DISPLAY || xvfbRun) ? { driver, browser, xvfbRun } : undefined;
}

/** How to get each engine, for the one-line message when it is missing. */
export const INSTALL_HINTS = {
  chromium: "apt-get install -y chromium (or set CHROME_PATH)",
  firefox: "apt-get install -y firefox-esr (or set FIREFOX_PATH)",
  webkit: "apt-get install -y webkit2gtk-driver xvfb",
};

export const FOUND = { chromium: findChromium, firefox: findFirefox, webkit: findWebKit };

/**
 * The engines to test in: all three unless `BROWSERS` (comma-separated: chromium, firefox,
 * webkit) narrows them, e.g. `BROWSERS=chromium npm test` where only Chromium is installed.
 */
export function selectedEngines() {
  const requested = (process.env.BROWSERS ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (!requested.length) return [...ENGINES];
  const unknown = requested.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);
  return ENGINES.filter((name) => requested.includes(name));
}
