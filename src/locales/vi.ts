import type { UiStrings } from './en.js';

export const vi: UiStrings = {
  readMore: 'Xem thêm',
  showLess: 'Thu gọn',
  timelineHeading: 'Các mốc của chương trình',
  noEvents: 'Chưa có sự kiện nào.',
  upcoming: 'Sắp diễn ra',
  current: 'Giai đoạn hiện tại',
  approx: 'khoảng {value}',
  noticeHeading: 'Thông báo đổi tên',
  noticeHeadingBefore: 'Thông báo sắp đổi tên',
  noticeBefore: 'Từ ngày {date}, {formerName} sẽ đổi tên thành {newName}.',
  noticeAfter: 'Ngày {date}, {formerName} đã đổi tên thành {newName}.',
  abbreviated: '{name} ({abbreviation})',
  close: 'Đóng thông báo',
  dates: '{y}|tháng {m} năm {y}|{d} tháng {m} năm {y}',
  today: 'Hôm nay',
  decade: 'Thập niên {year}',
};
