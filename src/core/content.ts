/**
 * Where an element's content comes from, per the contract's precedence:
 * `data` (attribute or property) › child `<script type="application/json">` › `src` › default.
 * Bad input is reported and the last good content stays.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { dispatch, reportError, type ErrorSource } from './errors.js';
import { validate, type Issue, type Schema, type Infer } from './schema.js';
import { contentSource, type ContentSource } from './source.js';
import { isHttpUrl } from './values.js';

export type { ContentSource } from './source.js';

/** Bodies above this are refused without being parsed. */
export const MAX_SRC_BYTES = 512 * 1024;
/** A `src` request still unanswered after this is given up. */
export const SRC_TIMEOUT_MS = 10_000;

/** What the loader needs of its element. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
}

export class SourceError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** Parses JSON text, reporting the position of a syntax error. */
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

/** Content nested deeper than this is refused (the schemas need 5 levels). */
export const MAX_CONTENT_DEPTH = 32;

/**
 * Whether two JSON values are equal (deep): content equal to the current one changes nothing.
 * Values deeper than `MAX_CONTENT_DEPTH` count as different (the `data` setter calls this, and
 * must not overflow the stack on a hostile value; `contentLimit` then refuses it).
 */
export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (depth > MAX_CONTENT_DEPTH || typeof a !== 'object' || typeof b !== 'object' || !a || !b || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1))
  );
}

/** The characters of a value's strings and keys; Infinity when deeper than `MAX_CONTENT_DEPTH`. */
const contentSize = (value: unknown, depth = 0): number =>
  depth > MAX_CONTENT_DEPTH
    ? Infinity
    : typeof value === 'string'
      ? value.length
      : value && typeof value === 'object'
        ? Object.entries(value).reduce((size, [key, child]) => size + key.length + contentSize(child, depth + 1), 0)
        : 0;

/**
 * Why content is too large (JSON text, or a value's strings and keys, above `MAX_SRC_BYTES`
 * characters, the limit of `src`) or too deep (`MAX_CONTENT_DEPTH`) to use; else undefined. The
 * walk stops at the depth limit, so a hostile value cannot overflow the stack.
 */
export function contentLimit(value: unknown): string | undefined {
  const size = contentSize(value);
  if (size === Infinity) return `content is nested deeper than ${MAX_CONTENT_DEPTH} levels`;
  return size > MAX_SRC_BYTES ? `content is larger than ${MAX_SRC_BYTES / 1024} KiB` : undefined;
}

/**
 * Reads a response body as text: refused when not OK, empty, or above `MAX_SRC_BYTES` (by its
 * Content-Length or, where that is missing or false, by the bytes as they arrive).
 */
export async function readBody(response: Response): Promise<string> {
  if (!response.ok) throw new SourceError(`HTTP ${response.status} ${response.statusText}`.trim());
  const tooLarge = () => new SourceError(`response is larger than ${MAX_SRC_BYTES / 1024} KiB`);
  if (Number(response.headers.get('content-length')) > MAX_SRC_BYTES) throw tooLarge();
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

/**
 * Fetches a `src` document the way the contract says: `http:`/`https:` only, without
 * credentials, given up after `SRC_TIMEOUT_MS`, size-limited. Rejects with a `SourceError` whose
 * message says what went wrong; an `AbortError` when `signal` aborts it.
 */
export async function fetchContent(url: string, base: string, signal?: AbortSignal): Promise<string> {
  if (!isHttpUrl(url, base)) throw new SourceError(`refused URL "${url}" (http: or https: only)`);
  const request = new AbortController();
  const abort = () => request.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, SRC_TIMEOUT_MS);
  try {
    const response = await fetch(new URL(url, base), {
      credentials: 'omit',
      signal: request.signal,
      headers: { accept: 'application/json' },
    });
    return await readBody(response);
  } catch (error) {
    if (signal?.aborted || error instanceof SourceError) throw error;
    throw new SourceError(
      timedOut ? `no answer after ${SRC_TIMEOUT_MS / 1000} s` : `could not load "${url}": ${(error as Error).message}`,
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** The input content was last taken from: its source and its JSON value (or text). */
interface Input {
  source: Exclude<ContentSource, 'default'>;
  raw: unknown;
}

/**
 * An element's content, as a Lit `ReactiveController`. `value` is derived from the sources when it
 * is read (in the render path, on the server too: nothing there reads the DOM); the browser side —
 * watching the child script, fetching `src` — lives in `hostConnected` and `hostUpdate`, which the
 * server never calls (the prerenderer sets `scriptText` and calls `deliver` instead).
 */
export class ContentLoader<S extends Schema> implements ReactiveController {
  /**
   * The text of the element's child `<script type="application/json">`, or null. The browser
   * reads it when the element connects and whenever its children change; the prerenderer sets it.
   */
  scriptText: string | null = null;
  /** Whether a `src` request is under way; the host's `aria-busy` shows it. */
  loading = false;

  private __value: Infer<S>;
  private __source: ContentSource = 'default';
  /** What `value` was last derived from (to derive it only when a source changed). */
  private __derivedFrom: unknown[] = [];
  /** The input the current content came from, or that was refused last (equal input: nothing). */
  private __input?: Input;
  /** The `src` whose body `__srcBody` is (or whose request is under way). */
  private __srcFor?: string;
  private __srcBody?: string;
  private __request?: AbortController;
  private __childObserver?: MutationObserver;
  /** Whether `aria-busy` on the host is ours: a page's own is never changed. */
  private __busyIsOurs = false;

  constructor(
    private readonly __host: ContentHost,
    /** What content must look like. */
    readonly schema: S,
    readonly defaults: Infer<S>,
  ) {
    this.__value = defaults;
    __host.addController(this);
  }

  /** The content to render: the last good content, or the default. */
  get value(): Infer<S> {
    this.__derive();
    return this.__value;
  }

  /** Where `value` came from. */
  get source(): ContentSource {
    this.__derive();
    return this.__source;
  }

  /** Hands over the body of `src` (the browser's fetch, or the prerenderer's): parsed at the next render. */
  deliver(src: string, body: string): void {
    this.__srcFor = src;
    this.__srcBody = body;
    this.__host.requestUpdate();
  }

  hostConnected(): void {
    // Stated, not implied: an SSR renderer told to call `connectedCallback` has no DOM to watch.
    if (isServer) return;
    this.__childObserver ??= new MutationObserver(() => this.__readScript());
    this.__childObserver.observe(this.__host, { childList: true, subtree: true, characterData: true });
    this.__readScript();
    // A load that was cut short by a disconnection starts again.
    if (this.__host.src) this.__host.requestUpdate();
  }

  hostDisconnected(): void {
    this.__childObserver?.disconnect();
    if (this.__request) {
      this.__cancelRequest();
      this.__srcFor = undefined;
    }
  }

  /** Starts, or cancels, the `src` request before each render in the browser. */
  hostUpdate(): void {
    const { src } = this.__host;
    const wanted = this.__activeInput() === 'src' ? src : undefined;
    if (wanted !== this.__srcFor || (!wanted && this.__request)) {
      this.__cancelRequest();
      this.__srcFor = wanted;
      this.__srcBody = undefined;
      if (wanted) void this.__load(wanted);
    }
  }

  private __readScript(): void {
    const script = this.__host.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : null;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.__host.requestUpdate();
    }
  }

  /** Which source is in charge (the contract's rule: `contentSource`). */
  private __activeInput(): ContentSource {
    const { data, src } = this.__host;
    return contentSource({ data, script: this.scriptText, src });
  }

  /** Brings `value` up to date with the sources, when one of them changed since the last time. */
  private __derive(): void {
    const { data, src } = this.__host;
    const inputs = [data, this.scriptText, src, this.__srcFor, this.__srcBody];
    if (inputs.every((input, i) => Object.is(input, this.__derivedFrom[i]))) return;
    this.__derivedFrom = inputs;
    const active = this.__activeInput();
    if (active === 'data') this.__apply('data', data);
    else if (active === 'script') this.__apply('script', this.scriptText);
    else if (active === 'src') {
      // Until the body of this `src` arrives, what was shown stays.
      if (this.__srcFor === src && this.__srcBody !== undefined) this.__apply('src', this.__srcBody);
    } else {
      this.__input = undefined;
      this.__value = this.defaults;
      this.__source = 'default';
    }
  }

  private __report(source: ErrorSource, issue: Issue | SourceError): void {
    const { path, message } = issue;
    reportError(this.__host, { source, message, ...(path ? { path } : {}) });
  }

  /**
   * Parses (text) and validates content; keeps the last good content when it is unusable. Input
   * equal to the last (deep equality of the JSON value) changes nothing and reports nothing.
   */
  private __apply(source: Input['source'], input: unknown): void {
    let raw: unknown;
    try {
      // A value's size and depth; for text, its size before parsing it, then its value's depth.
      let limit = contentLimit(input);
      raw = input;
      if (!limit && typeof input === 'string') limit = contentLimit((raw = parseJson(input)));
      if (limit) throw new SourceError(limit);
    } catch (error) {
      this.__input = { source, raw: input };
      this.__report(source, error as SourceError);
      return;
    }
    if (this.__input?.source === source && sameJson(this.__input.raw, raw)) return;
    this.__input = { source, raw };
    const result = validate(this.schema, raw);
    for (const issue of result.issues) this.__report(source, issue);
    if (result.value === undefined) return;
    this.__value = result.value;
    this.__source = source;
    // `jitco-load` waits for the render that shows the new content: read within a render, this
    // is that render (`requestUpdate` is then a no-op); read outside one, it schedules one.
    this.__host.requestUpdate();
    void this.__host.updateComplete.then(() => dispatch(this.__host, 'jitco-load', { source }));
  }

  /** Shows `loading` as `aria-busy="true"` on the host, unless the page set its own. */
  private __setLoading(loading: boolean): void {
    this.loading = loading;
    const host = this.__host;
    if (loading && !host.hasAttribute('aria-busy')) {
      host.setAttribute('aria-busy', 'true');
      this.__busyIsOurs = true;
    } else if (!loading && this.__busyIsOurs) {
      host.removeAttribute('aria-busy');
      this.__busyIsOurs = false;
    }
  }

  private __cancelRequest(): void {
    if (!this.__request) return;
    this.__request.abort();
    this.__request = undefined;
    this.__setLoading(false);
  }

  private async __load(src: string): Promise<void> {
    const request = new AbortController();
    this.__request = request;
    this.__setLoading(true);
    try {
      const body = await fetchContent(src, document.baseURI, request.signal);
      if (this.__request === request) this.deliver(src, body);
    } catch (error) {
      // Superseded or disconnected requests end silently; everything else is reported.
      if (this.__request === request) this.__report('src', error as SourceError);
    } finally {
      if (this.__request === request) {
        this.__request = undefined;
        this.__setLoading(false);
        // Whatever the outcome, the element renders again without the busy state.
        this.__host.requestUpdate();
      }
    }
  }
}
