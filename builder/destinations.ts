/**
 * Where the embed code is pasted, and what survives there. Pure: given the element, its
 * attributes and content (and, for raw-HTML destinations, its prerendered shadow root), each
 * destination gives the code to paste, the once-per-site setting for the site's developer, what
 * an editor user cannot do there, and whether it works. Every setting here is the one its test in
 * tests/paste/ gives the real editor or sanitizer, and the README's recipe is checked against it.
 */
import { attributesOf, ELEMENTS } from '../src/elements.js';
import { attribute } from './escape.js';
import { elementCode, filterProofJson, loaderTag, type Attributes, type Loader, type Release, type Tag, TAGS } from './embed.js';

export const DESTINATIONS = ['page', 'wordpress', 'tinymce', 'ckeditor', 'sanitizer'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** The destinations' names, as the builder's radio group shows them. */
export const DESTINATION_LABELS: Record<Destination, string> = {
  page: 'A plain HTML page or a theme template',
  wordpress: 'WordPress (with the jitco-elements plugin: any role)',
  tinymce: 'A TinyMCE editor (Joomla and many CMSs)',
  ckeditor: 'A CKEditor 5 editor (Drupal 10/11 and others)',
  sanitizer: 'A site that cleans HTML with DOMPurify or sanitize-html',
};

// Every attribute an element reads, from the registry (src/elements.ts), and `dir`, which the
// elements honour as the page's global attribute: the sites' settings allow exactly these, so no
// other attribute (`onclick`, `style`) gets in.
const withDir = (names: string[]) => [...names.slice(0, names.indexOf('lang') + 1), 'dir', ...names.slice(names.indexOf('lang') + 1)];
export const ELEMENT_ATTRIBUTES: Record<Tag, readonly string[]> = Object.fromEntries(
  ELEMENTS.map((element): [Tag, readonly string[]] => [element.tag, withDir(attributesOf(element).map((a) => a.name))]),
) as Record<Tag, readonly string[]>;

/** TinyMCE's init options that keep the elements (block level, like `div`) and their attributes. */
export const TINYMCE_OPTIONS = {
  extended_valid_elements: TAGS.map((tag) => `${tag}[${ELEMENT_ATTRIBUTES[tag].join('|')}]`).join(','),
  custom_elements: TAGS.join(','),
};

const allAttributes = [...new Set(TAGS.flatMap((tag) => ELEMENT_ATTRIBUTES[tag]))];
const TAG_PATTERN = `^(${TAGS.join('|')})$`;
const ATTRIBUTE_PATTERN = `^(${allAttributes.join('|')})$`;

/**
 * CKEditor 5's General HTML Support rules (the `GeneralHtmlSupport` plugin, `htmlSupport`
 * option). GHS keeps custom elements only once `$customElement` is allowed (its
 * CustomElementSupport); the second rule then lets only our attributes on our tags through.
 */
export const ckeditorOptions = () => ({
  htmlSupport: { allow: [{ name: '$customElement' }, { name: new RegExp(TAG_PATTERN), attributes: allAttributes }] },
});

/** DOMPurify's options: the three tags and their attributes, nothing else added. */
export const dompurifyOptions = () => ({
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: new RegExp(TAG_PATTERN),
    attributeNameCheck: new RegExp(ATTRIBUTE_PATTERN),
    allowCustomizedBuiltInElements: false,
  },
});

/** What sanitize-html's options add to its defaults (JSON: the Node test route merges them). */
export const SANITIZE_HTML_ADDED = {
  allowedTags: [...TAGS],
  allowedAttributes: Object.fromEntries(TAGS.map((tag) => [tag, [...ELEMENT_ATTRIBUTES[tag]]])),
};

const list = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;

/** The settings as the site's developer pastes them (the README shows the same text). */
export const SETTINGS = {
  tinymce: `tinymce.init({
  // …your options, plus:
  extended_valid_elements: '${TINYMCE_OPTIONS.extended_valid_elements}',
  custom_elements: '${TINYMCE_OPTIONS.custom_elements}',
});`,
  ckeditor: `import { GeneralHtmlSupport } from 'ckeditor5';
ClassicEditor.create(element, {
  // …your plugins, plus GeneralHtmlSupport:
  plugins: [/* … */ GeneralHtmlSupport],
  htmlSupport: {
    allow: [
      { name: '$customElement' },
      { name: /${TAG_PATTERN}/, attributes: ${list(allAttributes)} },
    ],
  },
});`,
  dompurify: `DOMPurify.sanitize(html, {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: /${TAG_PATTERN}/,
    attributeNameCheck: /${ATTRIBUTE_PATTERN}/,
    allowCustomizedBuiltInElements: false,
  },
});`,
  sanitizeHtml: `sanitizeHtml(html, {
  allowedTags: sanitizeHtml.defaults.allowedTags.concat(${list(TAGS)}),
  allowedAttributes: {
    ...sanitizeHtml.defaults.allowedAttributes,
${TAGS.map((tag) => `    '${tag}': ${list(ELEMENT_ATTRIBUTES[tag])},`).join('\n')}
  },
});`,
} as const;

/** The same for every editor: its users cannot add a script, so the page template loads it. */
const scriptInTemplate = (script: string) =>
  `Once per site, in the site's page template (not in the editor): ${script}`;

export interface Recipe {
  destination: Destination;
  /** What to paste there. */
  code: string;
  /** What the site's developer adds once per site, as text to paste; none for a plain page. */
  setting?: string;
  /** Where the script tag goes when it is not in `code`. */
  script?: string;
  /** What an editor user cannot do there, in sentences. */
  cannot: string[];
  /** Whether the code works there (measured with the real editor, tests/paste/). */
  works: boolean;
  /** Whether tests/paste/ checks it with the real editor or sanitizer. */
  verified: boolean;
  /** What the code holds and why, in a sentence or two. */
  note: string;
}

export interface DestinationInput {
  release: Release;
  loader: Loader;
  tag: Tag;
  attributes: Attributes;
  content: unknown;
  /** The prerendered shadow root (`<template shadowrootmode="open">…`), for raw-HTML destinations. */
  prerendered?: string;
  /** The rendered content as plain HTML (builder/prerender-root.ts), shown inside the tag until the script runs. */
  fallback?: string;
}

/**
 * The plain page's default: the tag with its rendered content as plain HTML inside, which the page
 * shows until the script runs; the element's shadow root then hides it. No `style` on the tag:
 * measured, forcing `display: block` before the script moves the page more (README table). Readable without JavaScript, and the page moves little
 * when the element takes over (README, "Pasting into a CMS": the measured layout shift).
 */
export function fallbackCode(tag: Tag, attributes: Attributes, content: unknown, fallback: string): string {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) open += attribute(name, value);
  return `${open}${attribute('data', JSON.stringify(content))}>${fallback}</${tag}>`;
}

/**
 * The tag with a prerendered root inside: the code for destinations that keep raw HTML. The
 * content stays in `data`, so the element re-renders from it when its script runs.
 */
export function prerenderedCode(tag: Tag, attributes: Attributes, content: unknown, root: string): string {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) open += attribute(name, value);
  return `${open}${attribute('data', JSON.stringify(content))}>${root}</${tag}>`;
}

/** The WordPress plugin's shortcode of an element (wordpress/includes/shortcodes.php): `_` for `-`. */
const shortcode = (tag: Tag) => tag.replaceAll('-', '_');

/** `[jitco_greeting lang="vi"]{…}[/jitco_greeting]`: WordPress's shortcode attributes are double-quoted, no `"` inside. */
export function shortcodeCode(tag: Tag, attributes: Attributes, content: unknown): string {
  let open = `[${shortcode(tag)}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === '') continue;
    open += value === true ? ` ${name}="1"` : ` ${name}="${String(value).replace(/["[\]]/g, '')}"`;
  }
  // The JSON's `[` and `]` would end the shortcode, and kses (an Author's post) would rewrite
  // `<`, `>` and `&`: as JSON escapes they read back the same.
  const json = filterProofJson(content).replace(/\[/g, '\\u005b').replace(/]/g, '\\u005d');
  return `${open}]${json}[/${shortcode(tag)}]`;
}

/** Every destination's recipe for one element. */
export function recipes(input: DestinationInput): Record<Destination, Recipe> {
  const { release, loader, tag, attributes, content, prerendered, fallback } = input;
  const script = loaderTag(release, loader);
  const element = elementCode(tag, attributes, content, 'data');
  const template = scriptInTemplate(script);
  return {
    page: {
      destination: 'page',
      code: `${script}\n${
        prerendered
          ? prerenderedCode(tag, attributes, content, prerendered)
          : fallback
            ? fallbackCode(tag, attributes, content, fallback)
            : element
      }\n`,
      cannot: [],
      works: true,
      verified: true,
      note: prerendered
        ? 'The script tag, then the element with its rendered content inside (declarative shadow DOM): the content shows before any script runs, and the page does not move when it does.'
        : 'The script tag (once per page), then the element with its content in its data attribute and, inside the tag, the same content as plain HTML: shown until the script runs (readable without JavaScript), then replaced by the element.',
    },
    wordpress: {
      destination: 'wordpress',
      // With the plugin (wordpress/, tests/wordpress/): a shortcode works for every role, in
      // every editor; the block is inserted from the block editor's inserter instead.
      code: `${shortcodeCode(tag, attributes, content)}\n`,
      setting: 'The jitco-elements WordPress plugin: Plugins › Add New › Upload Plugin, then jitco-elements.zip (dist/wordpress/ of the npm package build, or the release page). Activate it.',
      script: 'The plugin adds the script, once, to the pages that have an element: nothing to paste.',
      cannot: [],
      works: true,
      verified: true,
      note: 'Every role, from Contributor up: insert the JITCO block from the block editor (its form is this builder’s), or paste this shortcode into a Shortcode block, the Classic editor or a widget.',
    },
    tinymce: {
      destination: 'tinymce',
      code: `${element}\n`,
      setting: SETTINGS.tinymce,
      script: template,
      cannot: ['Add a <script>: TinyMCE removes it, so the script goes in the page template once.'],
      works: true,
      verified: true,
      note: 'The element with its content in its data attribute, which TinyMCE keeps with these options (without them it removes the element).',
    },
    ckeditor: {
      destination: 'ckeditor',
      code: `${element}\n`,
      setting: SETTINGS.ckeditor,
      script: template,
      cannot: [
        'Add a <script>: CKEditor 5 removes it, so the script goes in the page template once.',
        'Rely on a <script type="application/json"> inside the element: under an allow-all General HTML Support rule (name: /.*/) CKEditor keeps the element but empties that script. The code keeps the content in its data attribute, which survives either rule.',
      ],
      works: true,
      verified: true,
      note: 'The element with its content in its data attribute, which General HTML Support keeps with this rule (without it CKEditor shows the JSON as a paragraph).',
    },
    sanitizer: {
      destination: 'sanitizer',
      code: `${element}\n`,
      setting: `${SETTINGS.dompurify}\n\n// or, with sanitize-html:\n${SETTINGS.sanitizeHtml}`,
      script: template,
      cannot: ['Add a <script>: the sanitizer removes it, so the script goes in the page template once.'],
      works: true,
      verified: true,
      note: 'The element with its content in its data attribute: both sanitizers remove unknown elements by default and keep these with the options.',
    },
  };
}
