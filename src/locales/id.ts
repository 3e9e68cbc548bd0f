import type { UiStrings } from './en.js';

export const id: UiStrings = {
  readMore: 'Baca selengkapnya',
  showLess: 'Tampilkan lebih sedikit',
  timelineHeading: 'Linimasa program',
  noEvents: 'Belum ada peristiwa.',
  upcoming: 'Mendatang',
  current: 'Tahap saat ini',
  approx: 'sekitar {value}',
  noticeHeading: 'Pemberitahuan perubahan nama',
  noticeHeadingBefore: 'Perubahan nama mendatang',
  noticeBefore: 'Pada {date}, {formerName} akan berganti nama menjadi {newName}.',
  noticeAfter: 'Pada {date}, {formerName} telah berganti nama menjadi {newName}.',
  abbreviated: '{name} ({abbreviation})',
  close: 'Tutup pemberitahuan',
  today: 'Hari ini',
  decade: 'Tahun {year}-an',
};
