import type { UiStrings } from './en.js';

export const fil: UiStrings = {
  readMore: 'Magbasa pa',
  showLess: 'Magpakita ng mas kaunti',
  timelineHeading: 'Kasaysayan ng programa',
  noEvents: 'Wala pang mga kaganapan.',
  upcoming: 'Paparating',
  current: 'Kasalukuyang yugto',
  approx: 'humigit-kumulang {value}',
  noticeHeading: 'Nagbago na ang aming pangalan',
  noticeHeadingBefore: 'Magbabago ang aming pangalan',
  noticeBefore: 'Sa {date}, magiging {newName} ang {formerName}.',
  noticeAfter: 'Noong {date}, naging {newName} ang {formerName}.',
  abbreviated: '{name} ({abbreviation})',
  close: 'Isara ang abiso',
  today: 'Ngayon',
  decade: 'Dekada {year}',
};
