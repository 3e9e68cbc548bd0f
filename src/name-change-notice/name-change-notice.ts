import { html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContentLoader } from '../core/content.js';
import { dispatch } from '../core/errors.js';
import { fillTemplate, formatIsoDate } from '../core/format.js';
import { langMark, sameLanguage } from '../core/locale.js';
import { ownHeading } from '../core/heading.js';
import { JitcoElement } from '../core/jitco-element.js';
import { uiLocales } from '../locales/index.js';
import { baseStyles } from '../core/styles.js';
import { FORMER_NAME, NEW_NAME } from '../core/seed.js';
import { startOfIsoDate } from '../core/values.js';
import { defaultNotice, noticeSchema, type NameChangeNoticeContent } from './name-change-notice.content.js';
import { noticeStyles } from './name-change-notice.styles.js';
import { dismissalScript, DismissalMemory } from './dismissal.js';

/** Detail of `jitco-dismiss`. */
export interface JitcoDismissDetail {
  /** The `localStorage` key the dismissal is remembered under. */
  key: string;
}

declare global {
  interface HTMLElementEventMap {
    'jitco-dismiss': CustomEvent<JitcoDismissDetail>;
  }
}

/** A short stable hash (32-bit FNV-1a, base 36) naming a notice by its content. */
const hash = (value: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
};

/**
 * The element a reader meets next after `self` in reading order: its next rendered sibling, else
 * its parent's, and so on up (out of a shadow root through its host); with `back`, the one before.
 * Undefined at the end (or start) of the page.
 */
function neighbour(self: Element, back: boolean): HTMLElement | undefined {
  for (let node: Element | undefined = self; node && node !== document.body; ) {
    let sibling = back ? node.previousElementSibling : node.nextElementSibling;
    while (sibling && !sibling.getClientRects().length) sibling = back ? sibling.previousElementSibling : sibling.nextElementSibling;
    if (sibling) return sibling as HTMLElement;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined);
  }
  return undefined;
}

/**
 * Focuses `target`, made focusable with `tabindex="-1"` until it loses focus when it is not;
 * without scrolling: it takes the place of the notice the reader was looking at.
 */
function focusHere(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
}

const closeIcon = svg`<path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`;

/**
 * The notice that the organisation's name changed: before the effective date it says the name
 * will change on that date, from that day on that it changed.
 *
 * A `role="region"` labelled by its own heading; never an alert. With `dismissible`, a close
 * button hides it and the dismissal is remembered in `localStorage` under
 * `jitco-notice-dismissed:<id>`, where `<id>` is `notice-id` or a short hash of the content's
 * `formerName`, `newName`, `effectiveDate` and `message` (so a changed notice shows again).
 * A remembered dismissal hides the notice before its first paint; a dismissible notice loading
 * from `src` without `notice-id` stays hidden until its content (and so its key) is known. Where
 * storage throws or is absent, the dismissal lasts for the page's life. Without `dismissible`,
 * stored dismissals are ignored.
 *
 * Focus after dismissal: when focus was in the notice, it moves to where the reader was, the
 * element that follows the notice in reading order (its next shown sibling, else its parent's
 * next sibling, and so on up; out of a shadow root through its host), not to the next focusable
 * control, which may be far down the page. With nothing after the notice, the element before it;
 * with neither, its parent. An element that is not focusable is given `tabindex="-1"` until it
 * loses focus, so Tab goes on from there. The page does not scroll.
 *
 * @summary The 2020 name change of JITCO, localized, dismissible, and gone after `hide-after`.
 * @tagname jitco-name-change-notice
 *
 * @slot - Not rendered. Put a `<script type="application/json">` with the content here.
 *
 * @csspart container - The region around everything (heading, text, button): a grid with the button in the top corner.
 * @csspart heading - The heading.
 * @csspart text - The sentence announcing the change, with its date.
 * @csspart message - The optional message.
 * @csspart link - The optional link.
 * @csspart button - The close button (with `dismissible`).
 *
 * @cssprop [--jitco-accent=color-mix(in srgb, #0b5cad 60%, currentColor)] - Colour of the frame. The default holds 3:1 on light and dark pages.
 * @cssprop [--jitco-notice-border-color=var(--jitco-accent)] - Colour of the frame, for the notice alone.
 * @cssprop [--jitco-link-color=currentColor] - Colour of the link (underlined).
 * @cssprop [--jitco-focus-color=currentColor] - Outer colour of the two-tone focus ring.
 * @cssprop [--jitco-focus-halo=Canvas] - Inner colour of the focus ring.
 * @cssprop [--jitco-radius=0.25em] - Corner radius of the box and the button.
 * @cssprop [--jitco-heading-size=1.5em] - Font size of the heading.
 * @cssprop [--jitco-notice-padding=1em] - Padding of the box.
 * @cssprop [--jitco-notice-background=transparent] - Background of the box (set the text colour with it).
 *
 * @fires {CustomEvent<JitcoDismissDetail>} jitco-dismiss - The reader pressed the close button: `{ key }` (the storage key). Cancelable: `preventDefault()` keeps the notice open. Bubbles, composed.
 */
export class JitcoNameChangeNotice extends JitcoElement<NameChangeNoticeContent> {
  static override styles = [baseStyles, noticeStyles];

  /** Show a close button; the dismissal is remembered in `localStorage`. */
  @property({ type: Boolean, reflect: true })
  dismissible = false;

  /** Names the notice in storage instead of its content (a stable id survives wording edits). */
  @property({ attribute: 'notice-id' })
  noticeId?: string;

  /** ISO date from which the notice renders nothing and takes no space. */
  @property({ attribute: 'hide-after' })
  hideAfter?: string;

  readonly content = new ContentLoader(this, noticeSchema, defaultNotice);

  // Added after `content`: it decides after the loader's `hostUpdate`, before the render. Until
  // content from `src` arrives its key is unknown, so a dismissible notice without `notice-id`
  // waits (unless it was prerendered: it shows that content, and the prerendered script hid it
  // if dismissed).
  private readonly __dismissal = new DismissalMemory(
    this,
    () =>
      this.__expired ||
      (this.dismissible && !this.noticeId && this.content.source === 'default' && this.content.loading && !this.__prerendered.showing),
  );

  /** The `localStorage` key of this notice's dismissal. */
  get storageKey(): string {
    const { formerName, newName, effectiveDate, message } = this.content.value;
    // The default names gained Japanese in 0.2; the default keeps the key of its English names,
    // so a visitor who dismissed it before does not see it again.
    const names = this.content.source === 'default' ? [FORMER_NAME, NEW_NAME] : [formerName, newName];
    return `jitco-notice-dismissed:${this.noticeId || hash(JSON.stringify([...names, effectiveDate, message]))}`;
  }

  /** Whether today is on or after a valid `hide-after` (the notice then renders nothing, on the server too). */
  private __expired = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const hideFrom = this.isoDateAttribute('hide-after', this.hideAfter, {
      ifInvalid: changed.has('hideAfter') ? 'not hiding' : undefined,
    });
    this.__expired = hideFrom !== undefined && this.today >= hideFrom;
  }

  private __dismiss(): void {
    const key = this.storageKey;
    if (!dispatch(this, 'jitco-dismiss', { key }, true)) return;
    this.__dismissal.remember(key);
    // Move focus before hiding, so it never drops to <body>; a listener may have moved it already.
    if (this.shadowRoot!.activeElement) this.__focusAfterDismissal();
  }

  private __focusAfterDismissal(): void {
    // Where the reader was: what follows the notice, else what precedes it, else its parent.
    // Never the next focusable control, which may be a sidebar link pages away.
    focusHere(neighbour(this, false) ?? neighbour(this, true) ?? this.parentElement ?? (this.getRootNode() as ShadowRoot).host as HTMLElement ?? document.body);
  }

  protected override render() {
    if (this.__expired || this.__dismissal.hiding) return nothing;
    const { formerName, newName, effectiveDate, abbreviation, message, link, heading } = this.content.value;
    let { strings, uiLang } = this;
    const changed = this.today >= startOfIsoDate(effectiveDate);
    // One language per sentence: the date is written in the sentence's language (an English
    // sentence on a Korean page carries an English date), and where it cannot be (no data in the
    // browser nor in the locale file), the sentence is English; names are marked against it.
    let date = formatIsoDate(effectiveDate, uiLang ?? this.locale);
    if (!sameLanguage(date.lang, uiLang ?? this.locale)) {
      date = formatIsoDate(effectiveDate, (uiLang = 'en'));
      strings = uiLocales.en;
    }
    const name = abbreviation
      ? fillTemplate(strings.abbreviated, { name: this.span(newName, { around: uiLang }), abbreviation: this.span(abbreviation, { around: uiLang }) })
      : this.span(newName, { around: uiLang });
    const sentence = fillTemplate(changed ? strings.noticeAfter : strings.noticeBefore, {
      date: html`<time datetime=${effectiveDate}>${date.text}</time>`,
      formerName: this.span(formerName, { around: uiLang }),
      newName: html`<strong>${name}</strong>`,
    });
    const own = heading
      ? this.text(heading)
      : { text: changed ? this.strings.noticeHeading : this.strings.noticeHeadingBefore, ...this.uiMark };
    const linkLabel = link && this.text(link.label);
    const mark = langMark(uiLang);
    return html`
      <div class="container" part="container" role="region" aria-labelledby="heading">
        ${ownHeading(this.level, own)}
        <p part="text" lang=${ifDefined(mark.lang)} dir=${ifDefined(mark.dir)}>${sentence}</p>
        ${message ? html`<p part="message">${this.span(message)}</p>` : nothing}
        ${link && linkLabel
          ? html`<p><a part="link" href=${link.href} lang=${ifDefined(linkLabel.lang)} dir=${ifDefined(linkLabel.dir)}>${linkLabel.text}</a></p>`
          : nothing}
        ${this.dismissible
          ? html`<button class="button" part="button" type="button" aria-label=${this.strings.close} lang=${ifDefined(this.uiLang)} @click=${this.__dismiss}>
              <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${closeIcon}</svg>
            </button>`
          : nothing}
      </div>
    `;
  }
}

/**
 * Server hook (`jitco-elements prerender` calls it after rendering the shadow root; see
 * `JitcoElement.serverHtml`, and only for a notice that shows something): a dismissible notice gets the inline script that hides it
 * before paint for a visitor who dismissed it (`DISMISSED_SCRIPT`), since the server cannot read
 * the visitor's storage. Defined on the server only: the browser never calls it, so the CDN files
 * do not carry it (`isServer` is false there).
 */
if (isServer)
  JitcoNameChangeNotice.prototype.serverHtml = function (this: JitcoNameChangeNotice) {
    return this.dismissible ? dismissalScript(this.storageKey) : '';
  };

declare global {
  interface HTMLElementTagNameMap {
    'jitco-name-change-notice': JitcoNameChangeNotice;
  }
}
