import type { UiStrings } from './en.js';

export const mn: UiStrings = {
  readMore: 'Цааш унших',
  showLess: 'Хураах',
  timelineHeading: 'Хөтөлбөрийн он цагийн хэлхээс',
  noEvents: 'Одоогоор үйл явдал алга.',
  upcoming: 'Удахгүй',
  current: 'Одоогийн үе шат',
  approx: 'ойролцоогоор {value}',
  noticeHeading: 'Бидний нэр өөрчлөгдлөө',
  noticeHeadingBefore: 'Бидний нэр өөрчлөгдөнө',
  noticeBefore: '{formerName} нь {date} өдрөөс {newName} болж нэрээ өөрчилнө.',
  noticeAfter: '{formerName} нь {date} өдрөөс {newName} болж нэрээ өөрчилсөн.',
  abbreviated: '{name} ({abbreviation})',
  close: 'Мэдэгдлийг хаах',
  today: 'Өнөөдөр',
  decade: '{year}-аад он',
};
