// `npm run bench`: tachometer in the system's headless Chromium, three comparisons run one after
// the other: a 1,000-event <jitco-timeline> render and data replacement against the hand-written
// vanilla baseline (bench/vanilla-timeline.js), and the first render of every element from the CDN
// file on a blank page. Prints jitco/vanilla ratios with 95% confidence intervals.
//
// Offline on purpose: selenium's driver manager must not look for a driver online (SE_OFFLINE,
// else it hangs silently), and the `chromedriver` npm package is installed without its download
// (CHROMEDRIVER_SKIP_DOWNLOAD) and pointed at Debian's /usr/bin/chromedriver, which matches the
// system Chromium's version.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'results');
const chromium = findChromium();
const chromedriver = process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
const GOALS = { 'timeline-render': 1.2, 'timeline-update': 1.0 };
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const TIMEOUT_MINUTES = Number(process.env.BENCH_TIMEOUT ?? 1);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!chromium) fail('no Chromium: apt-get install -y chromium (or set CHROME_PATH)');
if (!existsSync(chromedriver)) fail(`no ${chromedriver}: apt-get install -y chromium-driver (or set CHROMEDRIVER_PATH)`);
const cdn = join(root, 'dist', 'cdn', 'jitco-elements.js');
if (!existsSync(cdn)) fail('no dist/cdn/jitco-elements.js: npm run build');
// Every element, from the registry as built (dist/elements.js).
const { TAGS: ALL_TAGS } = await import('../dist/elements.js');

// The npm package's own binary slot points at the system driver (its download is skipped).
const require = createRequire(import.meta.url);
const packaged = join(dirname(require.resolve('chromedriver/package.json')), 'lib', 'chromedriver', 'chromedriver');
mkdirSync(dirname(packaged), { recursive: true });
rmSync(packaged, { force: true });
symlinkSync(chromedriver, packaged);

const built = readFileSync(cdn, 'utf8');
const tags = ALL_TAGS.filter((tag) => built.includes(`"${tag}"`) || built.includes(`'${tag}'`) || built.includes(`\`${tag}\``));
const hasTimeline = tags.includes('jitco-timeline');

const browser = {
  name: 'chrome',
  headless: true,
  binary: chromium,
  addArguments: CHROMIUM_FLAGS,
};
const measurement = [{ mode: 'performance', entryName: 'render' }];
const env = { ...process.env, SE_OFFLINE: 'true', CHROMEDRIVER_SKIP_DOWNLOAD: 'true', PATH: `${dirname(chromedriver)}:${process.env.PATH}` };

function tach(name, benchmarks) {
  mkdirSync(out, { recursive: true });
  const config = join(out, `${name}.tachometer.json`);
  const json = join(out, `${name}.json`);
  writeFileSync(config, JSON.stringify({ root: '../..', sampleSize: SAMPLES, timeout: TIMEOUT_MINUTES, autoSampleConditions: ['0%', '10%'], benchmarks }, null, 2));
  console.log(`\n## ${name}\n`);
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [require.resolve('tachometer/bin/tach.js'), '--config', config, '--json-file', json], { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(readFileSync(json, 'utf8'))) : reject(new Error(`tachometer exited with ${code}`))));
  });
}

/** jitco/vanilla as a ratio with its 95% interval, from tachometer's difference of means. */
function ratio(results, jitcoName, vanillaName) {
  const benchmarks = results.benchmarks;
  const jitco = benchmarks.findIndex((b) => b.name === jitcoName);
  const vanilla = benchmarks.findIndex((b) => b.name === vanillaName);
  const { percentChange } = benchmarks[jitco].differences[vanilla];
  const fmt = (x) => `${(1 + x / 100).toFixed(2)}×`;
  return { mean: benchmarks[jitco].mean, baseline: benchmarks[vanilla].mean, text: `${fmt((percentChange.low + percentChange.high) / 2)} (95% CI ${fmt(percentChange.low)}–${fmt(percentChange.high)})`, low: 1 + percentChange.low / 100, high: 1 + percentChange.high / 100 };
}

function parity() {
  // Same markup? Renders both implementations once in Chromium and compares tag counts and text.
  const script = `
    import puppeteer from 'puppeteer-core';
    import { createServer } from 'node:http';
    import { readFile } from 'node:fs/promises';
    import { extname, join } from 'node:path';
    const server = createServer(async (req, res) => {
      try {
        const body = await readFile(join(${JSON.stringify(root)}, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
        res.writeHead(200, { 'content-type': extname(req.url.split('?')[0]) === '.html' ? 'text/html' : 'text/javascript' }).end(body);
      } catch { res.writeHead(404).end(); }
    }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const browser = await puppeteer.launch({ executablePath: ${JSON.stringify(chromium)}, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto('http://127.0.0.1:' + server.address().port + '/bench/timeline.html?mode=parity');
      await page.waitForFunction('window.parity', { timeout: 30000 });
      console.log(JSON.stringify(await page.evaluate('window.parity')));
    } finally { await browser.close(); server.close(); }`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) return console.warn(`parity check failed to run:\n${result.stderr}`);
  const { jitco, vanilla } = JSON.parse(result.stdout);
  const same = JSON.stringify(jitco.tags) === JSON.stringify(vanilla.tags) && JSON.stringify(jitco.text) === JSON.stringify(vanilla.text);
  console.log(same ? 'parity: the vanilla baseline renders the same elements and text as <jitco-timeline>.' : `parity: MARKUP DIFFERS, update bench/vanilla-timeline.js to match the element before trusting the ratios.\n  jitco:   ${JSON.stringify(jitco.tags)}\n  vanilla: ${JSON.stringify(vanilla.tags)}\n  first items (jitco):   ${JSON.stringify(jitco.text.slice(0, 3))}\n  first items (vanilla): ${JSON.stringify(vanilla.text.slice(0, 3))}`);
}

const summary = [];
if (hasTimeline) {
  parity();
  for (const mode of ['render', 'update']) {
    const name = `timeline-${mode}`;
    const results = await tach(name, [
      { name: `${name}-jitco`, url: `../timeline.html?impl=jitco&mode=${mode}`, measurement, browser },
      { name: `${name}-vanilla`, url: `../timeline.html?impl=vanilla&mode=${mode}`, measurement, browser },
    ]);
    const r = ratio(results, `${name}-jitco`, `${name}-vanilla`);
    summary.push(`${name.padEnd(16)} jitco ${r.mean.low.toFixed(1)}–${r.mean.high.toFixed(1)} ms, vanilla ${r.baseline.low.toFixed(1)}–${r.baseline.high.toFixed(1)} ms: ratio ${r.text}, goal ≤ ${GOALS[name].toFixed(1)}×: ${r.high <= GOALS[name] ? 'met' : r.low > GOALS[name] ? 'NOT met' : 'inconclusive (the interval spans the goal)'}`);
  }
} else {
  console.log('\n<jitco-timeline> is not in the CDN build yet: skipping the timeline benchmarks.');
}
const first = await tach('first-render', [{ name: 'first-render', url: `../first-render.html?tags=${tags.join(',')}`, measurement, browser }]);
const { mean } = first.benchmarks[0];
summary.push(`${'first-render'.padEnd(16)} ${tags.map((tag) => `<${tag}>`).join(' ')} from the CDN file on a blank page: ${((mean.low + mean.high) / 2).toFixed(1)} ms (95% CI ${mean.low.toFixed(1)}–${mean.high.toFixed(1)} ms)`);
console.log(`\n## Summary (Chromium ${/\d+(\.\d+)+/.exec(spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout)?.[0] ?? ''}, ${SAMPLES}+ samples each)\n\n${summary.join('\n')}`);
