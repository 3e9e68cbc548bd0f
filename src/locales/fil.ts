import type { UiStrings } from './en.js';

export const fil: UiStrings = {
  readMore: 'Magbasa pa',
  showLess: 'Paikliin',
  timelineHeading: 'Kasaysayan ng programa',
  noEvents: 'Wala pang mga kaganapan.',
  upcoming: 'Paparating',
  current: 'Kasalukuyang yugto',
  approx: 'humigit-kumulang {value}',
  noticeHeading: 'Abiso ng pagbabago ng pangalan',
  noticeHeadingBefore: 'Nakatakdang pagbabago ng pangalan',
  noticeBefore: 'Sa {date}, ang {formerName} ay magiging {newName}.',
  noticeAfter: 'Noong {date}, ang {formerName} ay naging {newName}.',
  abbreviated: '{name} ({abbreviation})',
  close: 'Isara ang abiso',
  today: 'Ngayon',
  decade: 'Dekada {year}',
};
