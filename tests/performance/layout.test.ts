/**
 * No forced synchronous layout while an element renders: every DOM API that makes the engine
 * compute layout (or style) synchronously when read is wrapped, and any call made between
 * connecting an element (or changing it) and the end of its update fails the test, with the
 * stack that made it. Reading these is fine in a user's event handler; in render it would make
 * every partner page lay out once per element.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { elements, mount, type JitcoElementLike } from '../elements.js';

/** [prototype, property] pairs whose read (getter) or call (method) forces layout or style. */
const LAYOUT_APIS: [object, string][] = [
  ...['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight', 'offsetParent', 'innerText'].map((name): [object, string] => [HTMLElement.prototype, name]),
  ...['clientTop', 'clientLeft', 'clientWidth', 'clientHeight', 'scrollTop', 'scrollLeft', 'scrollWidth', 'scrollHeight', 'getBoundingClientRect', 'getClientRects', 'scrollIntoView', 'checkVisibility', 'computedStyleMap'].map(
    (name): [object, string] => [Element.prototype, name],
  ),
  ...['getComputedStyle', 'scrollX', 'scrollY', 'pageXOffset', 'pageYOffset', 'innerWidth', 'innerHeight', 'scrollBy', 'scrollTo'].map((name): [object, string] => [window, name]),
  [Document.prototype, 'elementFromPoint'],
  [Document.prototype, 'elementsFromPoint'],
  [Range.prototype, 'getBoundingClientRect'],
  [Range.prototype, 'getClientRects'],
];

const forced: string[] = [];
let recording = false;
const restores: (() => void)[] = [];

function instrument() {
  for (const [target, name] of LAYOUT_APIS) {
    // The property may live on the object or on a prototype up its chain (window's are on Window.prototype).
    let owner: object | null = target;
    while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
    if (!owner) continue; // not in this engine
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
    const note = () => recording && forced.push(`${name}\n${new Error().stack}`);
    const patched: PropertyDescriptor = { ...descriptor };
    if (descriptor.get) {
      const get = descriptor.get;
      patched.get = function (this: unknown) {
        note();
        return get.call(this);
      };
    } else if (typeof descriptor.value === 'function') {
      const method = descriptor.value as (...args: unknown[]) => unknown;
      patched.value = function (this: unknown, ...args: unknown[]) {
        note();
        return method.apply(this, args);
      };
    } else continue;
    Object.defineProperty(owner, name, patched);
    restores.push(() => Object.defineProperty(owner, name, descriptor));
  }
}

/** Runs `change` and waits for the element's update, recording layout reads in between. */
async function recordRender(element: JitcoElementLike | undefined, change: () => JitcoElementLike | Promise<JitcoElementLike> | void) {
  forced.length = 0;
  recording = true;
  try {
    const result = await change();
    await (result ?? element)!.updateComplete;
  } finally {
    recording = false;
  }
  return [...forced];
}

let container: HTMLElement;
before(instrument);
after(() => restores.forEach((restore) => restore()));
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

describe('no forced synchronous layout during render', () => {
  for (const { tag, attributes } of elements) {
    it(`<${tag}>: first render, attribute changes, language switch and interaction`, async () => {
      let element: JitcoElementLike | undefined;
      expect(await recordRender(undefined, () => mount(tag, container, (created) => (element = created))), 'first render').to.deep.equal([]);
      for (const attribute of attributes) {
        const value = attribute === 'lang' ? 'ja' : attribute === 'heading-level' ? '3' : attribute === 'now' ? '2000-01-01' : '';
        expect(await recordRender(element, () => void element!.setAttribute(attribute, value)), `setting ${attribute}`).to.deep.equal([]);
      }
      expect(await recordRender(element, () => void (element!.data = undefined)), 'data change').to.deep.equal([]);
      for (const button of element!.shadowRoot!.querySelectorAll('button'))
        expect(await recordRender(element, () => button.click()), 'clicking a button').to.deep.equal([]);
      // A second element on a page that already has one.
      expect(await recordRender(undefined, () => mount(tag, container)), 'second element').to.deep.equal([]);
    });
  }

  it('catches a render that reads layout (self-check of the instrumentation)', async () => {
    class MeasuringElement extends LitElement {
      override render() {
        return html`<p>${this.offsetWidth}</p>`;
      }
    }
    customElements.define('measuring-element', MeasuringElement);
    const reads = await recordRender(undefined, () => mount('measuring-element', container));
    expect(reads).to.have.length(1);
    expect(reads[0]).to.match(/^offsetWidth/);
  });
});
