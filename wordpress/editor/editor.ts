/**
 * The block editor side of the WordPress plugin: one block per element of the registry, edited
 * with the real element as the live preview, the element's attributes in the sidebar, and its
 * content in the builder's own form (builder/form.ts, walking the element's schema) or as JSON,
 * with the element's own words for each problem at its field.
 *
 * The block saves only its attributes (a dynamic block, rendered by PHP), plus `fallback`: the
 * element's own render as plain HTML (builder/prerender-root.ts), which the server writes inside
 * the tag for visitors without JavaScript and to hold the element's place until it upgrades.
 * The server keeps only the tags and attributes of that render (the registry's `fallback`
 * lists), whoever saved the post.
 *
 * Built by scripts/build-wordpress.mjs into one classic script that uses WordPress's own
 * globals (`wp.blocks`, `wp.element`, `wp.blockEditor`, `wp.components`) and defines the elements.
 */
import { render as renderLit } from 'lit';
import '../../src/index.js';
import { parseJson } from '../../src/core/content.js';
import { validate, type Path } from '../../src/core/schema.js';
import { attributesOf, ELEMENTS, type AttributeInfo, type ElementInfo } from '../../src/elements.js';
import { LANGUAGES } from '../../builder/fields.js';
import { SchemaForm, setAt, type FormHost } from '../../builder/form.js';
import { renderElement } from '../../builder/prerender-root.js';
import { filterProofJson, type Attributes, type Tag } from '../../builder/embed.js';

// WordPress's globals, as far as this script uses them (their packages' types are not needed
// for so little).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const wp: any;
declare global {
  interface Window {
    jitcoElementsEditor?: { pageLanguage: string; words: Record<string, string> };
  }
}

const settings = window.jitcoElementsEditor ?? { pageLanguage: document.documentElement.lang || 'en', words: {} };
const word = (key: string, fallback: string) => settings.words[key] ?? fallback;

const { createElement: h, useEffect, useMemo, useRef, useState } = wp.element;
const { useBlockProps, InspectorControls } = wp.blockEditor;
const { PanelBody, SelectControl, ToggleControl, TextControl, TextareaControl, Notice, Button, TabPanel } = wp.components;

type BlockAttributes = Record<string, string | number | boolean | undefined>;

/**
 * The element attributes a block edits in the sidebar: those its block.json has (the build
 * decides which: all but `now`, which is for previews), but the content, which has its panel.
 */
const blockAttributes = (info: ElementInfo): readonly AttributeInfo[] => {
  const own = wp.blocks.getBlockType(`jitco/${info.name}`)?.attributes ?? {};
  const edited = attributesOf(info).filter((a) => a.name !== 'data' && a.property in own);
  // The content file's address belongs with the content: last.
  return [...edited.filter((a) => a.name !== 'src'), ...edited.filter((a) => a.name === 'src')];
};

/** The block's attribute values as the element's attributes (`headingLevel` → `heading-level`). */
function elementAttributes(info: ElementInfo, attributes: BlockAttributes): Attributes {
  const out: Attributes = {};
  for (const a of blockAttributes(info)) {
    const value = attributes[a.property];
    if (value === undefined || value === '' || value === false) continue;
    out[a.name] = value === true ? true : String(value);
  }
  // "The page's language" previews in the site's language, as the theme's `<html lang>` says.
  out.lang ??= settings.pageLanguage;
  return out;
}

/** The block's content: its JSON, or undefined for the element's own; or why its JSON is unreadable. */
function contentOf(data: unknown): { content?: unknown; error?: string } {
  if (typeof data !== 'string' || !data.trim()) return {};
  try {
    // The element's own reading of JSON text, so the problem is said in its words.
    return { content: parseJson(data) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Saved JSON as a person reads it: indented, `<` as `<`. */
function readable(data: string): string {
  const { content, error } = contentOf(data);
  return error || content === undefined ? data : JSON.stringify(content, null, 2);
}

/** One sidebar control for an attribute, from its registry entry. */
function control(a: AttributeInfo, attributes: BlockAttributes, setAttributes: (next: BlockAttributes) => void) {
  const label = word(a.name, a.name);
  const value = attributes[a.property];
  const set = (next: unknown) => setAttributes({ [a.property]: next as string });
  if (a.type === 'boolean') return h(ToggleControl, { key: a.name, label, help: a.description, checked: value === true, onChange: (on: boolean) => set(on) });
  if (a.type === 'locale') {
    const options = [{ value: '', label: word('pageLanguage', 'The page’s language') }, ...LANGUAGES.map((l) => ({ value: l.tag, label: l.name }))];
    return h(SelectControl, { key: a.name, label, help: a.description, value: value ?? '', options, onChange: set });
  }
  if (a.values) {
    const options = [
      ...(a.default === undefined ? [{ value: '', label: word('none', 'None') }] : []),
      ...a.values.map((v) => ({ value: String(v), label: String(v) })),
    ];
    return h(SelectControl, {
      key: a.name,
      label,
      help: a.description,
      value: value === undefined ? String(a.default ?? '') : String(value),
      options,
      onChange: (next: string) => set(next === '' ? undefined : a.type === 'integer' ? Number(next) : next),
    });
  }
  const type = a.type === 'date' ? 'date' : a.type === 'url' ? 'url' : 'text';
  return h(TextControl, { key: a.name, label, help: a.description, type, value: value ?? '', onChange: (next: string) => set(next || undefined) });
}

/** The builder's schema form, rendered by Lit into a node React leaves alone. */
function ContentForm({ info, content, onChange }: { info: ElementInfo; content: unknown; onChange: (next: unknown) => void }) {
  const node = useRef(null);
  const state = useRef({ content, onChange });
  state.current = { content, onChange };
  const form = useMemo(() => {
    let focusId: string | undefined;
    const host: FormHost & { issues: Map<string, string[]>; draw(): void } = {
      issues: new Map(),
      firstLanguage: settings.pageLanguage,
      change: (path: Path, value: unknown) => state.current.onChange(setAt(state.current.content, path, value)),
      focusLater: (id: string) => (focusId = id),
      refresh: () => host.draw(),
      draw() {
        const target = node.current as HTMLElement | null;
        if (!target) return;
        host.issues = new Map();
        for (const issue of validate(info.schema, state.current.content).issues)
          host.issues.set(issue.path, [...(host.issues.get(issue.path) ?? []), issue.message]);
        renderLit(schemaForm.render(info.schema, state.current.content, info.name), target);
        if (focusId) (target.querySelector(`#${CSS.escape(focusId)}`) as HTMLElement | null)?.focus();
        focusId = undefined;
      },
    };
    const schemaForm = new SchemaForm(host);
    return host;
  }, [info]);
  useEffect(() => form.draw());
  return h('div', { ref: node, className: 'jitco-block-form' });
}

/** The content panel: the form, or the JSON as text. */
function ContentPanel({ info, attributes, setAttributes }: { info: ElementInfo; attributes: BlockAttributes; setAttributes: (next: BlockAttributes) => void }) {
  const data = typeof attributes.data === 'string' ? attributes.data : '';
  const [text, setText] = useState(() => readable(data));
  const { content, error } = contentOf(text);
  useEffect(() => {
    // The form changed the content: the JSON view follows (what is being typed stays).
    const saved = contentOf(data);
    if (!error && !saved.error && JSON.stringify(saved.content) !== JSON.stringify(content)) setText(readable(data));
  }, [data]);
  // Saved with `<`, `>`, `&` escaped, so that WordPress's filters leave an Author's content as it is.
  const setContent = (next: unknown) => {
    setText(JSON.stringify(next, null, 2));
    setAttributes({ data: filterProofJson(next) });
  };
  const formTab = () =>
    content === undefined && !error
      ? h(Button, { variant: 'secondary', onClick: () => setContent(info.defaults) }, word('useDefault', 'Start from the element’s own content'))
      : error
        ? h('p', null, word('unreadable', 'This JSON cannot be read:'), ' ', error)
        : h('div', null, h(ContentForm, { info, content, onChange: setContent }), h(Button, { variant: 'link', isDestructive: true, onClick: () => (setText(''), setAttributes({ data: undefined })) }, word('reset', 'Use the element’s own content')));
  const jsonTab = () =>
    h(TextareaControl, {
      label: word('contentJson', 'Content as JSON'),
      help: error ? `${word('unreadable', 'This JSON cannot be read:')} ${error}` : word('jsonHelp', 'Leave empty for the element’s own content.'),
      value: text,
      rows: 12,
      className: error ? 'jitco-json is-invalid' : 'jitco-json',
      // Kept as typed, readable or not: nothing typed is lost, and the element says what is wrong.
      onChange: (next: string) => {
        setText(next);
        const typed = contentOf(next);
        setAttributes({ data: !next.trim() ? undefined : typed.error ? next : filterProofJson(typed.content) });
      },
    });
  return h(TabPanel, { tabs: [{ name: 'form', title: word('form', 'Form') }, { name: 'json', title: word('json', 'JSON') }] }, (tab: { name: string }) =>
    tab.name === 'form' ? formTab() : jsonTab(),
  );
}

/** The block's edit view for one element. */
function editOf(info: ElementInfo) {
  return function Edit({ attributes, setAttributes }: { attributes: BlockAttributes; setAttributes: (next: BlockAttributes) => void }) {
    const preview = useRef(null);
    const [problems, setProblems] = useState([] as string[]);
    const shown = elementAttributes(info, attributes);
    const key = JSON.stringify([shown, attributes.data]);
    useEffect(() => {
      const element = preview.current as HTMLElement | null;
      if (!element) return;
      const found: string[] = [];
      const listen = (event: Event) => {
        const detail = (event as CustomEvent<{ path?: string; message: string }>).detail;
        found.push(detail.path ? `${detail.path}: ${detail.message}` : detail.message);
        setProblems([...found]);
      };
      element.addEventListener('jitco-error', listen);
      for (const { name } of [...element.attributes]) if (name !== 'class') element.removeAttribute(name);
      for (const [name, value] of Object.entries(shown)) if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : value);
      if (typeof attributes.data === 'string' && attributes.data.trim()) element.setAttribute('data', attributes.data);
      setProblems([]);
      // The no-JavaScript HTML the server writes inside the tag, from the element's own render.
      const { content, error } = contentOf(attributes.data);
      const html = error || attributes.src ? '' : (renderElement(info.tag as Tag, shown, content ?? info.defaults).fallback ?? '');
      // As a JSON string, for the same reason as the content.
      const fallback = html ? filterProofJson(html) : undefined;
      if (fallback !== attributes.fallback) setAttributes({ fallback });
      return () => element.removeEventListener('jitco-error', listen);
    }, [key]);
    return [
      h(
        InspectorControls,
        { key: 'controls' },
        h(PanelBody, { title: word('element', 'Element') }, blockAttributes(info).map((a) => control(a, attributes, setAttributes))),
        h(PanelBody, { title: word('content', 'Content') }, h(ContentPanel, { info, attributes, setAttributes })),
      ),
      h(
        'div',
        { key: 'preview', ...useBlockProps() },
        problems.length ? h(Notice, { status: 'warning', isDismissible: false }, word('problems', 'The content has problems; the element shows them:'), h('ul', null, problems.map((p: string) => h('li', { key: p }, p)))) : null,
        h(info.tag, { ref: preview }),
      ),
    ];
  };
}

for (const info of ELEMENTS) {
  wp.blocks.registerBlockType(`jitco/${info.name}`, {
    edit: editOf(info),
    // Dynamic: the server renders the element from the attributes.
    save: () => null,
  });
}
