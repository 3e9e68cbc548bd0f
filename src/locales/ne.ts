import type { UiStrings } from './en.js';

export const ne: UiStrings = {
  readMore: 'थप पढ्नुहोस्',
  showLess: 'कम देखाउनुहोस्',
  timelineHeading: 'कार्यक्रमको समयरेखा',
  noEvents: 'अहिलेसम्म कुनै घटना छैन।',
  upcoming: 'आगामी',
  current: 'हालको चरण',
  approx: 'लगभग {value}',
  noticeHeading: 'हाम्रो नाम परिवर्तन भएको छ',
  noticeHeadingBefore: 'हाम्रो नाम परिवर्तन हुँदैछ',
  noticeBefore: '{date} देखि {formerName} को नाम {newName} हुनेछ।',
  noticeAfter: '{date} देखि {formerName} को नाम {newName} भएको छ।',
  abbreviated: '{name} ({abbreviation})',
  close: 'सूचना बन्द गर्नुहोस्',
  today: 'आज',
  decade: '{year} को दशक',
};
