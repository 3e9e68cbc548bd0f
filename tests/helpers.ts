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

/** Resolves once `predicate` holds (polled each animation frame), or rejects after `timeout`. */
export async function until(predicate: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
