// All three elements in a partner's page whose own CSS is heavy and opinionated, to show that
// the elements keep their layout and take the page's font, colour and theme.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect } from 'storybook/test';
import { LOADER_SCRIPT, embedCode } from './embed-code.js';
import { isShown, rendered } from './shadow.js';

const PAGE_CSS = `.partner-page {
  --brand: #7a1f2b;
  --brand-dark: #4d121b;
  --paper: #fffaf3;
  --jitco-accent: var(--brand);
  --jitco-focus-color: #1f5fa8;
  --jitco-radius: 0;
  --jitco-spacing: 1.25rem;
  --jitco-heading-size: 1.75rem;
  font: 17px/1.7 'Hiragino Mincho ProN', 'Yu Mincho', Georgia, serif;
  color: #222;
  background: var(--paper);
}
.partner-page * { margin: 0; padding: 0; }
.partner-page header { background: linear-gradient(120deg, var(--brand-dark), var(--brand)); color: #fff; padding: 1rem 2rem; }
.partner-page header p { font-size: 0.9rem; letter-spacing: 0.2em; text-transform: uppercase; }
.partner-page nav ul { display: flex; gap: 1.5rem; list-style: none; }
.partner-page nav a { color: #fff; }
.partner-page h1 { font-size: 2.5rem; font-weight: 300; }
.partner-page .layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 3rem; padding: 2rem; }
.partner-page main > * + * { margin-block-start: 2.5rem; }
.partner-page aside { border-inline-start: 4px double var(--brand); padding-inline-start: 1.5rem; }
.partner-page footer { background: #222; color: #eee; padding: 1rem 2rem; font-size: 0.85rem; }
.partner-page jitco-name-change-notice::part(container) { background: #fdeeee; border: 2px solid var(--brand); padding: 1rem; }
.partner-page jitco-greeting::part(heading),
.partner-page jitco-timeline::part(heading) { font-weight: 300; color: var(--brand); border-block-end: 1px solid currentColor; }
.partner-page jitco-greeting::part(toggle) { background: var(--brand); color: #fff; border-color: var(--brand); }
@media (max-width: 48rem) { .partner-page .layout { grid-template-columns: 1fr; } }`;

const BODY = `<div class="partner-page" lang="en">
  <header>
    <p>Sakura Skills Academy</p>
    <h1>About our partnership with JITCO</h1>
    <nav aria-label="Main">
      <ul>
        <li><a href="#programs">Programs</a></li>
        <li><a href="#trainees">For trainees</a></li>
        <li><a href="#contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <div class="layout">
    <main>
      ${embedCode('jitco-name-change-notice', { dismissible: true, 'notice-id': 'partner-page-2020' })}
      ${embedCode('jitco-greeting', { collapsed: true })}
    </main>
    <aside>
      ${embedCode('jitco-timeline', { order: 'desc' })}
    </aside>
  </div>
  <footer>
    <p>Sakura Skills Academy, Osaka. Supervising organization for technical intern training.</p>
  </footer>
</div>`;

const meta: Meta = {
  title: 'Partner page',
  render: () => html`${Object.assign(document.createElement('style'), { textContent: PAGE_CSS })}${unsafeHTML(BODY)}`,
  loaders: [
    async () => {
      // Show the notice each time, however often it was dismissed here before.
      try {
        for (const key of Object.keys(localStorage)) if (key.includes('partner-page-2020')) localStorage.removeItem(key);
      } catch {
        // No storage: nothing was remembered.
      }
    },
  ],
  parameters: {
    layout: 'fullscreen',
    docs: { source: { language: 'html', code: `${LOADER_SCRIPT}\n<style>\n${PAGE_CSS}\n</style>\n${BODY}` } },
  },
};

export default meta;

/** All three elements in one styled page: notice, collapsed greeting, newest-first timeline. */
export const PartnerPage: StoryObj = {
  play: async ({ canvasElement }) => {
    for (const tag of ['jitco-name-change-notice', 'jitco-greeting', 'jitco-timeline']) {
      const element = await rendered(canvasElement, tag);
      await expect(isShown(element)).toBe(true);
    }
  },
};
