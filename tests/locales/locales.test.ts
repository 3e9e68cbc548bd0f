import { expect } from '@open-wc/testing';
import { formatIsoDate, formatNumber } from '../../src/core/format.js';
import { canonicalLocale } from '../../src/core/locale.js';
import { en } from '../../src/locales/en.js';
import { uiLocale, uiLocales } from '../../src/locales/index.js';
import { englishIn, englishPieces, localeTags } from './every-locale.js';

const required = ['en', 'ja', 'vi', 'id', 'fil', 'zh-Hans', 'my', 'km', 'th', 'ne', 'mn'];
const keys = Object.keys(en) as (keyof typeof en)[];
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

/**
 * Strings a locale may legitimately share with English, with the reason. `abbreviated` is
 * punctuation only ("{name} ({abbreviation})"): the same wherever the script uses ASCII
 * parentheses; Japanese and Chinese use full-width ones.
 */
const parenthesized = { abbreviated: 'ASCII parentheses are usual in this script' };
const sameAsEnglish: Record<string, Partial<Record<keyof typeof en, string>>> = Object.fromEntries(
  ['vi', 'id', 'fil', 'my', 'km', 'th', 'ne', 'mn'].map((tag) => [tag, parenthesized]),
);

describe('locale files', () => {
  it('cover every language the contract lists, and no other', () => {
    expect(localeTags.sort()).to.deep.equal(required.sort());
  });

  for (const tag of required) {
    describe(tag, () => {
      const strings = uiLocales[tag];

      it('has every English key, and only those, each non-empty and trimmed', () => {
        expect(Object.keys(strings).sort()).to.deep.equal([...keys].sort());
        for (const key of keys) {
          expect(strings[key], key).not.to.equal('');
          expect(strings[key].trim(), key).to.equal(strings[key]);
        }
      });

      it('keeps the same {placeholders} as English', () => {
        for (const key of keys) expect(placeholders(strings[key]), key).to.deep.equal(placeholders(en[key]));
      });

      if (tag !== 'en') {
        it('has no English interface string left', () => {
          for (const key of keys) {
            if (sameAsEnglish[tag]?.[key]) continue;
            expect(Object.values(en), key).not.to.include(strings[key]);
            expect(englishIn([strings[key]]), key).to.deep.equal([]);
          }
        });
      }
    });
  }

  it('detects English pieces inside templates', () => {
    expect(englishPieces).to.include.members(['Read more', 'approx', 'will become']);
    expect(englishIn(['Sa Abril 1, 2020, X will become Y'])).to.deep.equal(['will become']);
  });
});

describe('uiLocale resolution (exact › language › en)', () => {
  const cases: [string, string][] = [
    ['ja', 'ja'], ['ja-JP', 'ja'], ['ja-JP-u-ca-japanese', 'ja'],
    ['vi-VN', 'vi'], ['id-ID', 'id'], ['fil-PH', 'fil'],
    // Tagalog is the language Filipino is based on; its pages read the Filipino strings.
    ['tl', 'fil'], ['tl-PH', 'fil'],
    ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'], ['zh-Hans-CN', 'zh-Hans'],
    // No Traditional Chinese table yet: Simplified is closer to its readers than English.
    ['zh-TW', 'zh-Hans'], ['zh-Hant', 'zh-Hans'], ['zh-HK', 'zh-Hans'],
    ['my-MM', 'my'], ['km-KH', 'km'], ['th-TH', 'th'], ['th-TH-u-nu-thai', 'th'],
    ['ne-NP', 'ne'], ['mn-MN', 'mn'],
    ['en-GB', 'en'], ['fr', 'en'], ['ko-KR', 'en'], ['tlh', 'en'],
  ];
  for (const [locale, expected] of cases) {
    it(`${locale} → ${expected}`, () => {
      expect(uiLocale(canonicalLocale(locale))).to.equal(expected);
    });
  }
  it('takes tags in any case, and bad tags as en', () => {
    expect(uiLocale(canonicalLocale('ZH-cn'))).to.equal('zh-Hans');
    expect(uiLocale(canonicalLocale('TL'))).to.equal('fil');
    expect(uiLocale(canonicalLocale('not a tag!'))).to.equal('en');
  });
});

describe('dates and numbers through Intl, per locale', () => {
  const utc = (year: number, month = 1, day = 1) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    date.setUTCFullYear(year);
    return date;
  };
  const intlDate = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);

  for (const locale of [...required, 'ja-JP-u-ca-japanese', 'th-TH', 'th-TH-u-ca-gregory', 'ne-NP', 'my-MM']) {
    it(`${locale}: each date at its precision, numbers and percents`, () => {
      expect(formatIsoDate('1993', locale)).to.equal(intlDate(locale, { year: 'numeric' }, utc(1993)));
      expect(formatIsoDate('2019-04', locale)).to.equal(intlDate(locale, { year: 'numeric', month: 'long' }, utc(2019, 4)));
      expect(formatIsoDate('2020-04-01', locale)).to.equal(
        intlDate(locale, { year: 'numeric', month: 'long', day: 'numeric' }, utc(2020, 4, 1)),
      );
      expect(formatNumber(370000, locale)).to.equal(new Intl.NumberFormat(locale).format(370000));
      expect(formatNumber(0.13, locale, { style: 'percent' })).to.equal(
        new Intl.NumberFormat(locale, { style: 'percent' }).format(0.13),
      );
    });
  }

  it('gives Japanese era dates for ja-JP-u-ca-japanese, years included', () => {
    expect(formatIsoDate('2020-04-01', 'ja-JP-u-ca-japanese')).to.equal('令和2年4月1日');
    expect(formatIsoDate('2019-04', 'ja-JP-u-ca-japanese')).to.equal('平成31年4月');
    expect(formatIsoDate('1993', 'ja-JP-u-ca-japanese')).to.equal('平成5年');
  });

  it('gives Buddhist-era years for Thai by default, year-only dates included', () => {
    expect(formatIsoDate('1993', 'th-TH')).to.contain('2536').and.not.contain('1993');
    expect(formatIsoDate('1993', 'th')).to.contain('2536');
    expect(formatIsoDate('2020-04-01', 'th-TH')).to.contain('2563');
    expect(formatIsoDate('1993', 'th-TH-u-ca-gregory')).to.contain('1993');
  });

  it('formats years below 100 as such, not as 19xx', () => {
    expect(formatIsoDate('0099', 'en')).to.equal(intlDate('en', { year: 'numeric' }, utc(99)));
  });
});
