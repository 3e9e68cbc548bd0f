/**
 * The code a partner pastes, and reading it back. The content is written as JSON only ever
 * inside an attribute value or a JSON script, escaped for each, so no content can become markup.
 */
import { parseJson } from '../src/core/content.js';
import { contentSource } from '../src/core/source.js';
import { attributesOf, ELEMENTS, elementInfo, TAGS, type Tag } from '../src/elements.js';
import { attribute, filterProofJson, scriptJson } from './escape.js';
import { cdnScriptTag, cdnUrl } from '../scripts/cdn-tag.mjs';

export { TAGS, type Tag };

/** The element's short name (the registry's): its folder in src/ and its schema's file name. */
export const shortName = (tag: Tag) => elementInfo(tag)!.name;

/** This build's package name, version and CDN integrity values (dist/cdn/integrity.json). */
export interface Release {
  name: string;
  version: string;
  integrity: Record<string, string>;
  /** Whether this version has `jitco-elements/prerender` (the builder then shows its command). */
  prerender?: boolean;
}

/** Where the content goes in the embed code. */
export type ContentForm = 'data' | 'script' | 'src';

/** The attributes of the embed code, by name; `true` is a bare attribute, empty values are left out. */
export type Attributes = Record<string, string | boolean | undefined>;

/** The published JSON Schema of an element's content (the `$schema` of a content file). */
export const schemaUrl = (release: Release, tag: Tag) =>
  cdnUrl(release.name, release.version, `dist/schemas/${shortName(tag)}.schema.json`);

/**
 * How the page loads the elements: the ES module (the default), or the classic script for a page
 * or CMS that cannot load modules (same elements, same behaviour).
 */
export type Loader = 'module' | 'classic';
export const LOADERS: readonly Loader[] = ['module', 'classic'];

const LOADER_FILES: Record<Loader, string> = { module: 'jitco-elements.js', classic: 'jitco-elements.classic.js' };

/** The CDN script tag of this version (module or classic), with its integrity. */
export const loaderTag = (release: Release, loader: Loader = 'module') =>
  cdnScriptTag({ ...release, file: LOADER_FILES[loader], integrity: release.integrity[LOADER_FILES[loader]], module: loader === 'module' });

export { filterProofJson, scriptJson };

/** A content file for `src`, naming its schema for editors (the elements ignore `$schema`). */
export const contentFile = (release: Release, tag: Tag, content: object) =>
  JSON.stringify({ $schema: schemaUrl(release, tag), ...content }, null, 2) + '\n';

/**
 * The element's tag with its attributes and content. `data`: the JSON on one line in a quoted,
 * escaped attribute (no line breaks for a CMS to turn into paragraphs). `script`: a child JSON
 * script, indented. `src`: the URL of the content file.
 */
export function elementCode(tag: Tag, attributes: Attributes, content: unknown, form: ContentForm, src = ''): string {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) open += attribute(name, value);
  if (form === 'data') return `${open}${attribute('data', JSON.stringify(content))}></${tag}>`;
  if (form === 'src') return `${open}${attribute('src', src)}></${tag}>`;
  const json = scriptJson(content, 2).replaceAll('\n', '\n    ');
  return `${open}>\n  <script type="application/json">\n    ${json}\n  </script>\n</${tag}>`;
}

/** The whole embed code: the CDN script tag, then the element. */
export const embedCode = (release: Release, loader: Loader, ...element: Parameters<typeof elementCode>) =>
  `${loaderTag(release, loader)}\n${elementCode(...element)}\n`;

/** What a pasted tag or JSON document holds. */
export interface Loaded {
  tag?: Tag;
  attributes: Record<string, string>;
  /** The content, when the paste has any (`data`, a JSON script, or the document itself). */
  content?: unknown;
  form?: ContentForm;
  src?: string;
  /** Which of our CDN scripts the paste loads, if it has one. */
  loader?: Loader;
}

/** A paste that cannot be loaded: what is wrong, in a sentence. */
export class LoadError extends Error {}

/** The attributes a pasted code keeps: every attribute of every element but the content sources. */
const ATTRIBUTES = [...new Set(ELEMENTS.flatMap((element) => attributesOf(element).map((a) => a.name)))].filter(
  (name) => name !== 'data' && name !== 'src',
);

const withoutSchema = (value: unknown) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const rest = { ...(value as Record<string, unknown>) };
  delete rest.$schema;
  return rest;
};

/**
 * Reads back an embed code (any HTML with one of our elements) or a content document. HTML is
 * parsed inert (DOMParser: no script runs, nothing loads). Throws LoadError with a message.
 */
export function loadBack(text: string): Loaded {
  const trimmed = text.trim();
  if (!trimmed) throw new LoadError('Paste an embed code or a JSON document first.');
  if (!trimmed.startsWith('<')) {
    const content = parseJson(trimmed);
    const schema = (content as { $schema?: unknown } | null)?.$schema;
    const tag = TAGS.find((t) => typeof schema === 'string' && schema.endsWith(`/${shortName(t)}.schema.json`));
    return { tag, attributes: {}, content: withoutSchema(content) };
  }
  const doc = new DOMParser().parseFromString(trimmed, 'text/html');
  const element = doc.querySelector(TAGS.join(','));
  if (!element) {
    const other = doc.body.querySelector('*:not(script)') ?? doc.querySelector('body *');
    throw new LoadError(
      `${other ? `<${other.localName}> is not one of ours` : 'No element found'}: paste a tag <${TAGS.join('>, <')}>, or a JSON document.`,
    );
  }
  const tag = element.localName as Tag;
  const scriptSrc = [...doc.querySelectorAll('script[src]')].map((script) => script.getAttribute('src') ?? '');
  const loader = LOADERS.find((l) => scriptSrc.some((src) => src.endsWith(`/${LOADER_FILES[l]}`)));
  const attributes: Record<string, string> = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) attributes[name] = value;
  }
  const data = element.getAttribute('data');
  const script = element.querySelector(':scope > script[type="application/json"]');
  const src = element.getAttribute('src');
  const loaded: Loaded = loader ? { tag, loader, attributes } : { tag, attributes };
  // The element's own rule decides which source the code uses.
  const source = contentSource({ data, script: script && (script.textContent ?? ''), src });
  if (source === 'data') return { ...loaded, content: withoutSchema(parseJson(data!)), form: 'data' };
  if (source === 'script') return { ...loaded, content: withoutSchema(parseJson(script!.textContent ?? '')), form: 'script' };
  if (source === 'src') return { ...loaded, form: 'src', src: src! };
  return loaded;
}
