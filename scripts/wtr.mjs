#!/usr/bin/env node
// Runs web-test-runner (`node scripts/wtr.mjs [wtr arguments]`), and runs once more, in a fresh
// browser, only the test files whose browser stopped answering: a page that never reported its
// results, never started, or could not be closed, with no failed assertion. Any failed assertion
// fails the run at once and is never run again; a file that stops answering twice fails.
//
// Why: in CI, WebKitGTK's page stopped answering once (tests/locales/default-content-no-intl.test.ts,
// after 14 files had passed), and every WebDriver command after it timed out; about 30 runs here
// (that file alone, the first 16 files, the whole suite, under load, with a fresh machine's fonts)
// never did. scripts/webkit-launcher.mjs restarts WebKit when it stops answering and
// prints its log; this runs the lost files again. (WebKit's own WebDriver test runner also
// restarts a test process that gives no result: WebKit/WebKit pull request 73421.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a browser's own failure looks like in web-test-runner (never an assertion's). */
const BROWSER_STOPPED = [
  /Browser tests did not (start|finish)/,
  /Timed out stopping the browser page/,
  /unable to create and start a test page/,
  /did not answer/,
];

const ENGINE_OF = { Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', WebKit: 'webkit' };

const failedTests = (suite) =>
  suite ? [...suite.tests.filter((test) => !test.passed && !test.skipped), ...suite.suites.flatMap(failedTests)] : [];

/**
 * A reporter for web-test-runner configs: with `WTR_RERUN_RECORD` set, it writes there which
 * failed sessions only lost their browser (`rerun`) and how many failed otherwise (`failed`).
 */
export function rerunReporter() {
  return {
    stop({ sessions }) {
      const file = process.env.WTR_RERUN_RECORD;
      if (!file) return;
      const rerun = [];
      let failed = 0;
      for (const session of sessions) {
        if (session.passed !== false) continue;
        const browserOnly =
          failedTests(session.testResults).length === 0 &&
          session.errors.length > 0 &&
          session.errors.every((error) => BROWSER_STOPPED.some((pattern) => pattern.test(error.message ?? '')));
        if (!browserOnly) failed += 1;
        else
          rerun.push({
            engine: ENGINE_OF[session.browser.name] ?? session.browser.name.toLowerCase(),
            group: session.group.name,
            file: relative(process.cwd(), session.testFile),
            errors: session.errors.map((error) => error.message),
          });
      }
      writeFileSync(file, JSON.stringify({ rerun, failed }));
    },
  };
}

/** The package's `wtr` bin (its exports map does not list it). */
const WTR_BIN = join(dirname(fileURLToPath(import.meta.resolve('@web/test-runner'))), 'dist/bin.js');

function runWtr(args, env) {
  return spawnSync(process.execPath, [WTR_BIN, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }).status;
}

function main() {
  const args = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), 'wtr-'));
  const record = join(dir, 'record.json');
  try {
    const status = runWtr(args, { WTR_RERUN_RECORD: record });
    if (status === 0) return 0;
    let result;
    try {
      result = JSON.parse(readFileSync(record, 'utf8'));
    } catch {
      return status || 1; // wtr stopped before reporting: nothing to run again
    }
    if (result.failed > 0 || result.rerun.length === 0) return status || 1;
    console.error(`\nwtr: ${result.rerun.length} test file(s) lost their browser, with no failed assertion; running them once more in a fresh browser:`);
    for (const { engine, file, errors } of result.rerun) console.error(`  ${engine} ${file}: ${errors.join('; ')}`);
    // Files of the default group by name; another group (its own page template) whole.
    const runs = new Map();
    for (const { engine, group, file } of result.rerun) {
      const key = `${engine}\n${group}`;
      runs.set(key, [...(runs.get(key) ?? []), file]);
    }
    let worst = 0;
    for (const [key, files] of runs) {
      const [engine, group] = key.split('\n');
      const narrowed = group === 'default' ? ['--files', ...files] : ['--group', group];
      worst = Math.max(worst, runWtr([...args, ...narrowed], { BROWSERS: engine, WTR_RERUN_RECORD: '' }) ?? 1);
    }
    return worst;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
