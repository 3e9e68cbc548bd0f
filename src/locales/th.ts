import type { UiStrings } from './en.js';

export const th: UiStrings = {
  readMore: 'อ่านเพิ่มเติม',
  showLess: 'แสดงน้อยลง',
  timelineHeading: 'ลำดับเหตุการณ์ของโครงการ',
  noEvents: 'ยังไม่มีเหตุการณ์',
  upcoming: 'กำลังจะมาถึง',
  current: 'ระยะปัจจุบัน',
  approx: 'ประมาณ {value}',
  noticeHeading: 'ประกาศการเปลี่ยนชื่อ',
  noticeHeadingBefore: 'การเปลี่ยนชื่อที่กำลังจะมีขึ้น',
  noticeBefore: 'ในวันที่ {date} {formerName} จะเปลี่ยนชื่อเป็น {newName}',
  noticeAfter: 'เมื่อวันที่ {date} {formerName} ได้เปลี่ยนชื่อเป็น {newName}',
  abbreviated: '{name} ({abbreviation})',
  close: 'ปิดข้อความนี้',
  today: 'วันนี้',
  decade: 'ทศวรรษ {year}',
};
