/**
 * Where an element's content comes from, per the contract's precedence:
 * `data` (attribute or property) › child `<script type="application/json">` › `src` › default.
 * Bad input is reported and the last good content stays.
 */
import type { ReactiveControllerHost } from 'lit';
import { dispatch, reportError, type ErrorSource } from './errors.js';
import { validate, type Issue, type Schema, type Infer } from './schema.js';

export type ContentSource = 'data' | 'script' | 'src' | 'default';

/** Bodies above this are refused without being parsed. */
export const MAX_SRC_BYTES = 512 * 1024;
/** A `src` request still unanswered after this is given up. */
export const SRC_TIMEOUT_MS = 10_000;

/** What the loader needs of its element. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
}

class SourceError extends Error {
  constructor(message: string, readonly path?: string) {
    super(message);
  }
}

/**
 * Parses JSON text, reporting the position of a syntax error (thrown as an Error with `message`
 * and `path`; the builder shows the same words at its JSON field).
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Engines word it differently; Chromium and Firefox name a position or line and column,
    // WebKit neither (then the engine's message alone says what is wrong).
    const position = /position \d+|line \d+ column \d+/.exec(message)?.[0];
    throw new SourceError(`invalid JSON: ${message}`, position);
  }
}

async function readBody(response: Response): Promise<string> {
  if (!response.ok) throw new SourceError(`HTTP ${response.status} ${response.statusText}`.trim());
  const tooLarge = () => new SourceError(`response is larger than ${MAX_SRC_BYTES / 1024} KiB`);
  if (Number(response.headers.get('content-length')) > MAX_SRC_BYTES) throw tooLarge();
  // Count bytes as they arrive: a missing or false Content-Length must not let a huge body in.
  // A 204 may have no body stream at all (engines differ).
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SRC_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (!size) throw new SourceError(`empty response (HTTP ${response.status})`);
  return new Blob(chunks).text();
}

export class ContentLoader<S extends Schema> {
  /** The content to render: the last good content, or the default. */
  value: Infer<S>;
  /** Where `value` came from. */
  source: ContentSource = 'default';

  private __lastData: unknown;
  private __lastScript: string | null = null;
  private __lastSrc: string | undefined;
  private __request?: AbortController;
  private __childObserver?: MutationObserver;

  constructor(
    private readonly __host: ContentHost,
    /** What content must look like (also the oracle of the fuzz tests). */
    readonly schema: S,
    readonly defaults: Infer<S>,
  ) {
    this.value = defaults;
  }

  /** Starts watching the light DOM for a content script added or edited after upgrade. */
  connected(): void {
    this.__childObserver ??= new MutationObserver(() => this.__host.requestUpdate());
    this.__childObserver.observe(this.__host, { childList: true, subtree: true, characterData: true });
    // A load that was cut short by a disconnection starts again.
    if (this.__host.src && this.__lastSrc === undefined) this.__host.requestUpdate();
  }

  disconnected(): void {
    this.__childObserver?.disconnect();
    if (this.__request) {
      this.__cancelRequest();
      this.__lastSrc = undefined;
    }
  }

  /** Brings `value` up to date with the element's sources; called before each render. */
  update(): void {
    const { data, src } = this.__host;
    if (data !== undefined && data !== null && data !== '') {
      this.__lastScript = null;
      this.__lastSrc = undefined;
      if (data !== this.__lastData) {
        this.__lastData = data;
        this.__cancelRequest();
        this.__apply('data', () => (typeof data === 'string' ? parseJson(data) : data));
      }
      return;
    }
    this.__lastData = undefined;
    const script = this.__host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.__lastSrc = undefined;
      const text = script.textContent ?? '';
      if (text !== this.__lastScript) {
        this.__lastScript = text;
        this.__cancelRequest();
        this.__apply('script', () => parseJson(text));
      }
      return;
    }
    this.__lastScript = null;
    if (src) {
      if (src !== this.__lastSrc) {
        this.__lastSrc = src;
        void this.__load(src);
      }
      return;
    }
    this.__lastSrc = undefined;
    this.__cancelRequest();
    this.value = this.defaults;
    this.source = 'default';
  }

  private __report(source: ErrorSource, issue: Issue | SourceError): void {
    const { path, message } = issue;
    reportError(this.__host, { source, message, ...(path ? { path } : {}) });
  }

  /** Parses and validates content; keeps the last good content when it is unusable. */
  private __apply(source: Exclude<ContentSource, 'default'>, read: () => unknown): void {
    let result;
    try {
      result = validate(this.schema, read());
    } catch (error) {
      this.__report(source, error as SourceError);
      return;
    }
    for (const issue of result.issues) this.__report(source, issue);
    if (result.value === undefined) return;
    this.value = result.value;
    this.source = source;
    // `jitco-load` waits for the render that shows the new content: content arriving between
    // renders (from `src`) schedules one first; within a render (data, script) this is a no-op
    // and `updateComplete` is that render's.
    this.__host.requestUpdate();
    void this.__host.updateComplete.then(() => dispatch(this.__host, 'jitco-load', { source }));
  }

  private __cancelRequest(): void {
    if (!this.__request) return;
    this.__request.abort();
    this.__request = undefined;
    this.__host.removeAttribute('aria-busy');
  }

  private async __load(src: string): Promise<void> {
    this.__cancelRequest();
    const request = new AbortController();
    this.__request = request;
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
    } catch {
      this.__request = undefined;
      this.__report('src', new SourceError(`refused URL "${src}" (http: or https: only)`));
      return;
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, SRC_TIMEOUT_MS);
    this.__host.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, {
        credentials: 'omit',
        signal: request.signal,
        headers: { accept: 'application/json' },
      });
      const text = await readBody(response);
      if (this.__request !== request) return;
      this.__apply('src', () => parseJson(text));
    } catch (error) {
      // Superseded or disconnected requests end silently; everything else is reported.
      if (this.__request !== request) return;
      const message = timedOut
        ? `no answer after ${SRC_TIMEOUT_MS / 1000} s`
        : error instanceof SourceError
          ? error.message
          : `could not load "${src}": ${(error as Error).message}`;
      this.__report('src', new SourceError(message, (error as SourceError).path));
    } finally {
      clearTimeout(timer);
      if (this.__request === request) {
        this.__request = undefined;
        this.__host.removeAttribute('aria-busy');
        // Whatever the outcome, the element renders again without the busy state.
        this.__host.requestUpdate();
      }
    }
  }
}
