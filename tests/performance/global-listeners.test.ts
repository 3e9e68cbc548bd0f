/**
 * No element listens on `document` or `window` for keys (contract), and whatever global listener
 * an element adds while on the page is gone once it leaves. The recorder is imported first so it
 * sees the elements' modules load.
 */
import { added, removed, type GlobalListener } from './record-global-listeners.js';
// The recorder above must run before the elements' modules: keep these imports below it.
import { expect } from '@open-wc/testing';
import { elements, mount, type JitcoElementLike } from '../elements.js';

const KEY_EVENTS = new Set(['keydown', 'keyup', 'keypress']);
/** Listeners added from our sources (src/ and the Lit code they call), not from the test tools. */
const ours = (listener: GlobalListener) => /\/src\//.test(listener.stack);
const describeListener = (listener: GlobalListener) => `${listener.target} ${listener.type}\n${listener.stack}`;

async function exercise(element: JitcoElementLike) {
  // Everything a reader can do: click each control and press keys on it.
  for (const control of element.shadowRoot!.querySelectorAll<HTMLElement>('button, a, [tabindex]')) {
    for (const type of ['keydown', 'keyup'])
      control.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', bubbles: true, composed: true }));
    if (control.localName === 'button') control.click();
    await element.updateComplete;
  }
  element.lang = element.lang === 'ja' ? 'en' : 'ja';
  await element.updateComplete;
}

describe('global listeners', () => {
  it('saw no key listener added while the element modules loaded', () => {
    expect(added.filter((listener) => KEY_EVENTS.has(listener.type)).map(describeListener)).to.deep.equal([]);
  });

  for (const { tag, attributes } of elements) {
    it(`<${tag}> adds no key listener to window or document, and leaves none behind`, async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const start = added.length;
      const startRemoved = removed.length;
      // The default, and each observed attribute switched on ('' turns on a boolean attribute).
      const variants = [undefined, ...attributes.filter((name) => !['lang', 'heading-level', 'now'].includes(name))];
      for (const attribute of variants) {
        const element = await mount(tag, container, (element) => attribute && element.setAttribute(attribute, ''));
        await exercise(element);
        element.remove();
      }
      container.remove();
      const during = added.slice(start).filter(ours);
      // Key listeners from anyone while the elements lived: not even a helper may add one for them.
      const keyListeners = added.slice(start).filter((listener) => KEY_EVENTS.has(listener.type));
      expect(keyListeners.map(describeListener), 'key listeners on window/document').to.deep.equal([]);
      const left = during.filter(
        (listener) => !removed.slice(startRemoved).some((gone) => gone.target === listener.target && gone.type === listener.type && gone.listener === listener.listener),
      );
      expect(left.map(describeListener), 'global listeners left behind').to.deep.equal([]);
    });
  }

  it('sees key listeners on window and document (self-check of the recorder)', () => {
    const listener = () => {};
    const before = added.length;
    document.addEventListener('keydown', listener);
    document.removeEventListener('keydown', listener);
    expect(added.slice(before).map((entry) => entry.type)).to.deep.equal(['keydown']);
  });
});
