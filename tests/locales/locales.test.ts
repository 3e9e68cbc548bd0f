import { expect } from '@open-wc/testing';
import { formatIsoDate, formatNumber, hasIntlData } from '../../src/core/format.js';
import { canonicalLocale } from '../../src/core/locale.js';
import { en } from '../../src/locales/en.js';
import { uiLocale, uiLocales } from '../../src/locales/index.js';
import { englishIn, englishPieces, localeTags } from './every-locale.js';

const required = ['en', 'ja', 'vi', 'id', 'fil', 'zh-Hans', 'my', 'km', 'th', 'ne', 'mn'];
const keys = Object.keys(en) as (keyof typeof en)[];
/** How a locale writes dates and numbers without Intl (src/locales/en.ts); not interface strings. */
const DATE_KEYS = ['dates', 'months', 'numbers'];
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

      it('has every English key, and only those (and date keys), each non-empty and trimmed', () => {
        expect(Object.keys(strings).filter((key) => !DATE_KEYS.includes(key)).sort()).to.deep.equal([...keys].sort());
        for (const key of keys) {
          expect(strings[key], key).not.to.equal('');
          expect(strings[key].trim(), key).to.equal(strings[key]);
        }
      });

      it('keeps the same {placeholders} as English', () => {
        for (const key of keys) expect(placeholders(strings[key]), key).to.deep.equal(placeholders(en[key]));
      });

      if (strings.dates) {
        it('writes dates at three precisions, with twelve month names where it names months', () => {
          const patterns = strings.dates!.split('|');
          expect(patterns).to.have.length(3);
          for (const pattern of patterns) expect(pattern.replace(/\{[ybmMd]\}/g, ''), pattern).not.to.match(/[{}]/);
          expect(patterns[0]).to.match(/\{[yb]\}/).and.not.match(/\{[mMd]\}/);
          expect(patterns[1]).to.match(/\{[mM]\}/).and.not.match(/\{d\}/);
          expect(patterns[2]).to.match(/\{[mM]\}/).and.match(/\{d\}/);
          if (/\{M\}/.test(strings.dates!)) expect(strings.months!.split('|').filter(Boolean)).to.have.length(12);
          if (strings.numbers) expect(new Intl.NumberFormat(strings.numbers).resolvedOptions().locale).to.match(/^en\b/);
        });
      }

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

describe('dates and numbers per locale', () => {
  const utc = (year: number, month = 1, day = 1) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    date.setUTCFullYear(year);
    return date;
  };
  const intlDate = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  const text = (iso: string, locale: string) => formatIsoDate(iso, locale).text;

  // Languages without a date pattern of their own, and tags asking Intl for a calendar: Intl's dates.
  for (const locale of ['en', 'id', 'fil', 'th', 'th-TH', 'th-TH-u-ca-gregory', 'ja-JP-u-ca-japanese', 'ko', 'de']) {
    it(`${locale}: each date at its precision as Intl writes it, numbers and percents`, () => {
      expect(text('1993', locale)).to.equal(intlDate(locale, { year: 'numeric' }, utc(1993)));
      expect(text('2019-04', locale)).to.equal(intlDate(locale, { year: 'numeric', month: 'long' }, utc(2019, 4)));
      expect(text('2020-04-01', locale)).to.equal(intlDate(locale, { year: 'numeric', month: 'long', day: 'numeric' }, utc(2020, 4, 1)));
      expect(formatIsoDate('2020-04-01', locale).lang).to.equal(locale);
      expect(formatNumber(370000, locale)).to.equal(new Intl.NumberFormat(locale).format(370000));
      expect(formatNumber(0.13, locale, { style: 'percent' })).to.equal(new Intl.NumberFormat(locale, { style: 'percent' }).format(0.13));
    });
  }

  it('writes a region or a shipped locale’s own pattern the same (my-MM, ne-NP, fil-PH)', () => {
    expect(text('2020-04-01', 'my-MM')).to.equal('၂၀၂၀ ဧပြီ ၁');
    expect(text('1993', 'ne-NP')).to.equal('सन् १९९३');
    expect(text('2020-04-01', 'fil-PH')).to.equal('Abril 1, 2020');
  });

  it('writes numbers with native digits in Burmese and Nepali, with or without Intl’s data', () => {
    expect(formatNumber(370000, 'my')).to.equal('၃၇၀,၀၀၀');
    expect(formatNumber(0.13, 'my', { style: 'percent' })).to.equal('၁၃%');
    expect(formatNumber(370000, 'ne')).to.equal('३,७०,०००');
    expect(formatNumber(1621, 'mn')).to.equal('1,621');
  });

  it('says which language a date is in: English where neither Intl nor a locale file has the language', () => {
    expect(formatIsoDate('2020-04-01', 'ja')).to.deep.equal({ text: '2020年4月1日', lang: 'ja' });
    // A language no browser ships data for (Klingon): Intl's fallback, and its tag.
    const klingon = formatIsoDate('2020-04-01', 'tlh');
    expect(klingon.lang).not.to.equal('tlh');
    expect(klingon.text).to.equal(new Intl.DateTimeFormat(klingon.lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utc(2020, 4, 1)));
  });

  it('sees missing data when Intl lists a tag but resolves it to another language', () => {
    const Real = Intl.DateTimeFormat;
    // An engine that claims every tag, then formats English (as Chromium does for my without saying so).
    const Lying = function (_locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return new Real('en-US', options);
    } as unknown as typeof Intl.DateTimeFormat;
    Lying.supportedLocalesOf = ((locales: string | string[]) => [locales].flat()) as typeof Intl.DateTimeFormat.supportedLocalesOf;
    Intl.DateTimeFormat = Lying;
    try {
      expect(hasIntlData('mn-MN')).to.be.false;
      expect(hasIntlData('en-AU')).to.be.true;
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });

  it('gives Japanese era dates for ja-JP-u-ca-japanese, years included', () => {
    expect(text('2020-04-01', 'ja-JP-u-ca-japanese')).to.equal('令和2年4月1日');
    expect(text('2019-04', 'ja-JP-u-ca-japanese')).to.equal('平成31年4月');
    expect(text('1993', 'ja-JP-u-ca-japanese')).to.equal('平成5年');
  });

  it('gives Buddhist-era years for Thai by default, year-only dates included', () => {
    expect(text('1993', 'th-TH')).to.equal('พ.ศ. 2536');
    expect(text('1993', 'th')).to.equal('พ.ศ. 2536');
    expect(text('2020-04-01', 'th-TH')).to.equal('1 เมษายน 2563');
    expect(text('1993', 'th-TH-u-ca-gregory')).to.equal('1993');
  });

  it('formats years below 100 as such, not as 19xx', () => {
    expect(text('0099', 'en')).to.equal(intlDate('en', { year: 'numeric' }, utc(99)));
    expect(text('0099', 'ja')).to.equal('99年');
  });
});
