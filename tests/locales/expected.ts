// The default content in every shipped locale, as a person reads it: written down here, not
// computed, so a wrong date format or word fails. The same in Chromium, Firefox and WebKit.

export interface Expected {
  heading: string;
  sentence: string;
  dates: string[];
}

export const NAMES = 'Japan International Training Cooperation Organization';
export const NEW = 'Japan International Trainee & Skilled Worker Cooperation Organization';

export const expected: Record<string, Expected> = {
  'en': {
    heading: 'Notice of name change',
    sentence: `On April 1, 2020, ${NAMES} became ${NEW} (JITCO).`,
    dates: ['Late 1960s', '1991', '1993', '2010', '2017', 'April 2019', 'June 30, 2019', 'December 31, 2019', 'April 1, 2020'],
  },
  'ja': {
    heading: '名称変更のお知らせ',
    sentence: `2020年4月1日、公益財団法人 国際研修協力機構は公益財団法人 国際人材協力機構（JITCO）に名称を変更しました。`,
    dates: ['1960年代後半', '1991年', '1993年', '2010年', '2017年', '2019年4月', '2019年6月30日', '2019年12月31日', '2020年4月1日'],
  },
  'vi': {
    heading: 'Thông báo đổi tên',
    sentence: `Ngày 1 tháng 4 năm 2020, ${NAMES} đã đổi tên thành ${NEW} (JITCO).`,
    dates: ['Late 1960s', '1991', '1993', '2010', '2017', 'tháng 4 năm 2019', '30 tháng 6 năm 2019', '31 tháng 12 năm 2019', '1 tháng 4 năm 2020'],
  },
  'id': {
    heading: 'Pemberitahuan perubahan nama',
    sentence: `Pada 1 April 2020, ${NAMES} telah berganti nama menjadi ${NEW} (JITCO).`,
    dates: ['Late 1960s', '1991', '1993', '2010', '2017', 'April 2019', '30 Juni 2019', '31 Desember 2019', '1 April 2020'],
  },
  'fil': {
    heading: 'Abiso ng pagbabago ng pangalan',
    sentence: `Noong Abril 1, 2020, ang ${NAMES} ay naging ${NEW} (JITCO).`,
    dates: ['Late 1960s', '1991', '1993', '2010', '2017', 'Abril 2019', 'Hunyo 30, 2019', 'Disyembre 31, 2019', 'Abril 1, 2020'],
  },
  'zh-Hans': {
    heading: '更名通知',
    sentence: `${NAMES}已于2020年4月1日更名为${NEW}（JITCO）。`,
    dates: ['Late 1960s', '1991年', '1993年', '2010年', '2017年', '2019年4月', '2019年6月30日', '2019年12月31日', '2020年4月1日'],
  },
  'my': {
    heading: 'အမည်ပြောင်းလဲခြင်း အသိပေးချက်',
    sentence: `၂၀၂၀ ဧပြီ ၁ တွင် ${NAMES} သည် ${NEW} (JITCO) အဖြစ် အမည်ပြောင်းလဲခဲ့သည်။`,
    dates: ['Late 1960s', '၁၉၉၁', '၁၉၉၃', '၂၀၁၀', '၂၀၁၇', '၂၀၁၉ ဧပြီ', '၂၀၁၉ ဇွန် ၃၀', '၂၀၁၉ ဒီဇင်ဘာ ၃၁', '၂၀၂၀ ဧပြီ ၁'],
  },
  'km': {
    heading: 'សេចក្ដីជូនដំណឹងអំពីការប្ដូរឈ្មោះ',
    sentence: `នៅថ្ងៃទី 1 មេសា 2020 ${NAMES} បានប្ដូរឈ្មោះទៅជា ${NEW} (JITCO)។`,
    dates: ['Late 1960s', '1991', '1993', '2010', '2017', 'មេសា 2019', '30 មិថុនា 2019', '31 ធ្នូ 2019', '1 មេសា 2020'],
  },
  'th': {
    heading: 'ประกาศการเปลี่ยนชื่อ',
    sentence: `เมื่อวันที่ 1 เมษายน 2563 ${NAMES} ได้เปลี่ยนชื่อเป็น ${NEW} (JITCO)`,
    dates: ['Late 1960s', 'พ.ศ. 2534', 'พ.ศ. 2536', 'พ.ศ. 2553', 'พ.ศ. 2560', 'เมษายน 2562', '30 มิถุนายน 2562', '31 ธันวาคม 2562', '1 เมษายน 2563'],
  },
  'ne': {
    heading: 'नाम परिवर्तनको सूचना',
    sentence: `२०२० अप्रिल १ देखि ${NAMES} को नाम ${NEW} (JITCO) भएको छ।`,
    dates: ['Late 1960s', 'सन् १९९१', 'सन् १९९३', 'सन् २०१०', 'सन् २०१७', '२०१९ अप्रिल', '२०१९ जुन ३०', '२०१९ डिसेम्बर ३१', '२०२० अप्रिल १'],
  },
  'mn': {
    heading: 'Нэр өөрчлөгдсөн тухай мэдэгдэл',
    sentence: `${NAMES} нь 2020 оны 4-р сарын 1 өдөр ${NEW} (JITCO) болж нэрээ өөрчилсөн.`,
    dates: ['Late 1960s', '1991', '1993', '2010', '2017', '2019 оны 4-р сар', '2019 оны 6-р сарын 30', '2019 оны 12-р сарын 31', '2020 оны 4-р сарын 1'],
  },
};

/** Where the browser has none of its own data, these languages have no date pattern of their own. */
export const intlOnly = ['id', 'fil', 'th'];

/**
 * Makes this page's `Intl` behave like Chromium's for my, km, ne and mn, for every language but
 * English: `supportedLocalesOf` leaves the tag out and formatters resolve to `en-US`.
 */
export function removeIntlData(): void {
  const english = (locales?: string | readonly string[]) =>
    [locales ?? []].flat().filter((tag) => /^en\b/i.test(tag));
  for (const name of ['DateTimeFormat', 'NumberFormat'] as const) {
    const Real = Intl[name] as unknown as new (locales?: string | string[], options?: object) => object;
    const Fake = function (locales?: string | string[], options?: object) {
      const tags = english(locales);
      return new Real(tags.length ? tags : 'en-US', options);
    } as unknown as typeof Intl.DateTimeFormat;
    Fake.supportedLocalesOf = english as typeof Intl.DateTimeFormat.supportedLocalesOf;
    (Intl as unknown as Record<string, unknown>)[name] = Fake;
  }
}
