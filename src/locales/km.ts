import type { UiStrings } from './en.js';

export const km: UiStrings = {
  readMore: 'អានបន្ថែម',
  showLess: 'បង្ហាញតិចវិញ',
  timelineHeading: 'ប្រវត្តិកម្មវិធី',
  noEvents: 'មិនទាន់មានព្រឹត្តិការណ៍នៅឡើយទេ។',
  upcoming: 'នាពេលខាងមុខ',
  current: 'ដំណាក់កាលបច្ចុប្បន្ន',
  approx: 'ប្រហែល {value}',
  noticeHeading: 'សេចក្ដីជូនដំណឹងអំពីការប្ដូរឈ្មោះ',
  noticeHeadingBefore: 'ការប្ដូរឈ្មោះនាពេលខាងមុខ',
  noticeBefore: 'នៅថ្ងៃទី {date} {formerName} នឹងប្ដូរឈ្មោះទៅជា {newName}។',
  noticeAfter: 'នៅថ្ងៃទី {date} {formerName} បានប្ដូរឈ្មោះទៅជា {newName}។',
  abbreviated: '{name} ({abbreviation})',
  close: 'បិទសេចក្ដីជូនដំណឹង',
  dates: '{y}|{M} {y}|{d} {M} {y}',
  months: 'មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ',
  today: 'ថ្ងៃនេះ',
  decade: 'ទសវត្សរ៍ {year}',
};
