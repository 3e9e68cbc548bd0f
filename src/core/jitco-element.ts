/**
 * The base of every jitco element: the common attributes of the contract (`data`, `src`,
 * `lang`, `heading-level`, `now`), content loading, locale and attribute checks. Elements
 * extend it and only render.
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { uiLocale, uiLocales, type UiStrings } from '../locales/index.js';
import { sameJson, type ContentLoader } from './content.js';
import { reportError } from './errors.js';
import { DEFAULT_HEADING_LEVEL, headingLevel } from './heading.js';
import { LanguageController } from './language.js';
import { langMark, localeFrom, pickText, sameLanguage, type LangMark, type PickedText } from './locale.js';
import { PrerenderedRoot } from './prerendered-root.js';
import type { LocalizedText, Schema } from './schema.js';
import { isIsoDate, startOfIsoDate, toIsoDay } from './values.js';

/** How a content text is marked: see `JitcoElement.text`. */
export interface MarkOptions {
  /** The language of the text around it, when that is not the locale (interface text in `uiLang`). */
  around?: string;
}

/**
 * What every element has: the attributes `data`, `src`, `lang`, `heading-level` and `now`, and
 * the events `jitco-error` and `jitco-load`. `C` is the element's content type.
 *
 * Rendering reads no DOM (no `document`, `querySelector` or storage): what the browser reads from
 * the page is read by controllers when the element connects (`language`, `content`), and the
 * prerenderer sets the same fields on the server (`language.inherited`, `content.scriptText`,
 * `content.deliver`). Each controller states its browser and server sides.
 *
 * @attr lang - Locale (BCP 47). When absent: the nearest ancestor's `lang`, then `<html lang>`, then `en`. Changing it re-renders.
 *
 * @fires {CustomEvent<JitcoErrorDetail>} jitco-error - Bad content or attribute: `{ source, message, path? }`. Bubbles, composed.
 * @fires {CustomEvent<JitcoLoadDetail>} jitco-load - Content from `data`, a script or `src` was rendered: `{ source }`. Bubbles, composed.
 */
export abstract class JitcoElement<C extends object = object> extends LitElement {
  /**
   * The content, as JSON text (attribute) or an object (property). Highest-priority source.
   * Assign a new object to change it; in-place mutation is not observed, and content equal to
   * the current content (deep equality) changes nothing.
   */
  // The attribute stays raw text: the loader parses it and reports bad JSON (Lit's Object
  // converter would turn it into a silent null).
  // An equal new object is no change: an inline object prop re-rendered by a framework does not
  // re-validate, re-render or fire `jitco-load` (in React, a state update on load would loop).
  @property({
    attribute: 'data',
    converter: { fromAttribute: (value: string | null) => value },
    hasChanged: (value: unknown, old: unknown) => !sameJson(value, old),
  })
  data?: C | string;

  /** URL of a JSON document with the content (fetched without credentials). */
  @property()
  src?: string;

  /** Level (1–6) of the element's own heading, to fit the host page's outline. Default 2. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** ISO date used as "today" (previews, tests). Default: the real date. */
  @property()
  now?: string;

  /**
   * The `lang` the element inherits (`language.inherited`: nearest ancestor's, else
   * `<html lang>`), observed in the browser, set by the prerenderer on the server.
   */
  readonly language = new LanguageController(this);

  /** The element's content sources; each element creates its own with its schema. */
  abstract readonly content: ContentLoader<Schema>;

  /**
   * The prerendered shadow root the element upgraded over, while it shows (`showing`: its first
   * render that replaces it is still to come, e.g. while its `src` loads again). It holds the
   * server's nodes while `src` loads again: the default would flash in between.
   */
  protected readonly __prerendered = new PrerenderedRoot(this, () => this.content.loading && this.content.source === 'default');

  /** The resolved locale (`lang` of the element, an ancestor or the page; else `en`). */
  protected locale = 'en';
  /** Interface strings for `locale`. */
  protected strings: UiStrings = uiLocales.en;
  /**
   * The language of `strings` when it is not the locale's (English on a Korean page, Simplified
   * Chinese on a Traditional one): set it as `lang` on what shows them. Else undefined.
   */
  protected uiLang?: string;
  /** The mark (`lang` and `dir`) of interface text: `uiLang`'s. */
  protected uiMark: LangMark = {};
  /** The heading level in use (a bad `heading-level` falls back to the default). */
  protected level = DEFAULT_HEADING_LEVEL;
  /** Today as `YYYY-MM-DD`: `now`, or the real date. */
  protected today = toIsoDay(new Date());

  /** The first day of a valid `now`. */
  private __nowDay?: string;

  // `lang` stays the native property; observing its attribute re-renders on a language switch
  // (the element's own; `language` observes the page's).
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.locale = localeFrom(this.getAttribute('lang'), this.language.inherited);
    const ui = uiLocale(this.locale);
    this.strings = uiLocales[ui];
    this.uiMark = langMark((this.uiLang = sameLanguage(ui, this.locale) ? undefined : ui));
    if (changed.has('headingLevel')) {
      const level = headingLevel(this.headingLevel);
      this.level = level ?? DEFAULT_HEADING_LEVEL;
      if (level === undefined)
        this.reportAttribute('heading-level', `"${this.getAttribute('heading-level') ?? String(this.headingLevel)}" is not 1–6; using ${DEFAULT_HEADING_LEVEL}`);
    }
    if (changed.has('now')) this.__nowDay = this.isoDateAttribute('now', this.now, { ifInvalid: 'using today' });
    // Without a valid `now`, today is read at each render: a page left open past midnight moves on.
    this.today = this.__nowDay ?? toIsoDay(new Date());
  }

  /**
   * The first day (`YYYY-MM-DD`) of an ISO-date attribute's value, or undefined when it is unset
   * or not an ISO date. A bad value is reported when `ifInvalid` (what happens instead) is given.
   */
  protected isoDateAttribute(name: string, value: string | undefined, { ifInvalid }: { ifInvalid?: string } = {}) {
    if (!value) return undefined;
    if (isIsoDate(value)) return startOfIsoDate(value);
    if (ifInvalid) this.reportAttribute(name, `"${value}" is not an ISO date; ${ifInvalid}`);
    return undefined;
  }

  /**
   * Server hook: HTML that `jitco-elements prerender` writes right after the element's
   * declarative shadow root, for what only the visitor's browser knows and must act on before
   * the page paints (the notice's dismissal). Called on the server after a render that shows
   * something, never in the browser; an element without it adds nothing.
   */
  serverHtml?(): string;

  /** Reports a bad attribute value through the shared error path. */
  protected reportAttribute(name: string, message: string): void {
    reportError(this, { source: 'attribute', path: name, message });
  }

  /**
   * Picks a content text for the element's locale, marked with its language when that differs
   * from the text around it. The built-in default content is English, so it is marked
   * `lang="en"` on pages in other languages.
   */
  protected text(value: LocalizedText, { around }: MarkOptions = {}): PickedText {
    const plainLang = this.content.source === 'default' ? 'en' : undefined;
    return pickText(value, { locale: this.locale, plainLang, around });
  }

  /**
   * A content text in a `<span>` (with `part` when given), marked with its language and that
   * language's direction when it differs (isolated on right-to-left pages).
   */
  protected span(value: LocalizedText, { part, around }: MarkOptions & { part?: string } = {}) {
    const picked = this.text(value, { around });
    return html`<span part=${ifDefined(part)} lang=${ifDefined(picked.lang)} dir=${ifDefined(picked.dir)}>${picked.text}</span>`;
  }
}
