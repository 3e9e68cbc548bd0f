/**
 * The notice's memory of dismissals, as a Lit `ReactiveController`, and its server side.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Dismissals of this page's life: the fallback where `localStorage` throws or is absent. */
const dismissedKeys = new Set<string>();

/**
 * The inline script the server writes after a dismissible notice's shadow root: it hides the
 * notice as the parser reaches it (before the page paints it) when this visitor dismissed it
 * before, the test `DismissalMemory` makes in the browser. Its text never changes (the key is in
 * its attribute), so a Content-Security-Policy can allow it by its hash (README); where it is
 * blocked, the notice goes when the elements' script runs.
 */
export const DISMISSED_SCRIPT = 'try{var s=document.currentScript;if(localStorage.getItem(s.dataset.jitcoDismissed)!==null)s.parentNode.hidden=!0}catch(e){}';

/** The attribute that carries the key to `DISMISSED_SCRIPT`; the prerenderer replaces scripts with it when it runs again. */
export const DISMISSED_ATTRIBUTE = 'data-jitco-dismissed';

/** `DISMISSED_SCRIPT` for the key `key`, as HTML (server only: the browser has the controller). */
export const dismissalScript = (key: string): string =>
  `<script ${DISMISSED_ATTRIBUTE}="${key.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${DISMISSED_SCRIPT}</script>`;

/** What the controller reads of its host: whether dismissals apply, and under which key. */
export interface DismissibleHost extends ReactiveControllerHost, HTMLElement {
  dismissible: boolean;
  readonly storageKey: string;
}

/**
 * Remembers dismissals in `localStorage` (else for the page's life, where storage throws) and
 * hides the host before a render that must not paint: a `dismissible` host whose `storageKey`
 * was dismissed, or when `hide()` says so for another reason.
 *
 * Browser: `hostUpdate` runs after the content loader's (it is added after it) and before the
 * render, so a dismissed notice never paints; it sets the host's `hidden` and clears only a
 * `hidden` it set. Server: the visitor's storage is not there to read (`isServer`): nothing is
 * hidden, and the element's server hook (`serverHtml`) writes `dismissalScript` instead.
 */
export class DismissalMemory implements ReactiveController {
  /** Whether the host is hidden by this controller (a `hidden` set by the page is left alone). */
  hiding = false;

  constructor(
    private readonly __host: DismissibleHost,
    /** Whether the host hides for a reason of its own (past its date, its key not known yet). */
    private readonly __hide: () => boolean,
  ) {
    __host.addController(this);
  }

  hostUpdate(): void {
    if (isServer) return;
    const host = this.__host;
    let hide = this.__hide();
    try {
      hide ||= host.dismissible && (dismissedKeys.has(host.storageKey) || localStorage.getItem(host.storageKey) !== null);
    } catch {
      // Storage that throws on reading remembers nothing beyond the page-life set above.
    }
    if (hide && !host.hidden) host.hidden = this.hiding = true;
    else if (!hide && this.hiding) host.hidden = this.hiding = false;
  }

  /** Remembers that the reader dismissed `key` (the host hides at its next update). */
  remember(key: string): void {
    dismissedKeys.add(key);
    try {
      localStorage.setItem(key, '1');
    } catch {
      // Private modes, full quotas and blocked storage: the page-life memory above suffices.
    }
    this.__host.requestUpdate();
  }
}
