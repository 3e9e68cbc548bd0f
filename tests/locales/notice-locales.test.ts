import { expect } from '@open-wc/testing';
import '../../src/name-change-notice/define.js';
import { one, textOf } from '../helpers.js';
import { expectUiInEveryLocale, localeTags } from './every-locale.js';

const ui = (el: HTMLElement) => [textOf(one(el, '[part="heading"]')), one(el, 'button').getAttribute('aria-label') ?? ''];

describe('<jitco-name-change-notice> in every locale', () => {
  it('names its heading and close button in the locale, after the effective date', async () => {
    await expectUiInEveryLocale('jitco-name-change-notice', ui, {
      attributes: 'dismissible notice-id="locale-after" now="2021-01-01"',
      expected: (strings) => [strings.noticeHeading, strings.close],
    });
  });

  it('uses the before-the-date heading in the locale before the effective date', async () => {
    await expectUiInEveryLocale('jitco-name-change-notice', ui, {
      attributes: 'dismissible notice-id="locale-before" now="2019-01-01"',
      expected: (strings) => [strings.noticeHeadingBefore, strings.close],
    });
  });

  it('writes the effective date exactly as Intl does for the locale', async () => {
    const dates = await expectUiInEveryLocale('jitco-name-change-notice', (el) => [textOf(one(el, 'time'))], {
      attributes: 'now="2021-01-01"',
    });
    for (const lang of localeTags) {
      const intl = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      expect(dates[lang], lang).to.deep.equal([intl.format(new Date(Date.UTC(2020, 3, 1)))]);
    }
  });
});
