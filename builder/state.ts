/**
 * The builder's state: `Work`, everything the user chose and typed, and one pure function per
 * user action, each returning new work (the old one is never changed). No DOM, no storage, no
 * Lit: `<jitco-builder>` (app.ts) keeps a `Work`, calls these, and renders the result; the tests
 * run them in Node (tests/builder/state.test.mjs). The controls of the attributes are made from
 * the element registry (src/elements.ts), so every attribute of every element is one.
 */
import { parseJson } from '../src/core/content.js';
import { validate, type Path, type Schema } from '../src/core/schema.js';
import { isIsoDate } from '../src/core/values.js';
import { attributesOf, elementInfo, type AttributeInfo } from '../src/elements.js';
import { TAGS, type Attributes, type ContentForm, type Loaded, type Loader, type Tag } from './embed.js';
import { isLanguageTag, LANGUAGES } from './fields.js';

/** Everything the user chose and typed; what sessionStorage keeps (persist.ts). */
export interface Work {
  tag: Tag;
  /** `''`: the page's language; `other`: the tag in `langOther`. */
  lang: string;
  langOther: string;
  /**
   * The other attributes' values by name (`heading-level`, `group-by`, `now`…), shared by the
   * elements that have the same attribute: text as typed, `true` for a present boolean. Absent
   * or `''`: the attribute's default.
   */
  attributes: Record<string, string | boolean>;
  /** The content being edited, per element (may be invalid). */
  drafts: Partial<Record<Tag, unknown>>;
  /** The last content without problems, per element: what the embed code holds. */
  good: Partial<Record<Tag, unknown>>;
  /** Content JSON as typed, per element, while it differs from the draft (e.g. invalid JSON). */
  json: Partial<Record<Tag, string>>;
  form: ContentForm;
  src: string;
  loader: Loader;
  width: 'phone' | 'desktop';
  background: 'light' | 'dark';
  /** The address of the page the code goes on: relative URLs in the preview resolve against it. */
  page: string;
  rows: string;
  rowsMode: 'replace' | 'append';
  paste: string;
}

/** The attributes that have a control of their own elsewhere: the content, its file, the language. */
export const NOT_ATTRIBUTE_CONTROLS: readonly string[] = ['data', 'src', 'lang'];

/** The attributes of `tag` that `Work.attributes` holds, in the registry's order. */
export const attributeControls = (tag: Tag): readonly AttributeInfo[] =>
  attributesOf(elementInfo(tag)!).filter((a) => !NOT_ATTRIBUTE_CONTROLS.includes(a.name));

/** Every attribute name `Work.attributes` may hold (any element's). */
export const ATTRIBUTE_NAMES: readonly string[] = [...new Set(TAGS.flatMap((tag) => attributeControls(tag).map((a) => a.name)))];

export const initialWork = (): Work => ({
  tag: 'jitco-timeline',
  lang: '',
  langOther: '',
  attributes: {},
  drafts: {},
  good: {},
  json: {},
  form: 'data',
  src: '',
  loader: 'module',
  width: 'desktop',
  background: 'light',
  page: '',
  rows: '',
  rowsMode: 'replace',
  paste: '',
});

/** The element's schema and default content. */
export const elementOf = (tag: Tag): { label: string; schema: Schema; defaults: unknown } => elementInfo(tag)!;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `root` with `value` at `path` (`undefined` removes it). */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[key] = setAt(list[key], rest, value);
    return list;
  }
  const object = isRecord(root) ? { ...root } : {};
  const next = setAt(object[key], rest, value);
  if (next === undefined) delete object[key];
  else object[key] = next;
  return object;
}

// ---- reading the work ---------------------------------------------------------------------------

/** The content being edited for the chosen element. */
export const draftOf = ({ drafts, tag }: Work): unknown => (tag in drafts ? drafts[tag] : elementOf(tag).defaults);

/** The content the embed code and the preview show: the last content without problems. */
export const goodOf = ({ good, tag }: Work): unknown => (tag in good ? good[tag] : elementOf(tag).defaults);

/** The draft's problems, by path (`events[3].date`). */
export function issuesOf(work: Work): Map<string, string[]> {
  const issues = new Map<string, string[]>();
  for (const issue of validate(elementOf(work.tag).schema, draftOf(work)).issues)
    issues.set(issue.path, [...(issues.get(issue.path) ?? []), issue.message]);
  return issues;
}

/** The `lang` chosen, or '' (none, or not a language tag). */
export function langOf({ lang, langOther }: Work): string {
  const tag = lang === 'other' ? langOther.trim() : lang;
  return tag && isLanguageTag(tag) ? tag : '';
}

/** What is wrong with the typed language tag, if anything. */
export function langProblem({ lang, langOther }: Work): string | undefined {
  if (lang !== 'other') return undefined;
  if (!langOther.trim()) return 'Type a language tag, e.g. ja-JP-u-ca-japanese.';
  return isLanguageTag(langOther) ? undefined : `“${langOther}” is not a BCP 47 language tag; the embed code has no lang.`;
}

/** The value an attribute's control shows: what was typed, else its default. */
export function attributeValue(work: Work, info: AttributeInfo): string | boolean {
  const value = work.attributes[info.name];
  if (info.type === 'boolean') return value === true;
  return typeof value === 'string' && value !== '' ? value : info.default !== undefined ? String(info.default) : '';
}

/** What is wrong with an attribute's typed value (the code then leaves it out), if anything. */
export function attributeProblem(work: Work, info: AttributeInfo): string | undefined {
  const value = attributeValue(work, info);
  if (info.type !== 'date' || typeof value !== 'string' || !value || isIsoDate(value)) return undefined;
  const instead = info.name === 'now' ? 'the preview uses today' : `the embed code leaves ${info.name} out`;
  return `“${value}” is not YYYY, YYYY-MM or YYYY-MM-DD; ${instead}.`;
}

/** An attribute's value in the code: `undefined` (left out) for a default, empty or invalid value. */
function codeValue(work: Work, info: AttributeInfo): string | boolean | undefined {
  const value = attributeValue(work, info);
  if (typeof value === 'boolean') return value;
  const text = value.trim();
  if (!text || text === String(info.default ?? '')) return undefined;
  if (info.values && !info.values.map(String).includes(text)) return undefined;
  if (info.type === 'date' && !isIsoDate(text)) return undefined;
  return text;
}

/** The embed code's attributes for the chosen element (without `now`, which is for the preview only). */
export function embedAttributes(work: Work): Attributes {
  const attributes: Attributes = { lang: langOf(work) };
  for (const info of attributeControls(work.tag)) if (info.name !== 'now') attributes[info.name] = codeValue(work, info);
  return attributes;
}

/** The preview element's attributes: the code's, and `now`. */
export function previewAttributes(work: Work): Attributes {
  const now = attributeControls(work.tag).find((a) => a.name === 'now');
  return { ...embedAttributes(work), now: now && codeValue(work, now) };
}

// ---- the user's actions -------------------------------------------------------------------------

/** Sets one of the work's own choices (element, width, rows…). */
export const set = <K extends keyof Work>(work: Work, key: K, value: Work[K]): Work => ({ ...work, [key]: value });

/** Chooses another element: each keeps its own content. */
export const setTag = (work: Work, tag: Tag): Work => (TAGS.includes(tag) ? { ...work, tag } : work);

/** Sets an attribute's value as typed (`true`/`false` for a boolean). */
export const setAttribute = (work: Work, name: string, value: string | boolean): Work => ({
  ...work,
  attributes: { ...work.attributes, [name]: value },
});

/** Sets the draft; content without problems becomes the good content. */
function withDraft(work: Work, draft: unknown): Work {
  const { tag } = work;
  const next = { ...work, drafts: { ...work.drafts, [tag]: draft } };
  const { value, issues } = validate(elementOf(tag).schema, draft);
  if (value !== undefined && !issues.length) next.good = { ...work.good, [tag]: value };
  return next;
}

/** An edit in the form: the value at `path`; the Content JSON then follows the form. */
export const change = (work: Work, path: Path, value: unknown): Work => ({
  ...withDraft(work, setAt(draftOf(work), path, value)),
  json: { ...work.json, [work.tag]: undefined },
});

/** Content JSON as typed: the draft when it is JSON, else kept as text until it is. */
export function typeJson(work: Work, text: string): Work {
  const next = { ...work, json: { ...work.json, [work.tag]: text } };
  try {
    return withDraft(next, parseJson(text));
  } catch {
    // Not JSON (yet): the draft and the embed code keep the last JSON; the field says why.
    return next;
  }
}

/** Drops the typed Content JSON: the field shows the draft again. */
export const discardJson = (work: Work): Work => ({ ...work, json: { ...work.json, [work.tag]: undefined } });

/** The text that Content JSON shows for the draft (or as typed), and its problem as JSON text. */
export function jsonText(work: Work): { text: string | undefined; error: string | undefined } {
  const text = work.json[work.tag];
  if (text === undefined) return { text, error: undefined };
  try {
    parseJson(text);
    return { text, error: undefined };
  } catch (error) {
    return { text, error: (error as Error).message };
  }
}

/** The events read from spreadsheet rows: they replace the events, or come after them. */
export function applyRows(work: Work, events: readonly unknown[]): Work {
  if (!events.length) return work;
  const draft = draftOf(work);
  const before = work.rowsMode === 'append' && isRecord(draft) && Array.isArray(draft.events) ? draft.events : [];
  return change(work, ['events'], [...before, ...events]);
}

/** A status line read by screen readers. */
export interface Status {
  text: string;
  kind?: 'error' | 'ok';
}

/** A pasted code or document (embed.ts: `loadBack`) made the work: its element, attributes and content. */
export function loadPasted(work: Work, loaded: Loaded): { work: Work; status: Status } {
  const tag = loaded.tag ?? work.tag;
  const a = loaded.attributes;
  const attributes = { ...work.attributes };
  for (const info of attributeControls(tag)) {
    const raw = a[info.name];
    // `now` is the builder's own (the preview's day): a code without it keeps the chosen one.
    if (info.name === 'now' && raw === undefined) continue;
    attributes[info.name] =
      info.type === 'boolean' ? raw !== undefined : raw !== undefined && (!info.values || info.values.map(String).includes(raw)) ? raw : '';
  }
  let next: Work = { ...work, tag, attributes };
  if (loaded.tag) {
    const lang = a.lang ?? '';
    const known = LANGUAGES.some((l) => l.tag === lang);
    next.lang = !lang || known ? lang : 'other';
    next.langOther = known ? work.langOther : lang;
  }
  if (loaded.form) next.form = loaded.form;
  if (loaded.loader) next.loader = loaded.loader;
  if (loaded.src !== undefined) next.src = loaded.src;
  let text = `Loaded <${tag}>`;
  if (loaded.content !== undefined) {
    next = withDraft(next, loaded.content);
    text += ' with its content.';
  } else if (loaded.src) {
    text += `; its content comes from src="${loaded.src}": paste that JSON document here to edit it.`;
  } else {
    next = withDraft(next, elementOf(tag).defaults);
    text += ' without content: it shows the built-in default.';
  }
  next.json = { ...next.json, [tag]: undefined };
  const problems = validate(elementOf(tag).schema, draftOf(next)).issues.length;
  if (problems) text += ` ${problems} ${problems === 1 ? 'problem is' : 'problems are'} shown at the fields.`;
  return { work: next, status: { text, kind: 'ok' } };
}
