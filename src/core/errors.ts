/** The elements' events, and the one path by which every element reports bad input: a console warning and `jitco-error`. */

/**
 * Where bad input came from: the content sources of the contract, or `attribute` for a bad
 * attribute value such as `now`, `heading-level` or `hide-after` (then `path` is its name).
 */
export type ErrorSource = 'data' | 'script' | 'src' | 'attribute';

export interface JitcoErrorDetail {
  source: ErrorSource;
  message: string;
  /** JSON path (`events[3].date`), position in the JSON text, or attribute name. */
  path?: string;
}

export interface JitcoLoadDetail {
  source: 'data' | 'script' | 'src';
}

declare global {
  interface HTMLElementEventMap {
    'jitco-error': CustomEvent<JitcoErrorDetail>;
    'jitco-load': CustomEvent<JitcoLoadDetail>;
  }
}

export function reportError(host: HTMLElement, detail: JitcoErrorDetail): void {
  const where = detail.path ? ` at ${detail.path}` : '';
  console.warn(`<${host.localName}> ${detail.source}${where}: ${detail.message}`);
  dispatch(host, 'jitco-error', detail);
}

/** Dispatches one of the elements' events: all bubble and cross shadow roots. Returns false if cancelled. */
export const dispatch = (host: HTMLElement, type: string, detail: object, cancelable = false): boolean =>
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
