/**
 * The elements' events reach a listener on `document` when the element sits inside another
 * component's shadow root: they bubble and are composed (contract, "Events").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/greeting/define.js';
import '../../src/name-change-notice/define.js';
import { isolateStorageAndWarnings, nextEvent, one } from '../helpers.js';

isolateStorageAndWarnings();

/** An element of `tag` inside the open shadow root of a plain component, on the page. */
async function insideAnotherComponent<T extends HTMLElement>(tag: string, setup: (el: T) => void = () => {}): Promise<T> {
  const outer = await fixture<HTMLElement>(html`<div class="outer-component"></div>`);
  const el = document.createElement(tag) as T;
  setup(el);
  outer.attachShadow({ mode: 'open' }).append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** The next `type` event heard on document, with what the listener saw. */
async function heardOnDocument(type: string, act: () => void) {
  // The path is only there while the event is dispatched.
  let target: EventTarget | undefined;
  const record = (event: Event) => (target = event.composedPath()[0]);
  document.addEventListener(type, record, { once: true });
  const heard = nextEvent<CustomEvent>(document, type, 3000);
  try {
    act();
    return { event: await heard, target };
  } finally {
    document.removeEventListener(type, record);
  }
}

describe('events from inside another component’s shadow root', () => {
  it('jitco-error is heard on document (bubbles, composed)', async () => {
    const el = await insideAnotherComponent('jitco-greeting');
    const { event, target } = await heardOnDocument('jitco-error', () => el.setAttribute('data', '{oops'));
    expect(target).to.equal(el);
    expect(event.detail.source).to.equal('data');
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });

  it('jitco-load is heard on document (bubbles, composed)', async () => {
    const el = await insideAnotherComponent<HTMLElement & { data: unknown }>('jitco-greeting');
    const content = { heading: 'Loaded', paragraphs: ['One.'], signature: { organization: 'O', role: 'R', name: 'N' } };
    const { event, target } = await heardOnDocument('jitco-load', () => (el.data = content));
    expect(target).to.equal(el);
    expect(event.detail).to.deep.equal({ source: 'data' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });

  it('jitco-dismiss is heard on document (bubbles, composed, cancelable)', async () => {
    const el = await insideAnotherComponent('jitco-name-change-notice', (notice) => {
      notice.setAttribute('dismissible', '');
      notice.setAttribute('notice-id', `events-${Date.now()}`);
    });
    const { event, target } = await heardOnDocument('jitco-dismiss', () => one(el, 'button').click());
    expect(target).to.equal(el);
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
  });
});
