// Huge and deep content is refused, not obeyed (issue 19): data (attribute or property) and the
// inline script above 512 KiB, or nested deeper than MAX_CONTENT_DEPTH, give jitco-error and keep
// the last good content; the data setter never throws. Watched failing before the limits: the
// 100,000-deep array threw a RangeError from the setter, and the 600 KiB attribute rendered.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { MAX_CONTENT_DEPTH, MAX_SRC_BYTES } from '../../src/core/content.js';
import type { JitcoErrorDetail } from '../../src/core/errors.js';
import type { JitcoGreeting, JitcoTimeline } from '../../src/index.js';
import { one, textOf } from '../helpers.js';

const signature = { organization: 'Partner', role: 'Director', name: 'A. Person' };
const good = { heading: 'Kept heading', paragraphs: ['Kept paragraph.'], signature };

/** A fresh greeting on the good content, with its jitco-error details collected. */
async function greetingWithErrors() {
  const el = await fixture<JitcoGreeting>(html`<jitco-greeting .data=${good}></jitco-greeting>`);
  await el.updateComplete;
  const errors: JitcoErrorDetail[] = [];
  el.addEventListener('jitco-error', (event) => errors.push((event as CustomEvent<JitcoErrorDetail>).detail));
  return { el, errors };
}

const deepArray = (depth: number) => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('content limits', () => {
  it('refuses a data attribute above 512 KiB and keeps the last good content', async () => {
    const { el, errors } = await greetingWithErrors();
    el.setAttribute('data', JSON.stringify({ ...good, heading: 'Too big', paragraphs: ['x'.repeat(MAX_SRC_BYTES)] }));
    await el.updateComplete;
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Kept heading');
    expect(errors.map((e) => `${e.source}: ${e.message}`)).to.deep.equal(['data: content is larger than 512 KiB']);
  });

  it('takes a data attribute just under the limit', async () => {
    const { el, errors } = await greetingWithErrors();
    const text = JSON.stringify({ heading: 'Big but fine', paragraphs: ['x'.repeat(MAX_SRC_BYTES - 200)], signature });
    expect(text.length).to.be.at.most(MAX_SRC_BYTES);
    el.setAttribute('data', text);
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Big but fine');
  });

  it('refuses a data property whose strings add up above 512 KiB', async () => {
    const { el, errors } = await greetingWithErrors();
    el.data = { heading: 'Too big', paragraphs: Array.from({ length: 600 }, () => 'y'.repeat(1024)), signature };
    await el.updateComplete;
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Kept heading');
    expect(errors.map((e) => e.message)).to.deep.equal(['content is larger than 512 KiB']);
  });

  it('a 100,000-deep data property, set twice, never throws, and is refused with where and why', async () => {
    const { el, errors } = await greetingWithErrors();
    const deep = deepArray(100_000);
    expect(() => (el.data = { heading: 'Deep', paragraphs: deep } as never)).not.to.throw();
    await el.updateComplete;
    expect(() => (el.data = { heading: 'Deep', paragraphs: deepArray(100_000) } as never)).not.to.throw();
    await el.updateComplete;
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Kept heading');
    expect(errors.length).to.be.within(1, 2);
    for (const error of errors) expect(`${error.source}: ${error.message}`).to.equal(`data: content is nested deeper than ${MAX_CONTENT_DEPTH} levels`);
  });

  it('refuses deep JSON text in the attribute (small but 10,000 levels)', async () => {
    const { el, errors } = await greetingWithErrors();
    el.setAttribute('data', `{"heading":"Deep","paragraphs":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    await el.updateComplete;
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Kept heading');
    expect(errors.map((e) => e.message)).to.deep.equal([`content is nested deeper than ${MAX_CONTENT_DEPTH} levels`]);
  });

  it('refuses an inline JSON script above 512 KiB: the default shows, with a script error', async () => {
    const errors: JitcoErrorDetail[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @jitco-error=${(e: CustomEvent<JitcoErrorDetail>) => errors.push(e.detail)}></div>`);
    const el = document.createElement('jitco-greeting') as JitcoGreeting;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ heading: 'Script too big', paragraphs: ['z'.repeat(MAX_SRC_BYTES)], signature });
    el.append(script);
    wrapper.append(el);
    await el.updateComplete;
    expect(textOf(one(el, '[part="heading"]'))).not.to.equal('Script too big');
    expect(errors.map((e) => `${e.source}: ${e.message}`)).to.deep.equal(['script: content is larger than 512 KiB']);
  });

  it('content equality counts keys: a timeline going from one event to two shows two', async () => {
    // A review planted an equality that ignored the key count; the whole suite let it through.
    const event = { date: '2001', title: 'First' };
    const el = await fixture<JitcoTimeline>(html`<jitco-timeline now="2026-01-01" .data=${{ events: [event] }}></jitco-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(1);
    el.data = { events: [event, { date: '2002', title: 'Second' }] };
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => textOf(li))).to.have.length(2);
    expect(textOf(el.shadowRoot!.querySelector('ol, ul')!)).to.include('Second');
  });
});
