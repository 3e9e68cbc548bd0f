/** Helpers for play functions: the stories' elements keep their content in shadow DOM. */
import { expect, waitFor } from 'storybook/test';

/** The story's `tag` element, once it has rendered its shadow content. */
export async function rendered<E extends HTMLElement>(canvasElement: HTMLElement, tag: string): Promise<E> {
  const element = canvasElement.querySelector<E>(tag);
  await expect(element, `<${tag}> in the story`).toBeTruthy();
  await waitFor(() => expect(element!.shadowRoot?.childElementCount).toBeGreaterThan(0));
  return element!;
}

/** The one element of `host`'s shadow root matching `selector`. */
export function inShadow<E extends HTMLElement = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

/** Whether a person would see the element (it has a box). */
export const isShown = (element: Element): boolean => element.getClientRects().length > 0;
