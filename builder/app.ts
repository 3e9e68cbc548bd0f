/**
 * `<jitco-builder>`, the embed builder: choose an element and its attributes, edit its content
 * in a form built from its schema (or as JSON, or from spreadsheet rows), see it live, copy the
 * embed code. The element holds the work (state.ts: a plain object changed only by its pure
 * functions) and renders it through small views (views/): element and attributes, content,
 * spreadsheet rows, preview, embed code. The work is saved to sessionStorage (persist.ts) after
 * each change, so a reload keeps what was typed.
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../src/index.js';
import type { Path } from '../src/core/schema.js';
import { TextsController } from './texts-controller.js';
import { contentFile, loadBack, shortName, type Release } from './embed.js';
import { SchemaForm, type FormHost } from './form.js';
import type { Destination } from './destinations.js';
import { restore, save, type Store } from './persist.js';
import { previewContent, resolveUrls } from './preview-content.js';
import * as S from './state.js';
import { rowsToEvents, type RowsResult } from './tsv.js';
import { codeView } from './views/code.js';
import { contentView } from './views/content.js';
import { elementView } from './views/element.js';
import { Previews, previewView } from './views/preview.js';
import { skipLinks } from './views/controls.js';

export { PREVIEW_EVENTS } from './preview-content.js';

export class JitcoBuilder extends LitElement implements FormHost {
  /** This build's package, version and CDN integrity values (the page's `#release`). */
  @property({ attribute: false }) release!: Release;
  /** Where the work is kept across reloads (sessionStorage); none: only in this page. */
  @property({ attribute: false }) storage?: Store;

  /** Everything the user chose and typed. */
  @state() work: S.Work = S.initialWork();
  @state() rowsResult?: RowsResult;
  @state() loadStatus?: S.Status;
  @state() copyStatus?: S.Status;
  /** Whether the last save failed: the page then says the work is not kept across a reload. */
  @state() notKept = false;
  // Issue 22's destination choice (views/paste-destination.ts); not kept across a reload.
  @state() paste: { destination: Destination; prerendered: boolean } = { destination: 'page', prerendered: false };

  /** The draft's problems by path (FormHost). */
  issues = new Map<string, string[]>();
  readonly form = new SchemaForm(this);
  /** The preview's elements, one per tag (views/preview.ts). */
  readonly previews = new Previews();
  private focusId?: string;
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** The embed code and Content JSON, made from the work (texts-controller.ts). */
  readonly texts = new TextsController(this);
  private previewCache?: { good: unknown; page: string; content: unknown };

  // Light DOM: the page's stylesheet (builder.css) styles the builder, and its labels, skip
  // links and aria-describedby ids work across the views as on any page.
  protected override createRenderRoot() {
    return this;
  }

  // ---- what the views read -----------------------------------------------------------------------

  get draft(): unknown {
    return S.draftOf(this.work);
  }

  get good(): unknown {
    return S.goodOf(this.work);
  }

  /**
   * FormHost: the language a plain text keeps when it gets its first translation: English, the
   * built-in content's (not the element's language: that made English text "ja"). Its row can be
   * renamed.
   */
  readonly firstLanguage = 'en';

  /** FormHost: a new translation is in the element's language, when the text has none in it yet. */
  get translationLanguage(): string | undefined {
    return S.langOf(this.work) || undefined;
  }

  /** Each destination's code and settings for the current element (destinations.ts). */
  get recipes() {
    return this.texts.texts.recipes;
  }

  /** The embed code shown; see `texts` for when it is made. */
  get embed(): string {
    return this.texts.texts.embed;
  }

  /** What the preview shows: the good content, cut to its first events, URLs read from the page's address. */
  get previewContent(): unknown {
    const { good } = this;
    const { page } = this.work;
    const cache = this.previewCache;
    if (cache && cache.good === good && cache.page === page) return cache.content;
    const content = resolveUrls(S.elementOf(this.work.tag).schema, previewContent(good), page);
    this.previewCache = { good, page, content };
    return content;
  }

  // ---- actions -----------------------------------------------------------------------------------

  /** Takes the work an action made. */
  commit(work: S.Work): void {
    this.work = work;
  }

  /** FormHost: an edit in the form. */
  change(path: Path, value: unknown): void {
    this.commit(S.change(this.work, path, value));
  }

  /** FormHost: focus goes to the control with this id once it is drawn. */
  focusLater(id: string): void {
    this.focusId = id;
  }

  /** FormHost: the form's own state changed (shown items, typed tags), not the work. */
  refresh(): void {
    this.requestUpdate();
  }

  useRows(): void {
    const result = rowsToEvents(this.work.rows);
    this.rowsResult = result;
    this.commit(S.applyRows(this.work, result.events));
  }

  load(): void {
    try {
      const { work, status } = S.loadPasted(this.work, loadBack(this.work.paste));
      this.commit(work);
      this.loadStatus = status;
    } catch (error) {
      this.loadStatus = { text: (error as Error).message, kind: 'error' };
    }
  }

  async copy(): Promise<void> {
    const field = this.querySelector<HTMLTextAreaElement>('#embed-code');
    try {
      await navigator.clipboard.writeText(this.texts.flush().embed);
      this.copyStatus = { text: 'Copied the embed code.', kind: 'ok' };
    } catch {
      // No clipboard API here (e.g. a page from disk in some browsers): the old way, else by hand.
      await this.updateComplete;
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
  }

  download(): void {
    const { tag } = this.work;
    const blob = new Blob([contentFile(this.release, tag, this.good as object)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${shortName(tag)}.json`;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  /** Saves the work now (also before the page goes away). */
  save(): void {
    clearTimeout(this.saveTimer);
    this.notKept = !save(this.storage, this.work);
  }

  // ---- lifecycle ---------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onPageHide);
  }

  private readonly onPageHide = () => this.save();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage')) this.work = restore(this.storage);
    this.issues = S.issuesOf(this.work);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusId) {
      this.querySelector<HTMLElement>(`#${CSS.escape(this.focusId)}`)?.focus();
      this.focusId = undefined;
    }
    this.previews.show(this.work.tag, S.previewAttributes(this.work), this.previewContent);
    if (changed.has('work')) {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.save(), 200);
    }
  }

  protected override render() {
    try {
      return html`
        ${skipLinks()}
        <header class="top">
          <h1>jitco-elements embed builder</h1>
          <p>Make the code for a partner page: choose an element, fill in its content, copy the code.</p>
          <nav aria-label="Elsewhere"><a href="../demo/">Demo page</a></nav>
        </header>
        <main class="layout">
          <div class="edit">${elementView(this)} ${contentView(this)}</div>
          <div class="see">${previewView(this)} ${codeView(this)}</div>
        </main>
      `;
    } catch (error) {
      // Never leave a blank page: say so; the work is still saved.
      return html`<p role="alert">The builder failed to draw: ${String(error)}. Reload the page: your work is kept.</p>`;
    }
  }
}

if (!customElements.get('jitco-builder')) customElements.define('jitco-builder', JitcoBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'jitco-builder': JitcoBuilder;
  }
}

/** Starts the builder in `root`; `storage` keeps the work across reloads (sessionStorage). */
export function mountBuilder(root: HTMLElement, release: Release, storage?: Store): JitcoBuilder {
  const builder = document.createElement('jitco-builder');
  builder.release = release;
  builder.storage = storage;
  root.replaceChildren(builder);
  return builder;
}
