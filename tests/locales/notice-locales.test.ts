import '../../src/name-change-notice/define.js';
import { one, textOf } from '../helpers.js';
import { expectUiInEveryLocale } from './every-locale.js';

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

  // The date and sentence of every locale, exactly: default-content.test.ts (with and without Intl's data).
});
