/**
 * The upgrade of a prerendered element (declarative shadow DOM from `jitco-elements prerender`
 * or the builder), as a Lit `ReactiveController`.
 */
import { isServer, type LitElement, type ReactiveController } from 'lit';
import { litHydrates } from './hydration.js';

/**
 * Adopts a shadow root the element arrived with and replaces the server's nodes with its own
 * render, in the same task, so nothing paints in between (no doubled content, no flash). While
 * `holds()` (the element reloads its `src` and has only the default to show), the server's nodes
 * stay and Lit's render waits off the page.
 *
 * Browser: `hostConnected` (first connection, before the first render) adopts the root, unless
 * Lit's hydrate support is to hydrate it (`litHydrates`): then it leaves it to Lit.
 * `hostUpdated`, after each render until the replacement, parks what Lit rendered (Lit renders
 * after the server's nodes: `renderBefore` is cleared) and, once nothing holds, moves it in
 * place of the server's nodes. Server: there is nothing to adopt; the prerenderer writes the
 * root this adopts (`isServer` keeps an SSR renderer that calls `connectedCallback` out).
 */
export class PrerenderedRoot implements ReactiveController {
  /** The last of the server's nodes, while they show. */
  private __last?: ChildNode | null;
  /** What Lit rendered while the server's nodes show: its part follows its nodes here. */
  private __parked?: DocumentFragment;

  constructor(
    private readonly __host: LitElement,
    /** Whether the server's nodes must stay through this render. */
    private readonly __holds: () => boolean,
  ) {
    __host.addController(this);
  }

  /** Whether the element still shows the server's nodes (its first render that replaces them is to come). */
  get showing(): boolean {
    return !!this.__last;
  }

  hostConnected(): void {
    const host = this.__host;
    const root = host.shadowRoot;
    // A second connection before the first render finds the same server nodes.
    if (isServer || host.hasUpdated || !root?.firstChild || litHydrates(host, root)) return;
    this.__last = root.lastChild;
    this.__parked = new DocumentFragment();
    host.renderOptions.renderBefore = undefined;
  }

  hostUpdated(): void {
    const last = this.__last;
    if (!last) return;
    for (let node; (node = last.nextSibling); ) this.__parked!.append(node);
    if (this.__holds()) return;
    (last.parentNode as ShadowRoot).replaceChildren(this.__parked!);
    this.__last = undefined;
  }
}
