/**
 * The element's prerendered shadow root, made in the browser: the real element renders its own
 * template (the one `jitco-elements prerender` renders with @lit-labs/ssr) into its shadow root,
 * which is then written out in the CLI's shape, `<template shadowrootmode="open"><style>…the
 * element's styles…</style>…rendered nodes…</template>`, so the element's existing upgrade path
 * (src/core/jitco-element.ts, createRenderRoot) takes it over. Not a second renderer.
 */
import type { Attributes, Tag } from './embed.js';

// Lit's own markers in a client-rendered root (`<!--?lit$123$-->`, `<!---->`): the CLI leaves
// Lit's hydration markers out too, since the element replaces the prerendered nodes.
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!---->/g;

/**
 * Renders `tag` with `attributes` and `content` off screen, today's date and the given (or the
 * builder page's) language resolved now, in `document` (this page's, or a test's frame), and returns its declarative shadow root, or undefined
 * when the element renders nothing (a notice past its `hide-after`).
 */
export async function prerenderRoot(
  tag: Tag,
  attributes: Attributes,
  content: unknown,
  { document = globalThis.document }: { document?: Document } = {},
): Promise<string | undefined> {
  const host = document.createElement('div');
  // Off screen, not `display: none`: container queries and `<details>` render as on a page.
  host.style.cssText = 'position:absolute;inset-inline-start:-10000px;inline-size:40rem;visibility:hidden';
  host.setAttribute('aria-hidden', 'true');
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
  }
  element.setAttribute('data', JSON.stringify(content));
  host.append(element);
  document.body.append(host);
  try {
    await document.defaultView?.customElements.whenDefined(tag);
    await element.updateComplete;
    const root = element.shadowRoot;
    if (!root || !root.firstChild) return undefined;
    const styles = (element.constructor as unknown as { elementStyles?: { cssText: string }[] }).elementStyles ?? [];
    const css = styles.map((style) => style.cssText).join('');
    const body = root.innerHTML.replace(LIT_MARKERS, '');
    if (!body.trim()) return undefined;
    return `<template shadowrootmode="open">${css ? `<style>${css}</style>` : ''}${body}</template>`;
  } finally {
    host.remove();
  }
}
