/**
 * Every element of the package, from the registry (which tests/registry.test.ts checks against
 * the classes): the fuzz, leak, listener and layout tests iterate over this list, so an element
 * added to the registry is covered without touching them.
 */
import '../src/index.js';
import { attributesOf, ELEMENTS } from '../src/elements.js';

export interface ElementUnderTest {
  tag: string;
  /** Attributes the element observes, besides `data` and `src` (fuzzed apart or not at all). */
  attributes: string[];
}

/** Attributes no fuzz test sets at random: content is fuzzed through `data`; `src` fetches. */
const NOT_FUZZED = new Set(['data', 'src']);

export const elements: ElementUnderTest[] = ELEMENTS.map((element) => ({
  tag: element.tag,
  attributes: attributesOf(element).map((a) => a.name).filter((name) => !NOT_FUZZED.has(name)),
})).sort((a, b) => a.tag.localeCompare(b.tag));

/** Whitespace-normalised text of a shadow root (textContent: no layout, hidden text included). */
export const shadowText = (element: Element): string =>
  [...element.shadowRoot!.childNodes]
    .filter((node) => node.nodeName !== 'STYLE')
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The rendered markup of a shadow root without Lit's comment markers, for comparing renders. */
export const shadowMarkup = (element: Element): string => element.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');

/** What the tests use of an element: an HTMLElement with Lit's update cycle and `data`. */
export type JitcoElementLike = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

/** Appends a new element to `container`, with `setup` applied before it connects; resolves when rendered. */
export async function mount<T extends JitcoElementLike = JitcoElementLike>(
  tag: string,
  container: Element,
  setup: (element: T) => void = () => {},
): Promise<T> {
  const element = document.createElement(tag) as T;
  setup(element);
  container.append(element);
  await element.updateComplete;
  return element;
}
