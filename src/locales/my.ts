import type { UiStrings } from './en.js';

export const my: UiStrings = {
  readMore: 'ဆက်ဖတ်ရန်',
  showLess: 'လျှော့ပြရန်',
  timelineHeading: 'အစီအစဉ် သမိုင်းကြောင်း',
  noEvents: 'ဖြစ်ရပ်များ မရှိသေးပါ။',
  upcoming: 'လာမည့်အဆင့်',
  current: 'လက်ရှိအဆင့်',
  approx: '{value} ခန့်',
  noticeHeading: 'အမည်ပြောင်းလဲခြင်း အသိပေးချက်',
  noticeHeadingBefore: 'လာမည့် အမည်ပြောင်းလဲခြင်း',
  noticeBefore: '{date} တွင် {formerName} သည် {newName} အဖြစ် အမည်ပြောင်းလဲမည်။',
  noticeAfter: '{date} တွင် {formerName} သည် {newName} အဖြစ် အမည်ပြောင်းလဲခဲ့သည်။',
  abbreviated: '{name} ({abbreviation})',
  close: 'အသိပေးချက်ကို ပိတ်ရန်',
  dates: '{y}|{y} {M}|{y} {M} {d}',
  months: 'ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ',
  numbers: 'en-u-nu-mymr',
  today: 'ယနေ့',
  decade: '{year} ပြည့်လွန်နှစ်များ',
};
