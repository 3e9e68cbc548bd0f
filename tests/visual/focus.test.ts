/**
 * Focus after dismissing the notice lands where the reader was: on a partner page with a long
 * article and a sidebar, not on the next link (the sidebar, far below), and with no scroll jump.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/name-change-notice/define.js';
import { one } from '../helpers.js';

describe('focus after dismissing the notice, on a partner page', () => {
  it('lands on the article that followed the notice, at the notice’s place, not on the sidebar link after it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <nav><a href="#home">Home</a></nav>
      <main>
        <jitco-name-change-notice dismissible notice-id=${`focus-${Math.random()}`}></jitco-name-change-notice>
        <article id="article">
          <h1 style="margin-block-start: 0">News</h1>
          ${Array.from({ length: 30 }, () => html`<p>Plain text of the article, with no link in it for a long while.</p>`)}
        </article>
      </main>
      <aside><a id="sidebar" href="#sidebar">A sidebar link</a></aside>
    </div>`);
    const notice = page.querySelector('jitco-name-change-notice')!;
    const article = page.querySelector<HTMLElement>('#article')!;
    const top = notice.getBoundingClientRect().top;
    one(notice, '[part="button"]').focus();
    const scrolled = window.scrollY;
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement, 'focused element').to.equal(article);
    expect(Math.round(article.getBoundingClientRect().top), 'the article took the notice’s place').to.equal(Math.round(top));
    expect(window.scrollY, 'no scroll jump').to.equal(scrolled);
  });
});
