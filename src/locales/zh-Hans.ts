import type { UiStrings } from './en.js';

export const zhHans: UiStrings = {
  readMore: '阅读全文',
  showLess: '收起',
  timelineHeading: '制度沿革',
  noEvents: '暂无事项。',
  upcoming: '即将到来',
  current: '当前阶段',
  approx: '约{value}',
  noticeHeading: '更名通知',
  noticeHeadingBefore: '更名通知',
  noticeBefore: '{formerName}将于{date}更名为{newName}。',
  noticeAfter: '{formerName}已于{date}更名为{newName}。',
  abbreviated: '{name}（{abbreviation}）',
  close: '关闭通知',
  dates: '{y}年|{y}年{m}月|{y}年{m}月{d}日',
  today: '今天',
  decade: '{year}年代',
};
