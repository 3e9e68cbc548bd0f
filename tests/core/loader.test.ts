/**
 * The content loader's state and its rendering: `loading` is the loader's own, `aria-busy` on the
 * host only shows it (a page's own `aria-busy` is never read or changed), and content equal to the
 * current content changes nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { JitcoGreeting, JitcoNameChangeNotice } from '../../src/index.js';
import { errorLog, isShown, one, textOf, until } from '../helpers.js';

const content = {
  heading: 'Hello partners',
  paragraphs: ['One.', 'Two.'],
  signature: { organization: 'Org', role: 'Director', name: 'A. Person' },
};

/** Counts `jitco-load` and `jitco-error` events of an element. */
function eventCounter(el: HTMLElement) {
  const counts = { load: 0, error: 0 };
  el.addEventListener('jitco-load', () => counts.load++);
  el.addEventListener('jitco-error', () => counts.error++);
  return counts;
}

/** Two animation frames: time for any update or event a change would cause. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('content loader: loading state', () => {
  it('shows a dismissible notice whose page set aria-busy="false" on it', async () => {
    const el = await fixture<JitcoNameChangeNotice>(
      html`<jitco-name-change-notice dismissible aria-busy="false"></jitco-name-change-notice>`,
    );
    expect(el.hidden, 'hidden').to.be.false;
    expect(isShown(one(el, '[role="region"]')), 'region shown').to.be.true;
  });

  it('shows a dismissible notice whose page set aria-busy="true" on it', async () => {
    const el = await fixture<JitcoNameChangeNotice>(
      html`<jitco-name-change-notice dismissible aria-busy="true"></jitco-name-change-notice>`,
    );
    expect(isShown(one(el, '[role="region"]')), 'region shown').to.be.true;
  });

  it('names its loading state and shows it as aria-busy while src loads', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting src="/test-api/greeting.json?delay=300"></jitco-greeting>`);
    expect(el.content.loading, 'loading').to.be.true;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await until(() => !el.content.loading, 5000, 'the load to end');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy'), 'aria-busy after loading').to.be.false;
    expect(textOf(one(el, '#heading'))).to.equal('Welcome');
  });

  it('leaves a page’s own aria-busy as it is, while loading and after', async () => {
    const el = await fixture<JitcoGreeting>(
      html`<jitco-greeting aria-busy="false" src="/test-api/greeting.json?delay=300"></jitco-greeting>`,
    );
    expect(el.content.loading, 'loading').to.be.true;
    expect(el.getAttribute('aria-busy'), 'while loading').to.equal('false');
    await until(() => !el.content.loading, 5000, 'the load to end');
    await el.updateComplete;
    expect(el.getAttribute('aria-busy'), 'after loading').to.equal('false');
  });

  it('leaves a page’s own aria-busy when a load fails or is cancelled', async () => {
    const el = await fixture<JitcoGreeting>(
      html`<jitco-greeting aria-busy="true" src="/test-api/missing?delay=100"></jitco-greeting>`,
    );
    await until(() => !el.content.loading, 5000, 'the load to end');
    expect(el.getAttribute('aria-busy'), 'after failure').to.equal('true');
    el.src = '/test-api/greeting.json?delay=2000';
    await el.updateComplete;
    el.removeAttribute('src');
    await el.updateComplete;
    expect(el.getAttribute('aria-busy'), 'after cancel').to.equal('true');
  });
});

describe('content loader: equal content', () => {
  it('an equal new data object changes nothing and fires nothing', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting .data=${content}></jitco-greeting>`);
    await settle();
    const counts = eventCounter(el);
    const heading = one(el, '#heading');
    let renders = 0;
    const observer = new MutationObserver((records) => (renders += records.length));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    el.data = structuredClone(content);
    await el.updateComplete;
    await settle();
    observer.disconnect();
    expect(counts, 'events after an equal object').to.deep.equal({ load: 0, error: 0 });
    expect(renders, 'DOM changes').to.equal(0);
    expect(one(el, '#heading')).to.equal(heading);
  });

  it('an equal JSON attribute written differently fires nothing; a changed one loads', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting data=${JSON.stringify(content)}></jitco-greeting>`);
    await settle();
    const counts = eventCounter(el);
    el.setAttribute('data', JSON.stringify(content, null, 2));
    await el.updateComplete;
    await settle();
    expect(counts, 'after equal JSON').to.deep.equal({ load: 0, error: 0 });
    el.setAttribute('data', JSON.stringify({ ...content, heading: 'Changed' }));
    await el.updateComplete;
    await settle();
    expect(counts, 'after changed JSON').to.deep.equal({ load: 1, error: 0 });
    expect(textOf(one(el, '#heading'))).to.equal('Changed');
  });

  it('ends a framework loop: a load listener that sets an equal new object fires once', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting></jitco-greeting>`);
    const errors = errorLog();
    el.addEventListener('jitco-error', errors.listener);
    let loads = 0;
    // What a React parent does with an inline object prop and a state update on load.
    el.addEventListener('jitco-load', () => {
      loads++;
      if (loads < 50) el.data = structuredClone(content);
    });
    el.data = structuredClone(content);
    await settle();
    await settle();
    expect(loads).to.equal(1);
    expect(errors.details).to.deep.equal([]);
  });

  it('an equal bad input is reported once', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting></jitco-greeting>`);
    const counts = eventCounter(el);
    el.data = { heading: 42 } as never;
    await el.updateComplete;
    el.data = { heading: 42 } as never;
    await el.updateComplete;
    await settle();
    expect(counts.error, 'errors').to.be.greaterThan(0);
    const first = counts.error;
    el.data = { heading: 42 } as never;
    await el.updateComplete;
    expect(counts.error, 'errors after the same bad object again').to.equal(first);
  });
});
