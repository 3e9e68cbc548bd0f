/**
 * Where the locale comes from (contract: the element's `lang`, else the nearest ancestor's, then
 * `<html lang>`, then `en`), with `<html lang>` set: the nearest ancestor must win over it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/greeting/define.js';
import type { JitcoGreeting } from '../../src/greeting/greeting.js';
import { one, textOf } from '../helpers.js';

const root = document.documentElement;
let pageLang: string | null;
beforeEach(() => (pageLang = root.getAttribute('lang')));
afterEach(() => (pageLang === null ? root.removeAttribute('lang') : root.setAttribute('lang', pageLang)));

const readMore = (el: Element) => textOf(one(el, '[part="toggle"]'));

describe('locale resolution with <html lang> set', () => {
  it('an ancestor’s lang wins over <html lang>: <html lang="en"> around <div lang="ja">', async () => {
    root.setAttribute('lang', 'en');
    const page = await fixture<HTMLElement>(html`<div lang="ja"><jitco-greeting collapsed></jitco-greeting></div>`);
    const el = page.querySelector<JitcoGreeting>('jitco-greeting')!;
    await el.updateComplete;
    expect(readMore(el)).to.equal('続きを読む');
    // The English default text is marked as English inside the Japanese element.
    expect(one(el, '[part="heading"]').getAttribute('lang')).to.equal('en');
  });

  it('an ancestor’s lang wins over <html lang>: <html lang="ja"> around <div lang="en">', async () => {
    root.setAttribute('lang', 'ja');
    const page = await fixture<HTMLElement>(html`<div lang="en"><jitco-greeting collapsed></jitco-greeting></div>`);
    const el = page.querySelector<JitcoGreeting>('jitco-greeting')!;
    await el.updateComplete;
    expect(readMore(el)).to.equal('Read more');
    expect(one(el, '[part="heading"]').hasAttribute('lang')).to.be.false;
  });

  it('uses <html lang> when no ancestor has one', async () => {
    root.setAttribute('lang', 'ja');
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed></jitco-greeting>`);
    expect(readMore(el)).to.equal('続きを読む');
  });

  it('an ancestor’s lang across a shadow root wins over <html lang>', async () => {
    root.setAttribute('lang', 'en');
    const outer = await fixture<HTMLElement>(html`<div lang="ja"></div>`);
    const el = document.createElement('jitco-greeting') as JitcoGreeting;
    el.collapsed = true;
    outer.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    expect(readMore(el)).to.equal('続きを読む');
  });
});
