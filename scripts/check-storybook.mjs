// Checks the built Storybook (storybook-static/) in the system's headless Chromium: every story
// renders its element with shadow content, and each element's docs page lists its attributes
// and events. A build can "succeed" with stories that render nothing (e.g. decorators left
// untransformed), so this looks at the pages. Usage: node scripts/check-storybook.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_FLAGS, findChromium } from './browsers.mjs';
import { createStaticServer, listen } from './static-server.mjs';

const root = 'storybook-static';

if (!existsSync(join(root, 'index.json'))) {
  console.error(`check-storybook: no ${root}/index.json; run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const server = createStaticServer({ root });
const base = await listen(server, 0);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_FLAGS,
});
const failures = [];
const failed = new Set();
let checked = 0;
let current = '';
const fail = (id, message) => {
  failures.push(`${id}: ${message}`);
  failed.add(id);
};
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => fail(current, `page error: ${error.message}`));
  for (const entry of Object.values(entries)) {
    current = entry.id;
    const url = `${base}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`;
    await page.goto(url);
    if (entry.type === 'story') {
      // Every jitco-* element in the story has rendered something into its shadow root.
      // A story tagged `renders-nothing` (e.g. a notice past `hide-after`) needs only a defined element.
      const empty = entry.tags?.includes('renders-nothing') ?? false;
      const ok = await page
        .waitForFunction((empty) => {
          const found = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('jitco-'));
          return found.length > 0 && found.every((e) =>
            empty ? customElements.get(e.localName) : e.shadowRoot && e.shadowRoot.childElementCount > 0);
        }, empty, { timeout: 15_000 })
        .then(() => true, () => false);
      if (!ok) fail(entry.id, 'no rendered jitco-* element');
    } else {
      if (!entry.id.startsWith('elements-')) continue;
      // An element's docs page is generated from its manifest entry: it must have one.
      const element = elements.find((d) => entry.id === `elements-${d.tagName.replace(/^jitco-/, '')}--docs`);
      if (!element) {
        fail(entry.id, 'no element with this tag in custom-elements.json');
        checked += 1;
        continue;
      }
      await page.waitForSelector('.docblock-argstable', { timeout: 15_000 }).catch(() => undefined);
      const table = await page.locator('.docblock-argstable').first().innerText().catch(() => '');
      const names = [...(element.attributes ?? []).map((a) => a.name), ...(element.events ?? []).map((e) => e.name)];
      const missing = names.filter((name) => !table.includes(name));
      if (missing.length) fail(entry.id, `docs table lacks ${missing.join(', ')}`);
    }
    checked += 1;
  }
} finally {
  await browser.close();
  server.close();
}

for (const failure of failures) console.error(`check-storybook: ${failure}`);
console.log(`check-storybook: ${checked - failed.size} passed, ${failed.size} failed`);
process.exit(failures.length ? 1 : 0);
