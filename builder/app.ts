/**
 * The embed builder: choose an element and its attributes, edit its content in a form built
 * from its schema (or as JSON, or from spreadsheet rows), see it live, copy the embed code.
 * Rendered with Lit into the light DOM of one container; all state is in `Work`, saved to
 * sessionStorage (where available) after each change, so a reload keeps what was typed.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import '../src/index.js';
import { parseJson } from '../src/core/content.js';
import { validate, type Path, type Schema } from '../src/core/schema.js';
import { isIsoDate } from '../src/core/values.js';
import { ELEMENTS as REGISTRY } from '../src/elements.js';
import {
  contentFile,
  embedCode,
  loadBack,
  LOADERS,
  shortName,
  TAGS,
  type Attributes,
  type ContentForm,
  type Loader,
  type Release,
  type Tag,
} from './embed.js';
import { isLanguageTag, LANGUAGES } from './fields.js';
import { SchemaForm, setAt, type FormHost } from './form.js';
import { rowsToEvents, type RowsResult } from './tsv.js';
import { recipes, type Destination } from './destinations.js';
import { renderElement, type Rendered } from './prerender-root.js';
import './views/paste-destination.js';

// From the registry (src/elements.ts).
const ELEMENTS = Object.fromEntries(
  REGISTRY.map(({ tag, label, schema, defaults }) => [tag, { name: label, schema, defaults: defaults as unknown }]),
) as Record<Tag, { name: string; schema: Schema; defaults: unknown }>;

/** Everything the user chose and typed; what sessionStorage keeps. */
interface Work {
  tag: Tag;
  /** `''`: the page's language; `other`: the tag in `langOther`. */
  lang: string;
  langOther: string;
  headingLevel: string;
  collapsed: boolean;
  dismissible: boolean;
  noticeId: string;
  hideAfter: string;
  order: string;
  now: string;
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
  rows: string;
  rowsMode: 'replace' | 'append';
  paste: string;
}

const STORAGE_KEY = 'jitco-elements-builder';

/**
 * Content JSON above this many characters is shown on one line, and long text fields do not
 * wrap: wrapping 5,000 events' JSON in a textarea takes a second at each keystroke.
 */
const LARGE_JSON = 50_000;

/** Events shown in the preview at most (the embed code has them all). */
export const PREVIEW_EVENTS = 200;

const initialWork = (): Work => ({
  tag: 'jitco-timeline',
  lang: '',
  langOther: '',
  headingLevel: '2',
  collapsed: false,
  dismissible: false,
  noticeId: '',
  hideAfter: '',
  order: 'asc',
  now: '',
  drafts: {},
  good: {},
  json: {},
  form: 'data',
  src: '',
  loader: 'module',
  width: 'desktop',
  background: 'light',
  rows: '',
  rowsMode: 'replace',
  paste: '',
});

/** The values a saved choice may have (any other value keeps the initial one). */
const CHOICES: Partial<Record<keyof Work, readonly unknown[]>> = {
  tag: TAGS,
  form: ['data', 'script', 'src'] satisfies ContentForm[],
  loader: LOADERS,
  width: ['phone', 'desktop'],
  background: ['light', 'dark'],
  rowsMode: ['replace', 'append'],
};

/** Saved work, checked field by field against the initial one (storage may hold anything). */
function restore(storage: Storage | undefined): Work {
  const work = initialWork();
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return work;
  }
  if (typeof saved !== 'object' || saved === null) return work;
  const record = work as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(saved)) {
    // Own keys only: saved JSON may have its own `__proto__` or `constructor`.
    if (!Object.hasOwn(work, key) || typeof value !== typeof record[key]) continue;
    if (Object.hasOwn(CHOICES, key) && !CHOICES[key as keyof Work]!.includes(value)) continue;
    record[key] = value;
  }
  // Per-element maps: only the elements' keys; typed JSON only as text.
  for (const key of ['drafts', 'good', 'json'] as const) {
    const map = work[key] as Record<string, unknown>;
    for (const tag of Object.keys(map))
      if (!TAGS.includes(tag as Tag) || (key === 'json' && typeof map[tag] !== 'string')) delete map[tag];
  }
  return work;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A status line read by screen readers. */
interface Status {
  text: string;
  kind?: 'error' | 'ok';
}

export class Builder implements FormHost {
  work: Work;
  issues = new Map<string, string[]>();
  private readonly form = new SchemaForm(this);
  private readonly previews = new Map<Tag, HTMLElement & { data?: unknown }>();
  private focusId?: string;
  private rowsResult?: RowsResult;
  private loadStatus?: Status;
  private copyStatus?: Status;
  /** Whether the last save failed: the page then says the work is not kept across a reload. */
  private notKept = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private scheduled = false;
  // Issue 22's destination choice (views/paste-destination.ts), and the element's render for the
  // plain page's code (builder/prerender-root.ts), kept with the content it was made for.
  private paste: { destination: Destination; prerendered: boolean; rendered?: { key: string } & Rendered } = { destination: 'page', prerendered: false };

  constructor(
    private readonly root: HTMLElement,
    readonly release: Release,
    private readonly storage?: Storage,
  ) {
    this.work = restore(storage);
    // Saved content is only good if it still is (storage may hold anything).
    for (const tag of TAGS) {
      const { value, issues } = validate(ELEMENTS[tag].schema, this.work.good[tag]);
      if (tag in this.work.good && (value === undefined || issues.length)) delete this.work.good[tag];
    }
    this.update();
  }

  // ---- content -------------------------------------------------------------------------------

  get element() {
    return ELEMENTS[this.work.tag];
  }

  get draft(): unknown {
    const { drafts, tag } = this.work;
    return tag in drafts ? drafts[tag] : this.element.defaults;
  }

  /** The content the embed code and the preview show: the last content without problems. */
  get good(): unknown {
    const { good, tag } = this.work;
    return tag in good ? good[tag] : this.element.defaults;
  }

  get firstLanguage(): string {
    return this.lang || 'en';
  }

  private jsonCache?: { draft: unknown; text: string };

  /**
   * The draft as JSON text for the Content JSON field: indented, or on one line when large (a
   * textarea of 35,000 lines, 5,000 events, takes a second to lay out at each keystroke).
   */
  get draftJson(): string {
    const draft = this.draft;
    const cache = this.jsonCache;
    if (cache && cache.draft === draft) return cache.text;
    const compact = JSON.stringify(draft) ?? '';
    const text = compact.length > LARGE_JSON ? compact : JSON.stringify(draft, null, 2);
    this.jsonCache = { draft, text };
    return text;
  }

  /** Sets the draft; content without problems becomes the good content. */
  private setDraft(draft: unknown): void {
    const { tag } = this.work;
    this.work.drafts = { ...this.work.drafts, [tag]: draft };
    const { value, issues } = validate(this.element.schema, draft);
    if (value !== undefined && !issues.length) this.work.good = { ...this.work.good, [tag]: value };
  }

  change(path: Path, value: unknown): void {
    this.setDraft(setAt(this.draft, path, value));
    // The JSON view follows the form.
    this.work.json = { ...this.work.json, [this.work.tag]: undefined };
    this.update();
  }

  focusLater(id: string): void {
    this.focusId = id;
  }

  refresh(): void {
    this.update();
  }

  // ---- attributes ----------------------------------------------------------------------------

  /** The `lang` chosen, or '' (none, or not a language tag). */
  get lang(): string {
    const { lang, langOther } = this.work;
    const tag = lang === 'other' ? langOther.trim() : lang;
    return tag && isLanguageTag(tag) ? tag : '';
  }

  private get langProblem(): string | undefined {
    const { lang, langOther } = this.work;
    if (lang !== 'other') return undefined;
    if (!langOther.trim()) return 'Type a language tag, e.g. ja-JP-u-ca-japanese.';
    return isLanguageTag(langOther) ? undefined : `“${langOther}” is not a BCP 47 language tag; the embed code has no lang.`;
  }

  private dateProblem(value: string, instead: string): string | undefined {
    return value && !isIsoDate(value) ? `“${value}” is not YYYY, YYYY-MM or YYYY-MM-DD; ${instead}.` : undefined;
  }

  /** The embed code's attributes for the chosen element (without `now`, which is preview only). */
  get attributes(): Attributes {
    const { tag, headingLevel, collapsed, dismissible, noticeId, hideAfter, order } = this.work;
    return {
      lang: this.lang,
      'heading-level': headingLevel !== '2' ? headingLevel : undefined,
      ...(tag === 'jitco-greeting' ? { collapsed } : {}),
      ...(tag === 'jitco-name-change-notice'
        ? { dismissible, 'notice-id': noticeId.trim(), 'hide-after': isIsoDate(hideAfter) ? hideAfter : undefined }
        : {}),
      ...(tag === 'jitco-timeline' ? { order: order === 'desc' ? 'desc' : undefined } : {}),
    };
  }

  get embed(): string {
    const { tag, form, src, loader } = this.work;
    if (this.paste.destination !== 'page' || this.paste.prerendered || form === 'data') return this.recipes[this.paste.destination].code;
    return embedCode(this.release, loader, tag, this.attributes, this.good, form, src.trim() || `${shortName(tag)}.json`);
  }

  /** Each destination's code and settings for the current element (builder/destinations.ts). */
  get recipes() {
    const { tag, loader } = this.work;
    const key = JSON.stringify([tag, this.attributes, this.good]);
    if (this.paste.rendered?.key !== key) this.paste.rendered = { key, ...renderElement(tag, this.attributes, this.good) };
    const { root, fallback } = this.paste.rendered;
    const prerendered = this.paste.prerendered ? root : undefined;
    return recipes({ release: this.release, loader, tag, attributes: this.attributes, content: this.good, prerendered, fallback });
  }

  private set<K extends keyof Work>(key: K, value: Work[K]): void {
    this.work[key] = value;
    this.update();
  }

  // ---- actions -------------------------------------------------------------------------------

  private onJson(text: string): void {
    const { tag } = this.work;
    this.work.json = { ...this.work.json, [tag]: text };
    try {
      this.setDraft(parseJson(text));
    } catch {
      // Not JSON (yet): the draft and the embed code keep the last JSON; the field says why.
    }
    this.update();
  }

  private discardJson(): void {
    this.work.json = { ...this.work.json, [this.work.tag]: undefined };
    this.update();
  }

  private useRows(): void {
    const result = rowsToEvents(this.work.rows);
    this.rowsResult = result;
    if (result.events.length) {
      const draft = isRecord(this.draft) ? this.draft : {};
      const before = this.work.rowsMode === 'append' && Array.isArray(draft.events) ? draft.events : [];
      this.change(['events'], [...before, ...result.events]);
    } else {
      this.update();
    }
  }

  private load(): void {
    let loaded;
    try {
      loaded = loadBack(this.work.paste);
    } catch (error) {
      this.loadStatus = { text: (error as Error).message, kind: 'error' };
      return this.update();
    }
    const work = this.work;
    const tag = loaded.tag ?? work.tag;
    const a = loaded.attributes;
    Object.assign(work, {
      tag,
      headingLevel: /^[1-6]$/.test(a['heading-level'] ?? '') ? a['heading-level'] : '2',
      collapsed: 'collapsed' in a,
      dismissible: 'dismissible' in a,
      noticeId: a['notice-id'] ?? '',
      hideAfter: a['hide-after'] ?? '',
      order: a.order === 'desc' ? 'desc' : 'asc',
      ...(a.now !== undefined ? { now: a.now } : {}),
    });
    if (loaded.tag) {
      const lang = a.lang ?? '';
      const known = LANGUAGES.some((l) => l.tag === lang);
      work.lang = !lang || known ? lang : 'other';
      work.langOther = known ? work.langOther : lang;
    }
    if (loaded.form) work.form = loaded.form;
    if (loaded.loader) work.loader = loaded.loader;
    if (loaded.src !== undefined) work.src = loaded.src;
    let text = `Loaded <${tag}>`;
    if (loaded.content !== undefined) {
      this.setDraft(loaded.content);
      text += ' with its content.';
    } else if (loaded.src) {
      text += `; its content comes from src="${loaded.src}": paste that JSON document here to edit it.`;
    } else {
      this.setDraft(ELEMENTS[tag].defaults);
      text += ' without content: it shows the built-in default.';
    }
    work.json = { ...work.json, [tag]: undefined };
    const problems = validate(ELEMENTS[tag].schema, this.draft).issues.length;
    if (problems) text += ` ${problems} ${problems === 1 ? 'problem is' : 'problems are'} shown at the fields.`;
    this.loadStatus = { text, kind: 'ok' };
    this.update();
  }

  private async copy(): Promise<void> {
    const field = this.root.querySelector<HTMLTextAreaElement>('#embed-code');
    try {
      await navigator.clipboard.writeText(this.embed);
      this.copyStatus = { text: 'Copied the embed code.', kind: 'ok' };
    } catch {
      // No clipboard API here (e.g. a page from disk in some browsers): the old way, else by hand.
      field?.focus();
      field?.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      this.copyStatus = copied
        ? { text: 'Copied the embed code.', kind: 'ok' }
        : { text: 'This browser did not allow copying: the code is selected, press Ctrl+C (⌘C on a Mac).', kind: 'error' };
    }
    this.update();
  }

  private download(): void {
    const { tag } = this.work;
    const blob = new Blob([contentFile(this.release, tag, this.good as object)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${shortName(tag)}.json`;
    link.hidden = true;
    this.root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** Renders now, then saves the work (soon). */
  update(): void {
    const issues = validate(this.element.schema, this.draft).issues;
    this.issues = new Map();
    for (const issue of issues) this.issues.set(issue.path, [...(this.issues.get(issue.path) ?? []), issue.message]);
    try {
      render(this.template(issues.map((i) => `${i.path}: ${i.message}`)), this.root);
    } catch (error) {
      // Never leave a blank page: say so; the work is still saved.
      render(html`<p role="alert">The builder failed to draw: ${String(error)}. Reload the page: your work is kept.</p>`, this.root);
    }
    this.updatePreview();
    if (this.focusId) {
      this.root.querySelector<HTMLElement>(`#${CSS.escape(this.focusId)}`)?.focus();
      this.focusId = undefined;
    }
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 200);
  }

  /** Saves the work now (also before the page goes away). */
  save(): void {
    clearTimeout(this.saveTimer);
    let kept = true;
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.work));
    } catch {
      // Storage full (a big sheet of rows) or refused: the work stays in this page only.
      kept = false;
    }
    // Said once when it changes (saving again after each change would otherwise draw forever).
    if (this.notKept === !kept) return;
    this.notKept = !kept;
    this.update();
  }

  /** The preview element is created once per element and updated in place. */
  private updatePreview(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // One preview update per frame, however fast the typing.
    requestAnimationFrame(() => {
      this.scheduled = false;
      const stage = this.root.querySelector('#preview-stage');
      if (!stage) return;
      const { tag, now } = this.work;
      let element = this.previews.get(tag);
      if (!element) this.previews.set(tag, (element = document.createElement(tag)));
      if (element.parentElement !== stage) stage.replaceChildren(element);
      const attributes: Attributes = { ...this.attributes, now: isIsoDate(now) ? now : undefined };
      for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === false || value === '') element.removeAttribute(name);
        else element.setAttribute(name, value === true ? '' : value);
      }
      const content = this.previewContent;
      if (element.data !== content) element.data = content;
    });
  }

  private previewCache?: { good: unknown; content: unknown };

  /**
   * The good content, its events cut to the first PREVIEW_EVENTS: the element renders 5,000
   * events in seconds, which must not freeze the builder at each keystroke.
   */
  get previewContent(): unknown {
    const good = this.good;
    const cache = this.previewCache;
    if (cache && cache.good === good) return cache.content;
    const events = isRecord(good) && Array.isArray(good.events) ? good.events : [];
    const content = events.length > PREVIEW_EVENTS ? { ...(good as object), events: events.slice(0, PREVIEW_EVENTS) } : good;
    this.previewCache = { good, content };
    return content;
  }

  private template(problems: string[]): TemplateResult {
    const w = this.work;
    const jsonText = w.json[w.tag];
    // The same words as the element's jitco-error for text that is not JSON.
    const jsonError = jsonText === undefined ? undefined : jsonErrorMessage(jsonText);
    const jsonBroken = jsonError !== undefined;
    const hasEvents = this.element.schema.kind === 'object' && 'events' in this.element.schema.fields;
    // Selects: `selected` on the options for the first render, `.value` for later ones (an
    // option the user picked no longer follows its attribute).
    const radio = <K extends keyof Work>(key: K, value: Work[K], label: string | TemplateResult, name = String(key)) =>
      html`<label class="choice"
        ><input type="radio" name=${name} .checked=${live(w[key] === value)} @change=${() => this.set(key, value)} />
        ${label}</label
      >`;
    const help = (id: string, text: string | TemplateResult) => html`<p class="help" id=${id}>${text}</p>`;
    /** A boolean attribute's checkbox: its id is the attribute's name. */
    const checkbox = (key: 'collapsed' | 'dismissible', label: string, helpText: string) =>
      html`<div class="field check">
        <input id=${key} type="checkbox" .checked=${live(w[key])} aria-describedby=${`${key}-help`}
          @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).checked)} />
        <label for=${key}>${label}</label>
        ${help(`${key}-help`, helpText)}
      </div>`;
    const error = (id: string, text?: string) => (text ? html`<p class="errors" id=${id}>${text}</p>` : nothing);
    const langProblem = this.langProblem;
    const hideAfterProblem = this.dateProblem(w.hideAfter, 'the embed code leaves hide-after out');
    const nowProblem = this.dateProblem(w.now, 'the preview uses today');
    const jsonMessages = jsonError !== undefined ? [jsonError] : problems;
    const embed = this.embed;

    return html`
      <header class="top">
        <h1>jitco-elements embed builder</h1>
        <p>Make the code for a partner page: choose an element, fill in its content, copy the code.</p>
        <nav aria-label="Elsewhere"><a href="../demo/">Demo page</a></nav>
      </header>
      <datalist id="builder-languages">
        ${LANGUAGES.map((l) => html`<option value=${l.tag}>${l.name}</option>`)}
      </datalist>
      <main class="layout">
        <div class="edit">
          <section aria-labelledby="h-element">
            <h2 id="h-element">1. Element and attributes</h2>
            <div class="field">
              <label for="element">Element</label>
              <select id="element" aria-describedby="element-help" .value=${live(w.tag)} @change=${(e: Event) => {
                this.set('tag', (e.target as HTMLSelectElement).value as Tag);
              }}>
                ${TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === w.tag}>${ELEMENTS[tag].name} (&lt;${tag}&gt;)</option>`)}
              </select>
              ${help('element-help', 'Each element keeps its own content here while you switch.')}
            </div>
            <div class="field">
              <label for="lang">Language (lang)</label>
              <select id="lang" aria-describedby="lang-help" .value=${live(w.lang)} @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${w.lang === ''}>The page’s language (no lang attribute)</option>
                ${LANGUAGES.map((l) => html`<option value=${l.tag} ?selected=${w.lang === l.tag}>${l.name} (${l.tag})</option>`)}
                <option value="other" ?selected=${w.lang === 'other'}>Another BCP 47 tag…</option>
              </select>
              ${help('lang-help', 'The language the element speaks: its interface text, dates and numbers, and the translation it picks from the content.')}
              ${w.lang === 'other'
                ? html`<label for="lang-other">Language tag</label>
                    <input id="lang-other" type="text" spellcheck="false" autocomplete="off" .value=${live(w.langOther)}
                      aria-invalid=${langProblem ? 'true' : 'false'} aria-describedby="lang-other-help ${langProblem ? 'lang-other-error' : ''}"
                      @input=${(e: Event) => this.set('langOther', (e.target as HTMLInputElement).value)} />
                    ${help('lang-other-help', html`Any BCP 47 tag, e.g. <code>ja-JP-u-ca-japanese</code> for Japanese era dates, <code>th-TH</code> for Buddhist-era years.`)}
                    ${error('lang-other-error', langProblem)}`
                : nothing}
            </div>
            <div class="field">
              <label for="heading-level">Heading level (heading-level)</label>
              <select id="heading-level" aria-describedby="heading-level-help" .value=${live(w.headingLevel)}
                @change=${(e: Event) => this.set('headingLevel', (e.target as HTMLSelectElement).value)}>
                ${['1', '2', '3', '4', '5', '6'].map((n) => html`<option value=${n} ?selected=${w.headingLevel === n}>h${n}</option>`)}
              </select>
              ${help('heading-level-help', 'The level of the element’s heading, to fit the outline of your page (default h2).')}
            </div>
            ${w.tag === 'jitco-greeting'
              ? checkbox('collapsed', 'Collapsed (collapsed)', 'Shows the first paragraph and a “Read more” button.')
              : nothing}
            ${w.tag === 'jitco-timeline'
              ? html`<div class="field">
                  <label for="order">Order (order)</label>
                  <select id="order" aria-describedby="order-help" .value=${live(w.order)} @change=${(e: Event) => this.set('order', (e.target as HTMLSelectElement).value)}>
                    <option value="asc" ?selected=${w.order !== 'desc'}>Oldest first</option>
                    <option value="desc" ?selected=${w.order === 'desc'}>Newest first</option>
                  </select>
                  ${help('order-help', 'Events are sorted by date either way.')}
                </div>`
              : nothing}
            ${w.tag === 'jitco-name-change-notice'
              ? html`${checkbox('dismissible', 'Dismissible (dismissible)', 'A close button; the browser remembers that the reader closed it.')}
                  <div class="field">
                    <label for="notice-id">Notice name (notice-id)</label>
                    <input id="notice-id" type="text" autocomplete="off" .value=${live(w.noticeId)} aria-describedby="notice-id-help"
                      @input=${(e: Event) => this.set('noticeId', (e.target as HTMLInputElement).value)} />
                    ${help('notice-id-help', 'Optional: the name under which a dismissal is remembered; without it, editing the notice shows it again.')}
                  </div>
                  <div class="field">
                    <label for="hide-after">Hide from (hide-after)</label>
                    <input id="hide-after" type="text" autocomplete="off" spellcheck="false" .value=${live(w.hideAfter)}
                      aria-invalid=${hideAfterProblem ? 'true' : 'false'}
                      aria-describedby="hide-after-help ${hideAfterProblem ? 'hide-after-error' : ''}"
                      @input=${(e: Event) => this.set('hideAfter', (e.target as HTMLInputElement).value)} />
                    ${help('hide-after-help', 'Optional date (YYYY-MM-DD): from that day on the notice shows nothing.')}
                    ${error('hide-after-error', hideAfterProblem)}
                  </div>`
              : nothing}
          </section>

          <section aria-labelledby="h-content">
            <h2 id="h-content">2. Content</h2>
            ${hasEvents ? this.rowsTemplate() : nothing}
            <fieldset class="content-form" ?disabled=${jsonBroken}>
              <legend>Content of &lt;${w.tag}&gt;</legend>
              ${jsonBroken ? html`<p class="note">The form is paused while Content JSON is not valid JSON.</p>` : nothing}
              ${this.form.render(this.element.schema, this.draft, shortName(w.tag))}
            </fieldset>
            <div class="field json">
              <label for="content-json">Content JSON</label>
              <textarea id="content-json" rows="14" spellcheck="false" autocomplete="off"
                class=${(jsonText ?? this.draftJson).length > LARGE_JSON ? 'nowrap' : ''}
                .value=${live(jsonText ?? this.draftJson)}
                aria-invalid=${jsonMessages.length ? 'true' : 'false'}
                aria-describedby="content-json-help ${jsonMessages.length ? 'content-json-error' : ''}"
                @input=${(e: Event) => this.onJson((e.target as HTMLTextAreaElement).value)}></textarea>
              ${help('content-json-help', 'The same content as the form: edit either one.')}
              ${jsonMessages.length
                ? html`<div class="errors" id="content-json-error">
                    <p>${jsonBroken ? 'Not valid JSON:' : `${jsonMessages.length} ${jsonMessages.length === 1 ? 'problem' : 'problems'}:`}</p>
                    <ul>${jsonMessages.slice(0, 20).map((m) => html`<li>${m}</li>`)}</ul>
                    ${jsonMessages.length > 20 ? html`<p>… and ${jsonMessages.length - 20} more.</p>` : nothing}
                  </div>`
                : nothing}
              ${jsonText !== undefined && jsonBroken
                ? html`<button type="button" @click=${() => this.discardJson()}>Discard my JSON edits</button>`
                : nothing}
            </div>
            <div class="field">
              <label for="load-back">Load an embed code or JSON</label>
              <textarea id="load-back" rows="4" spellcheck="false" .value=${live(w.paste)} aria-describedby="load-back-help"
                @input=${(e: Event) => this.set('paste', (e.target as HTMLTextAreaElement).value)}></textarea>
              ${help('load-back-help', 'Paste a tag made here (or by hand) or a content document, to edit it again.')}
              <button type="button" @click=${() => this.load()}>Load</button>
              <p class=${`status ${this.loadStatus?.kind ?? ''}`} role="status">${this.loadStatus?.text ?? ''}</p>
            </div>
          </section>
        </div>

        <div class="see">
          <section aria-labelledby="h-preview">
            <h2 id="h-preview">3. Preview</h2>
            <div class="controls">
              <fieldset>
                <legend>Width</legend>
                ${radio('width', 'phone', 'Phone (360 px)')} ${radio('width', 'desktop', 'Desktop')}
              </fieldset>
              <fieldset>
                <legend>Page background</legend>
                ${radio('background', 'light', 'Light')} ${radio('background', 'dark', 'Dark')}
              </fieldset>
              <div class="field">
                <label for="now">Today, for the preview (now)</label>
                <input id="now" type="text" autocomplete="off" spellcheck="false" .value=${live(w.now)}
                  aria-invalid=${nowProblem ? 'true' : 'false'} aria-describedby="now-help ${nowProblem ? 'now-error' : ''}"
                  @input=${(e: Event) => this.set('now', (e.target as HTMLInputElement).value)} />
                ${help('now-help', 'Optional date (YYYY-MM-DD) to see the preview as on that day; not part of the embed code.')}
                ${error('now-error', nowProblem)}
              </div>
            </div>
            <div class=${`stage ${w.background} ${w.width}`} id="preview-stage" tabindex="0" role="region" aria-label="Preview"></div>
            ${this.previewContent !== this.good
              ? html`<p class="note">The preview shows the first ${PREVIEW_EVENTS} events of the list; the embed code has all of them.</p>`
              : nothing}
          </section>

          <section aria-labelledby="h-code">
            <h2 id="h-code">4. Embed code</h2>
            <fieldset>
              <legend>Script tag</legend>
              ${radio('loader', 'module', 'A module (recommended)')}
              ${radio('loader', 'classic', 'A classic script, for a page or CMS that cannot load modules')}
            </fieldset>
            <fieldset>
              <legend>Content in the code</legend>
              ${radio('form', 'data', html`In a <code>data</code> attribute (recommended: the editors below keep it with their setting)`)}
              ${radio('form', 'script', html`In a <code>&lt;script type="application/json"&gt;</code> inside the element`)}
              ${radio('form', 'src', html`In a separate JSON file (<code>src</code>)`)}
            </fieldset>
            ${w.form === 'src'
              ? html`<div class="field">
                  <label for="src">Address of the JSON file (src)</label>
                  <input id="src" type="text" autocomplete="off" spellcheck="false" .value=${live(w.src)}
                    placeholder=${`${shortName(w.tag)}.json`} aria-describedby="src-help"
                    @input=${(e: Event) => this.set('src', (e.target as HTMLInputElement).value)} />
                  ${help('src-help', 'Upload the downloaded file there (same site, or a server that allows CORS).')}
                </div>`
              : nothing}
            <jitco-paste-destination .recipes=${this.recipes} .destination=${this.paste.destination} .prerendered=${this.paste.prerendered}
              @jitco-destination-change=${(e: CustomEvent<{ destination: Destination; prerendered: boolean }>) => ((this.paste = { ...this.paste, ...e.detail }), this.update())}
            ></jitco-paste-destination>
            <div class="field">
              <label for="embed-code">Embed code</label>
              <textarea id="embed-code" rows="12" readonly spellcheck="false" .value=${live(embed)}
                class=${embed.length > LARGE_JSON ? 'nowrap' : ''}
                aria-describedby=${ifDefined(problems.length || jsonBroken ? 'embed-code-note' : undefined)}></textarea>
              ${problems.length || jsonBroken
                ? html`<p class="note" id="embed-code-note">
                    The content has problems (see Content JSON): the code holds the last valid content.
                  </p>`
                : nothing}
              <div class="actions">
                <button type="button" @click=${() => void this.copy()}>Copy</button>
                <button type="button" @click=${() => this.download()}>Download ${shortName(w.tag)}.json</button>
              </div>
              <p class=${`status ${this.copyStatus?.kind ?? ''}`} role="status">${this.copyStatus?.text ?? ''}</p>
              <p class="status error" role="status" id="not-kept">${this.notKept
                ? `This browser cannot keep this work for a reload (too large for its storage, or storage is off): copy the embed code or download ${shortName(w.tag)}.json before you leave the page.`
                : ''}</p>
              <p class="help">
                The script tag loads version ${this.release.version} from the jsDelivr CDN with its integrity value; put it
                once per page. The JSON file names its schema (<code>$schema</code>), so editors can check it.
              </p>
            </div>
            ${this.release.prerender
              ? html`<details class="prerender">
                  <summary>Prerendered variant</summary>
                  <p>
                    Prerendering runs in Node, not in this page. Save your page with the code above, then run
                    <code>npx jitco-elements prerender page.html -o page.html</code>: the elements’ content is then in
                    the HTML itself, visible before any script runs.
                  </p>
                </details>`
              : nothing}
          </section>
        </div>
      </main>
    `;
  }

  private rowsTemplate(): TemplateResult {
    const w = this.work;
    const result = this.rowsResult;
    return html`<details class="rows" ?open=${!!w.rows || !!result}>
      <summary>Paste rows from a spreadsheet</summary>
      <div class="field">
        <label for="rows">Paste rows from a spreadsheet</label>
        <textarea id="rows" rows="6" spellcheck="false" .value=${live(w.rows)} aria-describedby="rows-help ${result?.problems.length ? 'rows-problems' : ''}"
          @input=${(e: Event) => this.set('rows', (e.target as HTMLTextAreaElement).value)}></textarea>
        ${html`<p class="help" id="rows-help">
          Copy cells from Excel, Google Sheets or LibreOffice and paste them here. Columns: date, title, description,
          link (and link text), in that order, or any order under a header row with those names. Each row becomes an event;
          a row with a problem is left out and named below.
        </p>`}
      </div>
      <fieldset>
        <legend>The rows’ events</legend>
        <label class="choice"><input type="radio" name="rows-mode" .checked=${live(w.rowsMode === 'replace')}
          @change=${() => this.set('rowsMode', 'replace')} /> replace the events</label>
        <label class="choice"><input type="radio" name="rows-mode" .checked=${live(w.rowsMode === 'append')}
          @change=${() => this.set('rowsMode', 'append')} /> come after the events</label>
      </fieldset>
      <button type="button" @click=${() => this.useRows()}>Use these rows</button>
      <div role="status" class="status">
        ${result
          ? html`<p>
              ${result.rows} ${result.rows === 1 ? 'row' : 'rows'} read: ${result.events.length}
              ${result.events.length === 1 ? 'event' : 'events'} added${result.problems.length ? html`, ${result.problems.length} left out:` : '.'}
            </p>`
          : nothing}
      </div>
      ${result?.problems.length
        ? html`<ul class="errors" id="rows-problems">
            ${result.problems.slice(0, 100).map((p) => html`<li>Row ${p.row}: ${p.message}</li>`)}
            ${result.problems.length > 100 ? html`<li>… and ${result.problems.length - 100} more rows.</li>` : nothing}
          </ul>`
        : nothing}
    </details>`;
  }
}

/** The element's words for text that is not JSON (src/core/content.ts: parseJson), or undefined. */
function jsonErrorMessage(text: string): string | undefined {
  try {
    parseJson(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Starts the builder in `root`; `storage` keeps the work across reloads (sessionStorage). */
export function mountBuilder(root: HTMLElement, release: Release, storage?: Storage): Builder {
  const builder = new Builder(root, release, storage);
  addEventListener('pagehide', () => builder.save());
  return builder;
}
