// The README's static-site recipes, run as a partner runs them (`npm run test:examples`): each
// example site in examples/ is copied to a temporary folder, installed from its own lockfile
// with this build's packed package added (`npm pack`, then `npm install --no-save` of the
// tarball, as a partner installs a release), built with the real tool from npm, served, and
// opened in Chromium: the elements visible with JavaScript off, upgraded with it, no layout
// shift, no doubled content, no `<p>` around an element. examples/eleventy-lit renders with Lit's
// own SSR (@lit-labs/eleventy-plugin-lit) instead of the prerender CLI: there Lit must hydrate
// the server roots (its markers kept), and an element with `defer-hydration` waits for the page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/browsers.mjs';
import { root } from '../../scripts/elements.mjs';
import { createStaticServer, listen } from '../../scripts/static-server.mjs';

const TAGS = ['jitco-name-change-notice', 'jitco-greeting', 'jitco-timeline'];
/**
 * Each example: its folder under examples/, the folder its build writes, and whether its server
 * HTML is Lit's SSR, which Lit hydrates (the others: the prerender CLI's, which the elements replace).
 */
const EXAMPLES = [
  { name: 'eleventy', output: '_site' },
  { name: 'eleventy-lit', output: '_site', hydrated: true },
  { name: 'vite', output: 'dist' },
  { name: 'astro', output: 'dist' },
];

let work;
let tarball;
let browser;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'jitco-examples-'));
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1);
  tarball = join(work, packed);
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

for (const example of EXAMPLES)
  describe(`examples/${example.name}`, () => {
    let server;
    let url;
    before(async () => {
      const site = join(work, example.name);
      cpSync(join(root, 'examples', example.name), site, { recursive: true, filter: (path) => !/(^|\/)(node_modules|_site|dist|\.astro)$/.test(path) });
      // No telemetry (Astro asks an outside server otherwise).
      const options = { cwd: site, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } };
      const npm = (...args) => execFileSync('npm', [...args, '--no-audit', '--no-fund'], options);
      npm('ci');
      npm('install', '--no-save', tarball);
      npm('run', 'build');
      server = createStaticServer({ root: join(site, example.output) });
      url = await listen(server, 0);
      browser ??= await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
    });
    after(() => new Promise((resolve) => (server ? server.close(resolve) : resolve())));

    /** What the page shows of each element: its shadow root's text, and its parent's tag. */
    async function open(javaScript, path = '/') {
      const context = await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${url}${path}`, { waitUntil: 'load' });
      return { context, page, errors };
    }
    const read = (page) =>
      page.evaluate((tags) => {
        const litMarkers = (root) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
          let count = 0;
          while (walker.nextNode()) if (walker.currentNode.data.startsWith('lit-part')) count++;
          return count;
        };
        return tags.map((tag) => {
          const element = document.querySelector(tag);
          return {
            tag,
            parent: element?.parentElement?.localName,
            // What a reader sees: the root's text, its styles left out.
            text: [...(element?.shadowRoot?.querySelectorAll('*:not(style)') ?? [])]
              .flatMap((node) => [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.nodeValue))
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim(),
            headings: element?.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6').length ?? 0,
            // Lit's hydration markers (`<!--lit-part …-->`): written by Lit's SSR, kept when Lit hydrates.
            markers: element?.shadowRoot ? litMarkers(element.shadowRoot) : 0,
            defined: !!customElements.get(tag),
          };
        });
      }, TAGS);

    it('shows the elements with JavaScript off (server-rendered), none inside a <p>', async () => {
      const { context, page } = await open(false);
      try {
        const shown = await read(page);
        for (const element of shown) {
          assert.notEqual(element.parent, 'p', `${element.tag} is inside a <p>`);
          assert.equal(element.defined, false);
          assert.ok(element.text.length > 20, `${element.tag} shows its text without JavaScript: "${element.text}"`);
          if (example.hydrated) assert.ok(element.markers > 0, `${element.tag} rendered by Lit's SSR (its hydration markers)`);
        }
        assert.match(shown[1].text, /JITCO/);
        assert.match(shown[2].text, /JITCO renamed/, "the timeline's own content (its src file, or its data)");
      } finally {
        await context.close();
      }
    });

    it('upgrades them with JavaScript: same text and headings, no layout shift, no error', async () => {
      const off = await open(false);
      const before = await read(off.page);
      await off.context.close();
      const { context, page, errors } = await open(true);
      try {
        await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
        await page.waitForTimeout(500);
        const shown = await read(page);
        for (const [i, element] of shown.entries()) {
          assert.equal(element.defined, true, element.tag);
          assert.equal(element.headings, before[i].headings, `${element.tag}: its headings once, not doubled`);
          assert.equal(element.text.replace(/Read more|Close/g, ''), before[i].text.replace(/Read more|Close/g, ''), `${element.tag} keeps its text`);
          if (example.hydrated)
            assert.ok(element.markers > 0, `${element.tag} hydrated by Lit in place (its markers kept), not replaced: is Lit's hydrate support loaded before the elements?`);
        }
        assert.equal(await page.evaluate(() => window.__shift), 0, 'layout shift');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    if (example.hydrated)
      it('with defer-hydration: the server render until the page removes the attribute, then hydrated and working', async () => {
        const { context, page, errors } = await open(true, '/later/');
        try {
          await page.waitForFunction(() => customElements.get('jitco-greeting'));
          await page.waitForTimeout(500);
          const state = () =>
            page.evaluate(() => {
              const element = document.querySelector('jitco-greeting');
              const root = element.shadowRoot ?? document.createDocumentFragment();
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
              let markers = 0;
              while (walker.nextNode()) if (walker.currentNode.data.startsWith('lit-part')) markers++;
              return { updated: element.hasUpdated, markers, text: root.textContent.replace(/\s+/g, ' ').trim() };
            });
          const deferred = await state();
          assert.equal(deferred.updated, false, 'not hydrated while defer-hydration is set');
          assert.ok(deferred.markers > 0 && deferred.text.length > 20, `the server render shows: "${deferred.text}"`);
          const toggle = await page.evaluate(async () => {
            const element = document.querySelector('jitco-greeting');
            element.removeAttribute('defer-hydration');
            await element.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const shift = window.__shift;
            const button = element.shadowRoot.querySelector('[part~="toggle"]');
            const label = button.textContent;
            button.click();
            await element.updateComplete;
            return { shift, collapsed: element.hasAttribute('collapsed'), label, after: element.shadowRoot.querySelector('[part~="toggle"]').textContent };
          });
          const hydrated = await state();
          assert.equal(hydrated.updated, true, 'hydrated once the attribute is removed');
          assert.ok(hydrated.markers > 0, 'hydrated by Lit in place (its markers kept)');
          assert.equal(toggle.collapsed, false, 'Read more works after hydration');
          assert.notEqual(toggle.after, toggle.label, `the toggle says so after Read more ("${toggle.label}")`);
          assert.equal(toggle.shift, 0, 'layout shift up to hydration');
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
  });
