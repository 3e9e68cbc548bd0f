/**
 * `prerender(html)`: the same HTML, in which every jitco element carries its shadow root as
 * declarative shadow DOM, rendered by `@lit-labs/ssr` from the same sources and rules as in the
 * browser. Node only: never imported by the elements or the CDN file.
 */
// The renderer loads Lit's Node build, which installs @lit-labs/ssr-dom-shim (HTMLElement,
// customElements); the elements are then defined in that registry.
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import '../index.js';
import type { JitcoElement } from '../core/jitco-element.js';
import { reportError } from '../core/errors.js';
import { contentSource } from '../core/source.js';
import { MAX_SRC_BYTES } from '../core/content.js';
import { isIsoDate } from '../core/values.js';
import { loadSrc, type Loaded } from './fetch.js';
import { findElements, type FoundElement } from './html.js';

export interface PrerenderOptions {
  /**
   * ISO date used as "today" by elements without their own `now` (what the notice says, which
   * timeline events are upcoming). Default: the real date when prerendering.
   */
  now?: string;
  /**
   * The URL that relative `src` values resolve against: the page's own address (`https://…`),
   * or a `file:` URL, from which relative `src` files are read from disk. Without it, only
   * absolute `http(s):` values load.
   */
  baseUrl?: string;
  /**
   * The folder (an absolute path or a `file:` URL) that local `src` files must be inside, checked
   * after decoding and resolving symlinks. Default: the folder of a `file:` `baseUrl`. A file
   * outside, missing or unreadable gets the same warning, which shows none of its text.
   */
  root?: string;
  /**
   * Let a network `src` (or its redirect) reach loopback, private, link-local or metadata
   * addresses. Default false: a page's `src` never reaches the server's own network.
   */
  allowPrivateNetwork?: boolean;
}

/** Options for measuring only (tests and bench/): not part of the package's API. */
export interface InternalOptions {
  /** Keep Lit's hydration comments (`<!--lit-part …-->`) for `@lit-labs/ssr-client`. */
  hydratable?: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

// The comments only Lit's hydration reads; the elements replace the prerendered children at their
// first render, so they are left out. Content never produces them: text and attribute values are
// escaped (`<` is `&lt;`).
const HYDRATION_MARKERS = /<!--(?:lit-part[^>]*|\/lit-part|lit-node \d+)-->/g;

/**
 * The longest page (in characters) prerendered: twice the content limit, room for two elements at
 * it. Parsing takes about 40 bytes of memory per character of an attribute, so a 10 MB page took
 * 580 MB before any content limit applied; a longer page is left as it is (the elements render it
 * in the browser, under the same limits). Measured in tests/prerender/memory.test.mjs.
 */
export const MAX_PAGE_CHARACTERS = 2 * MAX_SRC_BYTES;

/**
 * Prerenders every `<jitco-greeting>`, `<jitco-timeline>` and `<jitco-name-change-notice>` of
 * `html` (a whole page or a fragment): a `<template shadowrootmode="open">` with the element's
 * styles and rendered shadow DOM is inserted right after its start tag (an existing one is
 * replaced, so prerendering twice gives the same text); every other byte stays as it was. The
 * child JSON script stays. Content comes from `data`, the child JSON script, `src` (fetched now)
 * or the default; the language from the element's `lang`, its ancestors' in `html`, else `en`.
 * Bad content gives the same warnings as in the browser (`console.warn`, stderr in Node) and the
 * default; it never throws for content. A page longer than `MAX_PAGE_CHARACTERS` (1 MiB) is
 * returned as it is, with a warning. Throws a TypeError for a bad `now` or `baseUrl`.
 */
export function prerender(html: string, options: PrerenderOptions = {}): Promise<string> {
  return prerenderHtml(html, options, {});
}

export async function prerenderHtml(html: string, options: PrerenderOptions, internal: InternalOptions): Promise<string> {
  if (typeof html !== 'string') throw new TypeError('prerender(html): html must be a string');
  if (options.now !== undefined && !isIsoDate(options.now))
    throw new TypeError(`prerender: now "${options.now}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (options.baseUrl !== undefined && !URL.canParse(options.baseUrl))
    throw new TypeError(`prerender: baseUrl "${options.baseUrl}" is not an absolute URL`);
  if (options.root !== undefined && typeof options.root !== 'string') throw new TypeError('prerender: root must be a folder path or a file: URL');
  const reach = { root: rootFolder(options), allowPrivateNetwork: options.allowPrivateNetwork === true };
  if (html.length > MAX_PAGE_CHARACTERS) {
    console.warn(`prerender: the page is larger than ${MAX_PAGE_CHARACTERS / 1024 / 1024} MiB (${html.length} characters); left as it is, its elements render in the browser`);
    return html;
  }
  const found = findElements(html);
  // Every `src` is fetched at once; the elements then render in document order.
  const loads = found.map((element) => {
    const src = sourceToFetch(element);
    return src === undefined ? undefined : loadSrc(src, options.baseUrl, reach);
  });
  const edits: Edit[] = [];
  for (const [index, element] of found.entries()) {
    const rendered = await render(element, options, await loads[index], internal);
    if (!rendered) continue;
    if (rendered.hidden) edits.push({ start: element.startTagClose, end: element.startTagClose, text: ' hidden' });
    edits.push({ start: element.insertAt, end: element.insertAt, text: rendered.root });
    for (const old of [element.existingRoot, ...element.addedScripts])
      if (old) edits.push({ start: old.startOffset, end: old.endOffset, text: '' });
  }
  // In order of position; an insertion before a removal at the same place.
  edits.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/** The folder local `src` files must be inside (a path or a `file:` URL): `root`, else the folder of a `file:` base. */
function rootFolder({ root, baseUrl }: PrerenderOptions): string | undefined {
  return root ?? (baseUrl?.startsWith('file:') ? new URL('.', baseUrl).href : undefined);
}

const attributeOf = (element: FoundElement, name: string) => element.attributes.find(([n]) => n === name)?.[1];

/** The `src` the element would load: only when `src` is the source in charge. */
function sourceToFetch(element: FoundElement): string | undefined {
  const src = attributeOf(element, 'src');
  return contentSource({ data: attributeOf(element, 'data'), script: element.scriptText, src }) === 'src' ? src : undefined;
}

async function render(found: FoundElement, options: PrerenderOptions, loaded: Loaded | undefined, internal: InternalOptions) {
  try {
    const renderer = new LitElementRenderer(found.tag);
    const element = renderer.element as JitcoElement;
    for (const [name, value] of found.attributes) renderer.setAttribute(name, value);
    if (options.now !== undefined && attributeOf(found, 'now') === undefined) renderer.setAttribute('now', options.now);
    // What the browser's controllers read from the page, given from the HTML.
    element.language.inherited = found.inheritedLang;
    element.content.scriptText = found.scriptText;
    if (loaded && 'body' in loaded) element.content.deliver(attributeOf(found, 'src') as string, loaded.body);
    else if (loaded) reportError(element, { source: 'src', message: loaded.error });
    renderer.connectedCallback();
    const renderInfo: RenderInfo = {
      elementRenderers: [LitElementRenderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
      eventTargetStack: [element],
      slotStack: [],
      deferHydration: false,
    };
    const shadow = renderer.renderShadow(renderInfo);
    if (!shadow) return undefined;
    let root = await collectResult(shadow);
    const empty = root.replace(HYDRATION_MARKERS, '').replace(/^<style>[^<]*<\/style>/, '').trim() === '';
    if (!internal.hydratable) root = root.replace(HYDRATION_MARKERS, '');
    const { mode = 'open' } = renderer.shadowRootOptions;
    // The element's server hook: what it needs beside its root (the notice's dismissal script).
    const after = empty ? '' : (element.serverHtml?.() ?? '');
    return {
      root: `<template shadowrootmode="${mode}">${root}</template>${after}`,
      // An element that shows nothing (a notice past its `hide-after`) is hidden in the browser,
      // margins and all: so it is before the script runs.
      hidden: empty && attributeOf(found, 'hidden') === undefined,
    };
  } catch (error) {
    // A bug of ours, not bad content: the element is left as written (the browser renders it).
    console.warn(`<${found.tag}> prerender: not prerendered (${(error as Error).message})`);
    return undefined;
  }
}
