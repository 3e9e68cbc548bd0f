import type { UiStrings } from './en.js';

export const ja: UiStrings = {
  readMore: '続きを読む',
  showLess: '閉じる',
  timelineHeading: '制度の沿革',
  noEvents: 'まだ項目がありません。',
  upcoming: '予定',
  current: '最新',
  approx: '約{value}',
  noticeHeading: '名称変更のお知らせ',
  noticeHeadingBefore: '名称変更のお知らせ',
  noticeBefore: '{date}より、{formerName}は{newName}に名称を変更します。',
  noticeAfter: '{date}、{formerName}は{newName}に名称を変更しました。',
  abbreviated: '{name}（{abbreviation}）',
  close: 'お知らせを閉じる',
  dates: '{y}年|{y}年{m}月|{y}年{m}月{d}日',
  today: '今日',
  decade: '{year}年代',
};
