import type { UiStrings } from './en.js';

export const mn: UiStrings = {
  readMore: 'Цааш унших',
  showLess: 'Хураах',
  timelineHeading: 'Хөтөлбөрийн он цагийн хэлхээс',
  noEvents: 'Одоогоор үйл явдал байхгүй.',
  upcoming: 'Товлогдсон',
  current: 'Одоогийн үе шат',
  approx: 'ойролцоогоор {value}',
  noticeHeading: 'Нэр өөрчлөгдсөн тухай мэдэгдэл',
  noticeHeadingBefore: 'Товлогдсон нэр өөрчлөлт',
  noticeBefore: '{formerName} нь {date} өдрөөс эхлэн {newName} болж нэрээ өөрчилнө.',
  noticeAfter: '{formerName} нь {date} өдөр {newName} болж нэрээ өөрчилсөн.',
  abbreviated: '{name} ({abbreviation})',
  close: 'Мэдэгдлийг хаах',
  dates: '{y}|{y} оны {m}-р сар|{y} оны {m}-р сарын {d}',
  today: 'Өнөөдөр',
  decade: '{year}-аад он',
};
