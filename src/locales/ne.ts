import type { UiStrings } from './en.js';

export const ne: UiStrings = {
  readMore: 'थप पढ्नुहोस्',
  showLess: 'कम देखाउनुहोस्',
  timelineHeading: 'कार्यक्रमको समयरेखा',
  noEvents: 'अहिलेसम्म कुनै घटना छैन।',
  upcoming: 'आगामी',
  current: 'हालको चरण',
  approx: 'लगभग {value}',
  noticeHeading: 'नाम परिवर्तनको सूचना',
  noticeHeadingBefore: 'आगामी नाम परिवर्तन',
  noticeBefore: '{date} देखि {formerName} को नाम {newName} हुनेछ।',
  noticeAfter: '{date} देखि {formerName} को नाम {newName} भएको छ।',
  abbreviated: '{name} ({abbreviation})',
  close: 'सूचना बन्द गर्नुहोस्',
  dates: 'सन् {y}|{y} {M}|{y} {M} {d}',
  months: 'जनवरी|फेब्रुअरी|मार्च|अप्रिल|मे|जुन|जुलाई|अगस्ट|सेप्टेम्बर|अक्टोबर|नोभेम्बर|डिसेम्बर',
  numbers: 'en-IN-u-nu-deva',
  today: 'आज',
  decade: '{year} को दशक',
};
