import type { UiStrings } from './en.js';

export const my: UiStrings = {
  readMore: 'ဆက်ဖတ်ရန်',
  showLess: 'လျှော့ပြရန်',
  timelineHeading: 'အစီအစဉ် သမိုင်းကြောင်း',
  noEvents: 'ဖြစ်ရပ်များ မရှိသေးပါ။',
  upcoming: 'မကြာမီ',
  current: 'လက်ရှိအဆင့်',
  approx: '{value} ခန့်',
  noticeHeading: 'ကျွန်ုပ်တို့၏ အမည် ပြောင်းလဲပြီးပါပြီ',
  noticeHeadingBefore: 'ကျွန်ုပ်တို့၏ အမည် ပြောင်းလဲတော့မည်',
  noticeBefore: '{date} တွင် {formerName} သည် {newName} အဖြစ် အမည်ပြောင်းလဲမည်။',
  noticeAfter: '{date} တွင် {formerName} သည် {newName} အဖြစ် အမည်ပြောင်းလဲခဲ့သည်။',
  abbreviated: '{name} ({abbreviation})',
  close: 'အသိပေးချက်ကို ပိတ်ရန်',
  today: 'ယနေ့',
  decade: '{year} ပြည့်လွန်နှစ်များ',
};
