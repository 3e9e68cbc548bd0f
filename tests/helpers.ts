import type { JitcoErrorDetail } from '../src/core/errors.js';

/** Records `console.warn` calls (and keeps them out of the test output) until `restore`. */
export function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => void (console.warn = original) };
}

/** A `jitco-error` listener for templates (`@jitco-error=${errors.listener}`) and what it heard. */
export function errorLog() {
  const details: JitcoErrorDetail[] = [];
  return {
    details,
    listener: (event: CustomEvent<JitcoErrorDetail>) => void details.push(event.detail),
  };
}

/** Elements of the shadow root matching `selector`. */
export const all = (element: Element, selector: string): HTMLElement[] => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** The one element of the shadow root matching `selector`; throws when there is none. */
export function one(element: Element, selector: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

/** Whether a person would see the element (rendered with a box). */
export const isShown = (element: Element): boolean => element.getClientRects().length > 0;

/** Visible, whitespace-normalised text. */
export const textOf = (element: Element): string => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

/**
 * Resolves once `predicate` holds (polled each animation frame); rejects with `message` after
 * `ms`. Every wait of the tests is bounded like this, so a regression fails in seconds with
 * what was awaited, instead of stalling until the runner's timeout.
 */
export async function waitFor(predicate: () => boolean, message: string, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** `waitFor` with the older argument order (timeout before the message). */
export const until = (predicate: () => boolean, timeout = 5000, what = 'condition'): Promise<void> => waitFor(predicate, what, timeout);

/**
 * The next `type` event on `target`; rejects after `ms` naming the event and the target
 * (`oneEvent` of @open-wc/testing waits forever, and a missing event then costs the test's whole
 * timeout with no word on what was missing).
 */
export function nextEvent<E extends Event = CustomEvent>(target: EventTarget, type: string, ms = 5000): Promise<E> {
  return new Promise<E>((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      const name = target instanceof Element ? `<${target.localName}>` : target === document ? 'document' : String(target);
      reject(new Error(`no ${type} event on ${name} within ${ms} ms`));
    }, ms);
    const listener = (event: Event) => {
      clearTimeout(timer);
      resolve(event as E);
    };
    target.addEventListener(type, listener, { once: true });
  });
}

/**
 * For a test file whose tests dismiss notices or expect warnings: each test starts and ends with
 * an empty `localStorage` and with `console.warn` captured; `.warnings` is this test's capture.
 */
export function isolateStorageAndWarnings() {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    capture = captureWarnings();
    localStorage.clear();
  });
  afterEach(() => {
    capture.restore();
    localStorage.clear();
  });
  return {
    get warnings() {
      return capture.warnings;
    },
  };
}

/**
 * What a reader sees of an element's shadow root (a prerendered one too): its text, styles left
 * out, white space collapsed.
 */
export function shadowText(host: Element): string {
  const root = host.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode()) if ((walker.currentNode.parentNode as Element).localName !== 'style') text += walker.currentNode.nodeValue;
  return text.replace(/\s+/g, ' ').trim();
}
