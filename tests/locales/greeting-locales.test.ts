import { expect, fixture, html } from '@open-wc/testing';
import '../../src/greeting/define.js';
import type { JitcoGreeting } from '../../src/greeting/greeting.js';
import { uiLocales } from '../../src/locales/index.js';
import { one, textOf, until } from '../helpers.js';
import { expectUiInEveryLocale } from './every-locale.js';

const button = (el: Element) => one(el, 'button');
const heading = (el: Element) => textOf(one(el, '[part="heading"]'));
/** How many times the document at `url` was fetched by this page. */
const fetches = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url)).length;

describe('<jitco-greeting> in every locale', () => {
  it('labels the collapsed toggle "Read more" in the locale, never in English outside en', async () => {
    await expectUiInEveryLocale('jitco-greeting', (el) => [textOf(button(el))], {
      attributes: 'collapsed',
      expected: (strings) => [strings.readMore],
    });
  });

  it('labels the expanded toggle "Show less" in the locale', async () => {
    await expectUiInEveryLocale(
      'jitco-greeting',
      async (el) => {
        button(el).click();
        await (el as JitcoGreeting).updateComplete;
        return [textOf(button(el))];
      },
      { attributes: 'collapsed', expected: (strings) => [strings.showLess] },
    );
  });

  it('finds the strings of a regional tag (vi-VN, zh-CN, tl)', async () => {
    for (const [lang, table] of [['vi-VN', 'vi'], ['zh-CN', 'zh-Hans'], ['tl', 'fil']]) {
      const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed lang=${lang}></jitco-greeting>`);
      expect(textOf(button(el)), lang).to.equal(uiLocales[table].readMore);
    }
  });
});

describe('<jitco-greeting> live language switch', () => {
  it('follows its own lang', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed lang="ja"></jitco-greeting>`);
    el.lang = 'th';
    await el.updateComplete;
    expect(textOf(button(el))).to.equal(uiLocales.th.readMore);
  });

  it("follows an ancestor's lang, keeping its content and state without fetching again", async () => {
    const src = '/test-api/greeting.json?switch=ancestor';
    const wrapper = await fixture<HTMLElement>(html`<div lang="ja"><jitco-greeting collapsed src=${src}></jitco-greeting></div>`);
    const el = wrapper.querySelector('jitco-greeting')!;
    await until(() => heading(el) === 'ごあいさつ', 5000, 'content from src');
    button(el).click();
    await el.updateComplete;
    expect(textOf(button(el))).to.equal(uiLocales.ja.showLess);

    wrapper.lang = 'vi';
    await until(() => textOf(button(el)) === uiLocales.vi.showLess, 2000, 'Vietnamese toggle');
    // The localized heading of the same content follows, and nothing was fetched again.
    expect(heading(el)).to.equal('Welcome');
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(fetches(src)).to.equal(1);

    wrapper.lang = 'ja-JP';
    await until(() => textOf(button(el)) === uiLocales.ja.showLess, 2000, 'Japanese toggle');
    expect(heading(el)).to.equal('ごあいさつ');
    expect(fetches(src)).to.equal(1);
  });

  it('follows <html lang> when nothing closer sets one', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.lang = 'km';
      const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed></jitco-greeting>`);
      expect(textOf(button(el))).to.equal(uiLocales.km.readMore);
      root.lang = 'mn-MN';
      await until(() => textOf(button(el)) === uiLocales.mn.readMore, 2000, 'Mongolian toggle');
      root.removeAttribute('lang');
      await until(() => textOf(button(el)) === uiLocales.en.readMore, 2000, 'English toggle');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });
});
