// Interface strings in a language the page does not speak: a Korean page gets the English ones,
// a Traditional Chinese page the Simplified ones, each marked with its `lang` so screen readers
// switch voice (content texts inside them are marked against them in turn).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/greeting/define.js';
import '../../src/name-change-notice/define.js';
import '../../src/timeline/define.js';
import type { JitcoGreeting } from '../../src/greeting/greeting.js';
import type { JitcoNameChangeNotice } from '../../src/name-change-notice/name-change-notice.js';
import type { JitcoTimeline } from '../../src/timeline/timeline.js';
import { all, one, textOf } from '../helpers.js';

const notice = (lang: string, data?: unknown) =>
  fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice lang=${lang} dismissible notice-id="ui-lang" now="2021-01-01"
    data=${data ? JSON.stringify(data) : ''}></jitco-name-change-notice>`);

describe('interface strings in another language than the page', () => {
  it('marks the English notice heading, sentence and close button on a Korean page', async () => {
    const el = await notice('ko');
    expect(one(el, '[part="heading"]').getAttribute('lang')).to.equal('en');
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Notice of name change');
    expect(one(el, '[part="text"]').getAttribute('lang')).to.equal('en');
    expect(one(el, 'button').getAttribute('lang')).to.equal('en');
    // The default names are English too: nothing inside the English sentence is marked.
    expect(one(el, '[part="text"]').querySelectorAll('[lang]')).to.have.length(0);
  });

  it('marks a partner name in the page language inside the English sentence', async () => {
    const el = await notice('ko', { formerName: '옛 이름', newName: '새 이름', effectiveDate: '2020-04-01' });
    const marked = [...one(el, '[part="text"]').querySelectorAll('[lang]')].map((span) => [span.textContent, span.getAttribute('lang')]);
    expect(marked).to.deep.equal([['옛 이름', 'ko'], ['새 이름', 'ko']]);
  });

  it('marks Simplified Chinese interface text on a Traditional Chinese page', async () => {
    const el = await notice('zh-TW');
    expect(one(el, '[part="heading"]').getAttribute('lang')).to.equal('zh-Hans');
    expect(one(el, 'button').getAttribute('lang')).to.equal('zh-Hans');
  });

  it('marks nothing when the page language has its own interface strings', async () => {
    for (const lang of ['ja', 'en-GB', 'zh-CN']) {
      const el = await notice(lang);
      expect(one(el, '[part="heading"]').hasAttribute('lang'), lang).to.be.false;
      expect(one(el, 'button').hasAttribute('lang'), lang).to.be.false;
    }
  });

  it('marks the greeting’s Read more button', async () => {
    const ko = await fixture<JitcoGreeting>(html`<jitco-greeting lang="ko" collapsed></jitco-greeting>`);
    expect(one(ko, 'button').getAttribute('lang')).to.equal('en');
    expect(textOf(one(ko, 'button'))).to.equal('Read more');
    const vi = await fixture<JitcoGreeting>(html`<jitco-greeting lang="vi" collapsed></jitco-greeting>`);
    expect(one(vi, 'button').hasAttribute('lang')).to.be.false;
  });

  it('marks the timeline’s own heading, status labels, "approx." and empty line', async () => {
    const events = [
      { date: '2019', title: '사건', figures: [{ value: 1000, approximate: true, label: '명' }, { value: 5, label: '개' }] },
      { date: '2030', title: '미래' },
    ];
    const ko = await fixture<JitcoTimeline>(html`<jitco-timeline lang="ko" now="2024-01-01" data=${JSON.stringify({ events })}></jitco-timeline>`);
    expect(one(ko, '[part="heading"]').getAttribute('lang')).to.equal('en');
    expect(all(ko, '[part="status"]').map((status) => [textOf(status), status.getAttribute('lang')])).to.deep.equal([
      ['Current stage', 'en'],
      ['Upcoming', 'en'],
    ]);
    // The approximate figure carries the English "approx."; an exact one is only a number.
    expect(all(ko, 'data').map((data) => data.getAttribute('lang'))).to.deep.equal(['en', null]);
    // The partner's Korean titles are in the page's language: unmarked.
    expect(all(ko, '[part="title"]').every((title) => !title.hasAttribute('lang'))).to.be.true;
    const empty = await fixture<JitcoTimeline>(html`<jitco-timeline lang="ko" data='{"events": []}'></jitco-timeline>`);
    expect(one(empty, '[part="empty"]').getAttribute('lang')).to.equal('en');
    const ja = await fixture<JitcoTimeline>(html`<jitco-timeline lang="ja" now="2024-01-01" data=${JSON.stringify({ events })}></jitco-timeline>`);
    expect(one(ja, '[part="heading"]').hasAttribute('lang')).to.be.false;
    expect(all(ja, '[part="status"], data').every((node) => !node.hasAttribute('lang'))).to.be.true;
  });
});
