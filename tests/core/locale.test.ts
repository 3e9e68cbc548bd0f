import { expect, fixture, html } from '@open-wc/testing';
import { bestTag, canonicalLocale, langMark, pickText, resolveLocale } from '../../src/core/locale.js';
import { fillTemplate, formatIsoDate, formatNumber } from '../../src/core/format.js';

describe('canonicalLocale', () => {
  it('canonicalizes tags and falls back to en for bad ones', () => {
    expect(canonicalLocale('ja-jp')).to.equal('ja-JP');
    expect(canonicalLocale('')).to.equal('en');
    expect(canonicalLocale('not a tag!')).to.equal('en');
    expect(canonicalLocale(null)).to.equal('en');
  });
});

describe('bestTag', () => {
  const tags = ['en', 'ja', 'zh-Hans', 'vi'];
  it('prefers the exact tag, then the language, then en, then the first', () => {
    expect(bestTag(['en', 'ja', 'ja-JP'], 'ja-JP')).to.equal('ja-JP');
    expect(bestTag(tags, 'ja-JP-u-ca-japanese')).to.equal('ja');
    expect(bestTag(tags, 'zh-CN')).to.equal('zh-Hans');
    expect(bestTag(tags, 'VI-vn')).to.equal('vi');
    expect(bestTag(tags, 'fr')).to.equal('en');
    expect(bestTag(['ja', 'vi'], 'fr')).to.equal('ja');
  });
  it('matches the script within a language: Traditional Chinese finds zh-Hant', () => {
    const chinese = ['en', 'zh-Hans', 'zh-Hant'];
    expect(bestTag(chinese, 'zh-TW')).to.equal('zh-Hant');
    expect(bestTag(chinese, 'zh-HK')).to.equal('zh-Hant');
    expect(bestTag(chinese, 'zh-CN')).to.equal('zh-Hans');
    expect(bestTag(chinese, 'zh')).to.equal('zh-Hans');
    // With one script only, any Chinese beats English.
    expect(bestTag(['en', 'zh-Hans'], 'zh-TW')).to.equal('zh-Hans');
  });
  it('falls back to any English when there is no bare en', () => {
    expect(bestTag(['ja', 'en-US'], 'fr')).to.equal('en-US');
    expect(bestTag(['ja', 'en-GB', 'en'], 'fr')).to.equal('en');
  });
});

describe('langMark', () => {
  it('writes lang and its direction together, and nothing for unmarked text', () => {
    expect(langMark('ar-EG')).to.deep.equal({ lang: 'ar-EG', dir: 'rtl' });
    expect(langMark('he')).to.deep.equal({ lang: 'he', dir: 'rtl' });
    expect(langMark('ja')).to.deep.equal({ lang: 'ja', dir: 'ltr' });
    expect(langMark(undefined)).to.deep.equal({ lang: undefined, dir: undefined });
  });

  it('is what pickText marks a text in another language with', () => {
    expect(pickText({ ar: 'مرحبا', en: 'Hello' }, { locale: 'ar' })).to.deep.equal({ text: 'مرحبا' });
    expect(pickText({ ar: 'مرحبا' }, { locale: 'en' })).to.deep.equal({ text: 'مرحبا', lang: 'ar', dir: 'rtl' });
  });
});

describe('pickText', () => {
  it('returns plain strings unmarked unless their language is known to differ', () => {
    expect(pickText('Hello', { locale: 'ja' })).to.deep.equal({ text: 'Hello' });
    expect(pickText('Hello', { locale: 'ja', plainLang: 'en' })).to.deep.equal({ text: 'Hello', lang: 'en', dir: 'ltr' });
    expect(pickText('Hello', { locale: 'en-GB', plainLang: 'en' })).to.deep.equal({ text: 'Hello' });
  });
  it('marks text shown in another language than the locale', () => {
    const text = { en: 'Greeting', ja: 'ごあいさつ' };
    expect(pickText(text, { locale: 'ja-JP' })).to.deep.equal({ text: 'ごあいさつ' });
    expect(pickText(text, { locale: 'vi' })).to.deep.equal({ text: 'Greeting', lang: 'en', dir: 'ltr' });
  });
  it('marks another script of the same language, not another region', () => {
    expect(pickText({ 'zh-Hans': '问候', en: 'Greeting' }, { locale: 'zh-Hant-TW' })).to.deep.equal({ text: '问候', lang: 'zh-Hans', dir: 'ltr' });
    expect(pickText({ 'en-US': 'Color' }, { locale: 'en-GB' })).to.deep.equal({ text: 'Color' });
  });
  it('marks against the text around it when that is in another language than the locale', () => {
    // On a Korean page the interface sentence is English: a Korean name inside is marked.
    expect(pickText('파트너', { locale: 'ko', around: 'en' })).to.deep.equal({ text: '파트너', lang: 'ko', dir: 'ltr' });
    expect(pickText('Partner', { locale: 'ko', plainLang: 'en', around: 'en' })).to.deep.equal({ text: 'Partner' });
  });
});

describe('resolveLocale', () => {
  it('takes the element lang, then the nearest ancestor, then <html lang>, then en', async () => {
    const tree = await fixture<HTMLElement>(html`<div lang="vi"><section><span id="own" lang="ja"></span><span id="inherits"></span></section></div>`);
    expect(resolveLocale(tree.querySelector('#own')!)).to.equal('ja');
    expect(resolveLocale(tree.querySelector('#inherits')!)).to.equal('vi');
    const loose = document.createElement('span');
    const htmlLang = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'id');
      expect(resolveLocale(loose)).to.equal('id');
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(loose)).to.equal('en');
    } finally {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    }
  });
  it('crosses shadow roots to find an ancestor lang', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="th"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('th');
  });
});

describe('format', () => {
  it('formats dates at their precision with Intl for the locale', () => {
    const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));
    const text = (iso: string, locale: string) => formatIsoDate(iso, locale).text;
    expect(text('1993', 'en')).to.equal(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }).format(utc(1993)));
    expect(text('2019-04', 'ja')).to.equal('2019年4月');
    expect(text('2020-04-01', 'ja')).to.equal('2020年4月1日');
    expect(text('2020-04-01', 'ja-JP-u-ca-japanese')).to.equal('令和2年4月1日');
    expect(text('1993', 'th-TH')).to.contain('2536');
  });
  it('formats numbers and percents for the locale', () => {
    expect(formatNumber(370000, 'en')).to.equal('370,000');
    expect(formatNumber(370000, 'de')).to.equal('370.000');
    expect(formatNumber(0.13, 'en', { style: 'percent' })).to.equal('13%');
  });
  it('fills placeholders in the template order', () => {
    expect(fillTemplate('{date}、{a}は{b}に', { a: 'A', b: 'B', date: 1 })).to.deep.equal([1, '、', 'A', 'は', 'B', 'に']);
    expect(fillTemplate('On {date}: {unknown}', { date: 'D' })).to.deep.equal(['On ', 'D', ': ', '{unknown}']);
  });
});
