/**
 * Finds the jitco elements of an HTML text with parse5 and says where their declarative shadow
 * roots go, so that the prerenderer can splice them in and leave every other byte as written.
 * Node only (never imported by the elements).
 */
import { parse, parseFragment } from 'parse5';
import { TAGS } from '../elements.js';
import { DISMISSED_ATTRIBUTE } from '../name-change-notice/dismissal.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** What this module reads of parse5's default tree (the same in parse5 6 and 7). */
interface Location {
  startOffset: number;
  endOffset: number;
}
interface ElementLocation extends Location {
  startTag?: Location;
  endTag?: Location;
}
interface Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  /** A `<template>`'s contents. */
  content?: Node;
  sourceCodeLocation?: ElementLocation | null;
}

/** One jitco element found in the HTML, with what the browser would give it. */
export interface FoundElement {
  tag: string;
  /** Its attributes as parsed (names in lower case, character references decoded). */
  attributes: [name: string, value: string][];
  /** The text of its first child `<script type="application/json">`, else null. */
  scriptText: string | null;
  /** The nearest non-empty `lang` of an ancestor (through declarative shadow roots), else undefined. */
  inheritedLang: string | undefined;
  /** Offset just after the start tag's `>`: where the shadow root goes. */
  insertAt: number;
  /** Offset of the start tag's closing `>` (where an attribute the prerenderer adds goes). */
  startTagClose: number;
  /** An existing declarative shadow root child (`<template shadowrootmode>`), replaced. */
  existingRoot?: Location;
  /** Child scripts a previous prerendering added (the notice's `<script data-jitco-dismissed>`), replaced. */
  addedScripts: Location[];
}

/**
 * Whether the text is a whole document (doctype, `<html>`, `<head>` or `<body>` first, after
 * comments and white space) rather than a fragment.
 */
export const isDocument = (html: string): boolean =>
  /^\uFEFF?(?:\s|<!--[\s\S]*?-->)*<(?:!doctype|html|head|body)[\s/>]/i.test(html);

const attribute = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const isHtmlElement = (node: Node, tag?: string) =>
  node.tagName !== undefined && node.namespaceURI === HTML_NS && (tag === undefined || node.tagName === tag);
const isShadowRootTemplate = (node: Node) =>
  isHtmlElement(node, 'template') && (attribute(node, 'shadowrootmode') !== undefined || attribute(node, 'shadowroot') !== undefined);

/**
 * The jitco elements of `html`, in document order. Elements inside another jitco element, in a
 * plain `<template>`, in foreign content (SVG, MathML) or without a source location are left out.
 */
export function findElements(html: string): FoundElement[] {
  const options = { sourceCodeLocationInfo: true };
  const root = (isDocument(html) ? parse(html, options) : parseFragment(html, options)) as unknown as Node;
  const found: FoundElement[] = [];
  // Depth first in document order, with a stack of its own: a page nested thousands deep must not
  // exhaust the call stack. Each entry carries the nearest `lang` above it.
  const stack: [Node, string | undefined][] = [[root, undefined]];
  while (stack.length) {
    const [node, inherited] = stack.pop()!;
    if (isHtmlElement(node) && (TAGS as readonly string[]).includes(node.tagName!)) {
      // Its own children are light DOM that the element does not show: not searched.
      const element = describe(node, inherited);
      if (element) found.push(element);
      continue;
    }
    let inside = node;
    let lang = (node.tagName !== undefined && attribute(node, 'lang')) || inherited;
    if (isHtmlElement(node, 'template')) {
      // Only a declarative shadow root is rendered (inside its host); a plain template is inert.
      if (!isShadowRootTemplate(node) || !node.content) continue;
      inside = node.content;
      lang = inherited;
    }
    const children = inside.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) if (children[i].tagName !== undefined) stack.push([children[i], lang]);
  }
  return found;
}

function describe(node: Node, inheritedLang: string | undefined): FoundElement | undefined {
  const startTag = node.sourceCodeLocation?.startTag;
  if (!startTag) return undefined;
  const children = node.childNodes ?? [];
  const script = children.find(
    (child) => isHtmlElement(child, 'script') && attribute(child, 'type')?.toLowerCase() === 'application/json',
  );
  const template = children.find(isShadowRootTemplate)?.sourceCodeLocation;
  const added = children.filter((child) => isHtmlElement(child, 'script') && attribute(child, DISMISSED_ATTRIBUTE) !== undefined);
  return {
    tag: node.tagName as string,
    attributes: (node.attrs ?? []).map(({ name, value }) => [name, value]),
    scriptText: script ? (script.childNodes ?? []).map((text) => text.value ?? '').join('') : null,
    inheritedLang,
    insertAt: startTag.endOffset,
    startTagClose: startTag.endOffset - 1,
    existingRoot: template && template.endTag ? { startOffset: template.startOffset, endOffset: template.endOffset } : undefined,
    addedScripts: added.flatMap(({ sourceCodeLocation: at }) => (at?.endTag ? [{ startOffset: at.startOffset, endOffset: at.endOffset }] : [])),
  };
}
