/**
 * The element's prerendered shadow root, made in the browser: the real element renders its own
 * template (the one `jitco-elements prerender` renders with @lit-labs/ssr) into its shadow root,
 * which is then written out in the CLI's shape, `<template shadowrootmode="open"><style>…the
 * element's styles…</style>…rendered nodes…</template>`, so the element's existing upgrade path
 * (src/core/prerendered-root.ts, the PrerenderedRoot controller) takes it over. Not a second renderer.
 */
import type { Attributes, Tag } from './embed.js';

// Lit's own markers in a client-rendered root (`<!--?lit$123$-->`, `<!---->`): the CLI leaves
// Lit's hydration markers out too, since the element replaces the prerendered nodes.
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!---->/g;

// What a light-DOM copy of the render keeps: the attributes that carry meaning without the
// element's styles (language, direction, dates, links, images, hiding). Classes, parts, ids and
// ARIA references would clash with the page (duplicate ids) or point at nothing. The WordPress
// plugin lets exactly these tags and attributes through (its build copies both lists).
export const FALLBACK_ATTRIBUTES: readonly string[] = ['lang', 'dir', 'datetime', 'href', 'src', 'alt', 'value', 'hidden', 'width', 'height'];
// The tags the elements render that mean something as plain HTML; any other is unwrapped (its
// text kept), and buttons and icons, which would do or show nothing without the script, removed.
export const FALLBACK_TAGS: readonly string[] = [
  'article', 'section', 'div', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'strong', 'em',
  'ol', 'ul', 'li', 'time', 'data', 'a', 'img', 'figure', 'figcaption', 'blockquote', 'br',
];
const REMOVED = new Set(['button', 'style', 'svg', 'script', 'template']);

/**
 * The rendered content as plain HTML for inside the tag (light DOM): the page shows it until the
 * element's script runs, then the element's shadow root (which has no `<slot>`) hides it.
 */
export function fallbackFrom(root: ShadowRoot): string {
  const copy = root.ownerDocument.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  for (const element of [...copy.querySelectorAll('*')]) {
    if (REMOVED.has(element.localName)) {
      element.remove();
      continue;
    }
    for (const { name } of [...element.attributes]) if (!FALLBACK_ATTRIBUTES.includes(name)) element.removeAttribute(name);
    if (!FALLBACK_TAGS.includes(element.localName)) element.replaceWith(...element.childNodes);
  }
  return copy.innerHTML.replace(LIT_MARKERS, '').replace(/>\s+</g, '> <').trim();
}

/** The element's render in both forms: its declarative shadow root, and its light-DOM fallback. */
export interface Rendered {
  /** `<template shadowrootmode="open"><style>…</style>…</template>`; undefined when it renders nothing. */
  root?: string;
  fallback?: string;
}

/**
 * Renders `tag` with `attributes` and `content` off screen, now (synchronously: Lit's
 * `performUpdate` flushes the first render), today's date and the given (or the builder page's)
 * language resolved at this moment, in `document` (this page's, or a test's frame) whose
 * registry must define `tag`.
 */
export function renderElement(
  tag: Tag,
  attributes: Attributes,
  content: unknown,
  { document = globalThis.document }: { document?: Document } = {},
): Rendered {
  const host = document.createElement('div');
  // Off screen, not `display: none`: container queries and `<details>` render as on a page.
  host.style.cssText = 'position:absolute;inset-inline-start:-10000px;inline-size:40rem;visibility:hidden';
  host.setAttribute('aria-hidden', 'true');
  const element = document.createElement(tag) as unknown as HTMLElement & { performUpdate?: () => void };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
  }
  element.setAttribute('data', JSON.stringify(content));
  host.append(element);
  document.body.append(host);
  try {
    element.performUpdate?.();
    const root = element.shadowRoot;
    if (!root || !root.firstChild) return {};
    const styles = (element.constructor as unknown as { elementStyles?: { cssText: string }[] }).elementStyles ?? [];
    const css = styles.map((style) => style.cssText).join('');
    const body = root.innerHTML.replace(LIT_MARKERS, '');
    if (!body.trim()) return {};
    return { root: `<template shadowrootmode="open">${css ? `<style>${css}</style>` : ''}${body}</template>`, fallback: fallbackFrom(root) };
  } finally {
    host.remove();
  }
}

/** The declarative shadow root alone (see renderElement). */
export const prerenderRoot = (...args: Parameters<typeof renderElement>) => renderElement(...args).root;
