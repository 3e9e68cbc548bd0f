// Issue 15: one language per sentence, neutral headings and their override, notice dates at day
// precision, Japanese defaults, right-to-left pages, figures per language, Tagalog.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/greeting/define.js';
import '../../src/name-change-notice/define.js';
import '../../src/timeline/define.js';
import type { JitcoNameChangeNotice } from '../../src/name-change-notice/name-change-notice.js';
import type { JitcoTimeline } from '../../src/timeline/timeline.js';
import { all, captureWarnings, errorLog, one, textOf } from '../helpers.js';
import { NAMES, NEW } from './expected.js';

const notice = (lang: string, data?: unknown, now = '2021-01-01') =>
  fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice lang=${lang} now=${now}
    data=${data ? JSON.stringify(data) : ''}></jitco-name-change-notice>`);
const timeline = (lang: string, data?: unknown) =>
  fixture<JitcoTimeline>(html`<jitco-timeline lang=${lang} now="2021-01-01" data=${data ? JSON.stringify(data) : ''}></jitco-timeline>`);
const headingOf = (el: Element) => textOf(one(el, '[part="heading"]'));
const sentenceOf = (el: Element) => textOf(one(el, '[part="text"]'));
const figuresOf = (el: Element) => all(el, '[part="figure"]').map(textOf);

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('one language per sentence', () => {
  it('gives the English sentence an English date on a page without strings (ko), and the timeline Korean dates', async () => {
    const el = await notice('ko');
    expect(sentenceOf(el)).to.equal(`On April 1, 2020, ${NAMES} became ${NEW} (JITCO).`);
    expect(one(el, '[part="text"]').getAttribute('lang')).to.equal('en');
    expect(one(el, 'time').hasAttribute('lang')).to.be.false;
    // Dates standing alone are in the page's language.
    const ko = await timeline('ko');
    expect(all(ko, 'time').slice(-3).map((time) => [textOf(time), time.getAttribute('lang')])).to.deep.equal([
      ['2019년 6월 30일', null],
      ['2019년 12월 31일', null],
      ['2020년 4월 1일', null],
    ]);
  });

  it('gives the Simplified Chinese sentence on a Traditional Chinese page a date in it', async () => {
    const el = await notice('zh-TW');
    expect(one(el, '[part="text"]').getAttribute('lang')).to.equal('zh-Hans');
    expect(textOf(one(el, 'time'))).to.equal('2020年4月1日');
  });

  it('writes a Japanese-calendar page’s date in its era', async () => {
    const el = await notice('ja-JP-u-ca-japanese');
    expect(sentenceOf(el)).to.equal('令和2年4月1日、公益財団法人 国際研修協力機構は公益財団法人 国際人材協力機構（JITCO）に名称を変更しました。');
  });
});

describe('notice headings', () => {
  const before: Record<string, string> = {
    en: 'Upcoming name change',
    ja: '名称変更のお知らせ',
    vi: 'Thông báo sắp đổi tên',
    id: 'Perubahan nama mendatang',
    fil: 'Nakatakdang pagbabago ng pangalan',
    'zh-Hans': '更名通知',
    my: 'လာမည့် အမည်ပြောင်းလဲခြင်း',
    km: 'ការប្ដូរឈ្មោះនាពេលខាងមុខ',
    th: 'การเปลี่ยนชื่อที่กำลังจะมีขึ้น',
    ne: 'आगामी नाम परिवर्तन',
    mn: 'Товлогдсон нэр өөрчлөлт',
  };
  it('are neutral before the effective date in every locale, never first person', async () => {
    for (const [lang, text] of Object.entries(before)) {
      const el = await notice(lang, undefined, '2019-01-01');
      expect(headingOf(el), lang).to.equal(text);
      expect(headingOf(el), lang).not.to.match(/\b(our|we)\b|我们|ကျွန်ုပ်တို့|យើង|เรา|हाम्रो|Бидний|kami|chúng tôi|namin/i);
    }
  });

  it('says the name will change before the date', async () => {
    expect(sentenceOf(await notice('en', undefined, '2019-01-01'))).to.equal(`On April 1, 2020, ${NAMES} will become ${NEW} (JITCO).`);
    expect(sentenceOf(await notice('fil', undefined, '2019-01-01'))).to.equal(`Sa Abril 1, 2020, ang ${NAMES} ay magiging ${NEW} (JITCO).`);
  });

  it('are replaced by the content’s heading, localized and marked when it falls back', async () => {
    const data = { formerName: 'A', newName: 'B', effectiveDate: '2020-04-01', heading: { en: 'JITCO has a new name', ja: 'JITCOの新名称' } };
    const ja = await notice('ja', data);
    expect(headingOf(ja)).to.equal('JITCOの新名称');
    expect(one(ja, '[part="heading"]').hasAttribute('lang')).to.be.false;
    const vi = await notice('vi', data);
    expect(headingOf(vi)).to.equal('JITCO has a new name');
    expect(one(vi, '[part="heading"]').getAttribute('lang')).to.equal('en');
    // The region is still named by it.
    expect(one(vi, '[role="region"]').getAttribute('aria-labelledby')).to.equal(one(vi, '[part="heading"]').id);
    const plain = await notice('en', { ...data, heading: 'Our new name' });
    expect(headingOf(plain)).to.equal('Our new name');
  });

  it('refuses content whose heading is not text, with its path, and keeps the default', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice now="2021-01-01" @jitco-error=${errors.listener}
      data=${JSON.stringify({ formerName: 'A', newName: 'B', effectiveDate: '2020-04-01', heading: 42 })}></jitco-name-change-notice>`);
    expect(errors.details.map((d) => d.path)).to.deep.equal(['heading']);
    expect(headingOf(el)).to.equal('Notice of name change');
    expect(sentenceOf(el)).to.contain(NAMES);
  });
});

describe('effectiveDate is a day', () => {
  for (const date of ['2020', '2020-04', '2020-4-1', '2020-04-31']) {
    it(`refuses "${date}" with its path, keeping the default date`, async () => {
      const errors = errorLog();
      const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice now="2021-01-01" @jitco-error=${errors.listener}
        data=${JSON.stringify({ formerName: 'A', newName: 'B', effectiveDate: date })}></jitco-name-change-notice>`);
      expect(errors.details.map((d) => [d.source, d.path])).to.deep.equal([['data', 'effectiveDate']]);
      expect(warnings.warnings.join('\n')).to.contain('effectiveDate');
      expect(one(el, 'time').getAttribute('datetime')).to.equal('2020-04-01');
    });
  }
});

describe('Japanese default content on a lang="ja" page', () => {
  it('names the organisation by its official Japanese names', async () => {
    const el = await notice('ja');
    expect(sentenceOf(el)).to.equal('2020年4月1日、公益財団法人 国際研修協力機構は公益財団法人 国際人材協力機構（JITCO）に名称を変更しました。');
    expect(sentenceOf(await notice('ja', undefined, '2019-01-01'))).to.equal(
      '2020年4月1日より、公益財団法人 国際研修協力機構は公益財団法人 国際人材協力機構（JITCO）に名称を変更します。',
    );
  });

  it('keeps the stored dismissal of the default notice (its key is that of the English names)', async () => {
    const el = await notice('ja');
    expect(el.storageKey).to.equal('jitco-notice-dismissed:1u5w0bb');
    const custom = await notice('ja', { formerName: { en: 'A', ja: 'あ' }, newName: 'B', effectiveDate: '2020-04-01' });
    expect(custom.storageKey).not.to.equal('jitco-notice-dismissed:1u5w0bb');
  });

  it('tells the timeline in Japanese, with figures placed by their labels', async () => {
    const el = await timeline('ja');
    expect(all(el, '[part="title"]').map(textOf)).to.deep.equal([
      '日本企業の海外現地法人が社員教育として研修を開始',
      '財団法人 国際研修協力機構（JITCO）設立',
      '技能実習制度の創設により研修を制度化',
      '入管法改正',
      '技能実習法施行',
      '特定技能外国人の受入れ開始',
      '技能実習制度の着実な発展',
      '在留特定技能外国人',
      '正式名称を公益財団法人 国際人材協力機構に変更',
    ]);
    expect(all(el, '[part="description"]').map(textOf)).to.deep.equal(['在留資格「技能実習」が創設される。', '新たな技能実習制度へ移行。']);
    expect(figuresOf(el)).to.deep.equal(['在留技能実習生 約37万人', '在留外国人全体の約13%', '特定技能1号 外国人 1,621人']);
    expect(all(el, '[lang]')).to.have.length(0);
  });

  it('stays English, marked, on other pages', async () => {
    const el = await timeline('vi');
    expect(textOf(all(el, '[part="title"]')[1])).to.equal(`JITCO established as the ${NAMES}`);
    expect(all(el, '[part="title"]').every((title) => title.getAttribute('lang') === 'en')).to.be.true;
  });
});

describe('figures per language', () => {
  const events = (label: unknown, approximate = false, value = 370000) => ({ events: [{ date: '2019', title: 'T', figures: [{ value, approximate, label }] }] });

  it('places the number where the label’s {value} is, else before the label', async () => {
    expect(figuresOf(await timeline('ja', events('在留技能実習生 {value}人')))).to.deep.equal(['在留技能実習生 370,000人']);
    expect(figuresOf(await timeline('en', events('trainees')))).to.deep.equal(['370,000 trainees']);
    expect(figuresOf(await timeline('en', events('{value} trainees, or {value}')))).to.deep.equal(['370,000 trainees, or 370,000']);
    // Not a placeholder: shown as written.
    expect(figuresOf(await timeline('en', events('{valeur} trainees')))).to.deep.equal(['370,000 {valeur} trainees']);
    const el = await timeline('en', events('people: {value}'));
    expect(one(el, 'data').getAttribute('value')).to.equal('370000');
  });

  it('writes approximate counts in myriads in Japanese and Chinese only', async () => {
    expect(figuresOf(await timeline('ja', events('{value}人', true)))).to.deep.equal(['約37万人']);
    expect(figuresOf(await timeline('zh-CN', events('{value}人', true)))).to.deep.equal(['约37万人']);
    expect(figuresOf(await timeline('ja', events('{value}人')))).to.deep.equal(['370,000人']);
    expect(figuresOf(await timeline('en', events('people', true)))).to.deep.equal(['approx. 370,000 people']);
    expect(figuresOf(await timeline('ko', events('명', true)))).to.deep.equal(['approx. 370,000 명']);
  });

  it('writes a figure in its label’s language: the English default on a Burmese page is all English', async () => {
    const el = await timeline('my');
    expect(figuresOf(el)[0]).to.equal('approx. 370,000 Technical Intern Trainees in Japan');
    expect(all(el, '[part="figure"]').map((figure) => figure.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en']);
    expect(all(el, 'data').every((data) => !data.hasAttribute('lang'))).to.be.true;
  });
});

describe('Tagalog (tl) is Filipino everywhere', () => {
  it('strings, dates and content', async () => {
    for (const lang of ['tl', 'tl-PH', 'TL']) {
      const el = await notice(lang, { formerName: { en: 'Old', fil: 'Luma' }, newName: 'Bago', effectiveDate: '2020-04-01' });
      expect(headingOf(el), lang).to.equal('Abiso ng pagbabago ng pangalan');
      expect(sentenceOf(el), lang).to.equal('Noong Abril 1, 2020, ang Luma ay naging Bago.');
    }
  });
});

describe('right-to-left pages', () => {
  const inRtl = async <T extends Element>(markup: ReturnType<typeof html>) => {
    const page = await fixture(html`<div dir="rtl" lang="ar" style="width: 320px">${markup}</div>`);
    const el = page.firstElementChild as T & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    return el;
  };
  /** The left edge of `text` inside `node`, in viewport pixels. */
  const leftOf = (node: Node, text: string, last = false) => {
    const range = document.createRange();
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let left: number | undefined;
    while (walker.nextNode()) {
      const content = walker.currentNode.textContent!;
      const at = last ? content.lastIndexOf(text) : content.indexOf(text);
      if (at >= 0) {
        range.setStart(walker.currentNode, at);
        range.setEnd(walker.currentNode, at + text.length);
        left = range.getBoundingClientRect().left;
        if (!last) break;
      }
    }
    if (left === undefined) throw new Error(`"${text}" not in "${node.textContent}"`);
    return left;
  };

  it('sets English fallback text left to right, isolated: the full stop ends the sentence on the right', async () => {
    const el = await inRtl<JitcoNameChangeNotice>(html`<jitco-name-change-notice now="2021-01-01"></jitco-name-change-notice>`);
    for (const part of ['heading', 'text']) {
      const node = one(el, `[part="${part}"]`);
      expect([node.getAttribute('lang'), node.getAttribute('dir'), getComputedStyle(node).direction], part).to.deep.equal(['en', 'ltr', 'ltr']);
    }
    const text = one(el, '[part="text"]');
    // "On" starts the first line at the left edge; the final ")." follows "JITCO" on its right
    // (right to left, it jumped to the left end of the last line).
    expect(leftOf(text, 'On')).to.be.closeTo(text.getBoundingClientRect().left, 1);
    expect(leftOf(text, '.', true)).to.be.above(leftOf(text, 'JITCO'));
  });

  it('puts the number of an English figure before its label, and isolates dates and numbers', async () => {
    const el = await inRtl<JitcoTimeline>(html`<jitco-timeline now="2021-01-01"></jitco-timeline>`);
    const figure = all(el, '[part="figure"]')[2];
    expect([figure.getAttribute('lang'), figure.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(leftOf(figure, '1,621')).to.be.below(leftOf(figure, 'first-year'));
    expect(getComputedStyle(one(el, 'time')).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(one(el, 'data')).unicodeBidi).to.equal('isolate');
    const title = all(el, '[part="title"]')[0];
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
  });

  it('sets the English default greeting left to right: heading, paragraphs, signature, button', async () => {
    const el = await inRtl<HTMLElement>(html`<jitco-greeting collapsed></jitco-greeting>`);
    const marked = all(el, '[lang="en"]');
    expect(marked.length).to.be.at.least(4);
    expect(marked.filter((node) => node.getAttribute('dir') !== 'ltr').map((node) => node.outerHTML.slice(0, 60))).to.deep.equal([]);
    const first = all(el, '[part="paragraph"]')[0];
    expect(leftOf(first, 'Japan')).to.be.closeTo(first.getBoundingClientRect().left, 1);
  });

  it('marks right-to-left content inside an English sentence as such', async () => {
    const el = await notice('en', { formerName: { ar: 'الاسم القديم' }, newName: 'New Name', effectiveDate: '2020-04-01' });
    const name = one(el, '[part="text"] [lang="ar"]');
    expect([name.textContent, name.getAttribute('dir')]).to.deep.equal(['الاسم القديم', 'rtl']);
    expect(one(el, '[part="text"]').hasAttribute('dir')).to.be.false;
  });
});
