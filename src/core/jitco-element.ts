/**
 * The base of every jitco element: the common attributes of the contract (`data`, `src`,
 * `lang`, `heading-level`, `now`), content loading, locale and attribute checks. Elements
 * extend it and only render.
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { uiLocale, uiLocales, type UiStrings } from '../locales/index.js';
import type { ContentLoader } from './content.js';
import { dirOf } from './format.js';
import { reportError } from './errors.js';
import { observeLang, pickText, resolveLocale, sameLanguage, type PickedText } from './locale.js';
import type { LocalizedText, Schema } from './schema.js';
import { isIsoDate, startOfIsoDate, toIsoDay } from './values.js';

/**
 * What every element has: the attributes `data`, `src`, `lang`, `heading-level` and `now`, and
 * the events `jitco-error` and `jitco-load`.
 *
 * @attr lang - Locale (BCP 47). When absent: the nearest ancestor's `lang`, then `<html lang>`, then `en`. Changing it re-renders.
 *
 * @fires {CustomEvent<JitcoErrorDetail>} jitco-error - Bad content or attribute: `{ source, message, path? }`. Bubbles, composed.
 * @fires {CustomEvent<JitcoLoadDetail>} jitco-load - Content from `data`, a script or `src` was rendered: `{ source }`. Bubbles, composed.
 */
export abstract class JitcoElement extends LitElement {
  /**
   * The content, as JSON text (attribute) or an object (property). Highest-priority source.
   * Assign a new object to change it; in-place mutation is not observed.
   */
  // The attribute stays raw text: the loader parses it and reports bad JSON (Lit's Object
  // converter would turn it into a silent null).
  @property({ attribute: 'data', converter: { fromAttribute: (value: string | null) => value } })
  data?: unknown;

  /** URL of a JSON document with the content (fetched without credentials). */
  @property()
  src?: string;

  /** Level (1–6) of the element's own heading, to fit the host page's outline. Default 2. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** ISO date used as "today" (previews, tests). Default: the real date. */
  @property()
  now?: string;

  /** The element's content sources; each element creates its own with its schema. */
  protected abstract readonly content: ContentLoader<Schema>;

  /** The resolved locale (`lang` of the element, an ancestor or the page; else `en`). */
  protected locale = 'en';
  /** Interface strings for `locale`. */
  protected strings: UiStrings = uiLocales.en;
  /**
   * The language of `strings` when it is not the locale's (English on a Korean page, Simplified
   * Chinese on a Traditional one): set it as `lang` on what shows them. Else undefined.
   */
  protected uiLang?: string;
  /** The heading level in use (a bad `heading-level` falls back to 2). */
  protected level = 2;
  /** Today as `YYYY-MM-DD`: `now`, or the real date. */
  protected today = toIsoDay(new Date());

  /** The first day of a valid `now`. */
  private __nowDay?: string;
  private __stopObservingLang?: () => void;

  // `lang` stays the native property; observing its attribute re-renders on a language switch.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.content.connected();
    // An ancestor's or the page's `lang` changing (a partner's language switcher) re-renders.
    this.__stopObservingLang = observeLang(() => {
      if (resolveLocale(this) !== this.locale) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.content.disconnected();
    this.__stopObservingLang?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.content.update();
    this.locale = resolveLocale(this);
    const ui = uiLocale(this.locale);
    this.strings = uiLocales[ui];
    this.uiLang = sameLanguage(ui, this.locale) ? undefined : ui;
    if (changed.has('headingLevel')) {
      // Absent (a removed attribute gives null) means the default; frameworks may pass "3".
      const set = this.headingLevel as unknown;
      const level = set == null ? 2 : Number(set);
      const valid = Number.isInteger(level) && level >= 1 && level <= 6;
      this.level = valid ? level : 2;
      if (!valid) this.reportAttribute('heading-level', `"${this.getAttribute('heading-level') ?? String(set)}" is not 1–6; using 2`);
    }
    if (changed.has('now')) this.__nowDay = this.isoDateAttribute('now', this.now, true, 'using today');
    // Without a valid `now`, today is read at each render: a page left open past midnight moves on.
    this.today = this.__nowDay ?? toIsoDay(new Date());
  }

  /**
   * The first day (`YYYY-MM-DD`) of an ISO-date attribute's value, or undefined when it is unset
   * or not an ISO date; a bad value is reported when `changed`, saying what happens instead.
   */
  protected isoDateAttribute(name: string, value: string | undefined, changed: boolean, instead: string) {
    if (!value) return undefined;
    if (isIsoDate(value)) return startOfIsoDate(value);
    if (changed) this.reportAttribute(name, `"${value}" is not an ISO date; ${instead}`);
    return undefined;
  }

  /** Reports a bad attribute value through the shared error path. */
  protected reportAttribute(name: string, message: string): void {
    reportError(this, { source: 'attribute', path: name, message });
  }

  /**
   * Picks a content text for the element's locale, marked with its language when that differs
   * from the text around it (`around`: the locale, or `uiLang` inside interface text). The
   * built-in default content is English, so it is marked `lang="en"` on pages in other languages.
   */
  protected text(value: LocalizedText, around?: string): PickedText {
    return pickText(value, this.locale, this.content.source === 'default' ? 'en' : undefined, around);
  }

  /**
   * A content text in a `<span>` (with `part` when given), marked with its language and that
   * language's direction when it differs (isolated on right-to-left pages).
   */
  protected span(value: LocalizedText, part?: string, around?: string) {
    const picked = this.text(value, around);
    return html`<span part=${ifDefined(part)} lang=${ifDefined(picked.lang)} dir=${ifDefined(dirOf(picked.lang))}>${picked.text}</span>`;
  }
}
