import type { UiStrings } from './en.js';

export const ja: UiStrings = {
  readMore: '続きを読む',
  showLess: '閉じる',
  noEvents: 'まだ出来事はありません。',
  upcoming: '予定',
  current: '現在の段階',
  approx: '約{value}',
  noticeHeading: '名称変更のお知らせ',
  noticeHeadingBefore: '名称変更のお知らせ',
  noticeBefore: '{date}、{formerName}は{newName}に名称を変更します。',
  noticeAfter: '{date}、{formerName}は{newName}に名称を変更しました。',
  abbreviated: '{name}（{abbreviation}）',
  close: 'お知らせを閉じる',
};
