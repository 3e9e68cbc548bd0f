/**
 * The language an element inherits from the page, as a Lit `ReactiveController`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { inheritedLang } from './locale.js';

/** The connected controllers, told when a `lang` attribute changes anywhere in the document. */
const connected = new Set<LanguageController>();
/** One observer serves every element while any is connected. */
let observer: MutationObserver | undefined;

/**
 * Resolves and observes the `lang` an element inherits: the nearest ancestor's (across shadow
 * roots), else `<html lang>`. A change anywhere on the page (a partner's language switcher)
 * re-renders the host. The host's own `lang` attribute is the host's to observe (a controller
 * cannot add to `observedAttributes`), and `dir` needs nothing: the browser inherits it into
 * shadow trees, and the marks the elements write carry their own (`langMark`).
 *
 * Browser: `hostConnected` reads the page and starts observing it, `hostDisconnected` stops.
 * Server: there is no page to read; the prerenderer sets `inherited` from its HTML before the
 * render (`isServer` below keeps an SSR renderer that does call `connectedCallback` off
 * `document`). Both sides resolve the locale from `inherited` in the render path (`localeFrom`).
 */
export class LanguageController implements ReactiveController {
  /** The inherited `lang`, or undefined when the page sets none. The host's own `lang` wins over it. */
  inherited?: string;

  constructor(private readonly __host: ReactiveControllerHost & Element) {
    __host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.__read();
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((controller) => controller.__read()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    connected.add(this);
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  private __read(): void {
    const lang = inheritedLang(this.__host);
    if (lang !== this.inherited) {
      this.inherited = lang;
      this.__host.requestUpdate();
    }
  }
}
