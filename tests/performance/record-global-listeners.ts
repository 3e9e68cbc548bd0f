/**
 * Imported before anything else by global-listeners.test.ts: records every listener added to or
 * removed from `window` and `document` from now on, with the stack that added it, so listeners
 * the elements add while their modules load are seen too.
 */
export interface GlobalListener {
  target: 'window' | 'document';
  type: string;
  listener: unknown;
  stack: string;
}

export const added: GlobalListener[] = [];
export const removed: GlobalListener[] = [];

for (const [name, target] of [['window', window], ['document', document]] as const) {
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    added.push({ target: name, type, listener, stack: new Error().stack ?? '' });
    add.call(target, type, listener, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    removed.push({ target: name, type, listener, stack: new Error().stack ?? '' });
    remove.call(target, type, listener, options);
  };
}
