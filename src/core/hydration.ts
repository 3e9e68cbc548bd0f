/**
 * Lit's own SSR hydration (`@lit-labs/ssr-client`'s `lit-element-hydrate-support.js`, loaded
 * before Lit): which server roots Lit hydrates and which the element replaces. The CDN files
 * build without it (scripts/cdn-no-hydration.js): their Lit is inside them with its `_$` names
 * mangled, so another copy's hydrate support cannot hydrate them.
 */
import { ReactiveElement } from 'lit';

/** The mark the hydrate support sets on an element whose server root Lit is to hydrate. */
interface Hydratable {
  _$AG?: boolean;
  _$needsHydration?: boolean;
}

/** Whether a server root holds Lit's hydration markers (`<!--lit-part …-->`, from Lit's SSR). */
const hasLitMarkers = (root: ShadowRoot) =>
  [...root.childNodes].some((node) => node.nodeType === 8 && (node as Comment).data.startsWith('lit-part'));

/**
 * Whether Lit hydrates the server root `root` of `element`, called after LitElement's
 * `createRenderRoot`. The hydrate support marks every server root (`_$AG`; `_$needsHydration` in
 * Lit's development build) and adopts no styles. A root of Lit's own SSR, with its markers, is
 * Lit's to hydrate: true. Any other (the prerenderer's, without markers) is the element's to
 * replace, as without the hydrate support: the mark is cleared and the styles adopted; false.
 */
export function litHydrates(element: ReactiveElement, root: ShadowRoot): boolean {
  const self = element as ReactiveElement & Hydratable;
  if (!(self._$AG || self._$needsHydration)) return false;
  if (hasLitMarkers(root)) return true;
  self._$AG = self._$needsHydration = false;
  (ReactiveElement.prototype as unknown as { createRenderRoot(): unknown }).createRenderRoot.call(element);
  return false;
}
