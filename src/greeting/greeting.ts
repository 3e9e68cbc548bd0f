import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContentLoader } from '../core/content.js';
import { ownHeading } from '../core/heading.js';
import { JitcoElement } from '../core/jitco-element.js';
import { baseStyles } from '../core/styles.js';
import { defaultGreeting, greetingSchema, type GreetingContent } from './greeting.content.js';
import { greetingStyles } from './greeting.styles.js';

/**
 * The president's greeting: heading, paragraphs, signature and an optional photo.
 *
 * Collapsed, it shows the first paragraph, marked as going on, then "Read more"; the signature
 * shows with the whole letter, after the "Show less" button.
 *
 * @summary JITCO's greeting, localized, from JSON content or the built-in default.
 * @tagname jitco-greeting
 *
 * @slot - Not rendered. Put a `<script type="application/json">` with the content here.
 *
 * @csspart container - The `<article>` around everything.
 * @csspart heading - The heading.
 * @csspart photo - The photo (`<img>`), when the content has one.
 * @csspart body - The letter: paragraphs, toggle and signature, at most `--jitco-measure` wide.
 * @csspart paragraph - Each paragraph.
 * @csspart toggle - The "Read more" / "Show less" button (with `collapsed`).
 * @csspart signature - The signature block (organization, role and name).
 * @csspart organization - The organization in the signature.
 * @csspart role - The signer's role.
 * @csspart name - The signer's name.
 *
 * @cssprop [--jitco-accent=color-mix(in srgb, #0b5cad 60%, currentColor)] - Colour of the toggle button. The default is readable on light and dark pages; a brand colour set here must contrast with the page (4.5:1).
 * @cssprop [--jitco-focus-color=currentColor] - Outer colour of the two-tone focus ring.
 * @cssprop [--jitco-focus-halo=Canvas] - Inner colour of the focus ring.
 * @cssprop [--jitco-spacing=1em] - Space between blocks.
 * @cssprop [--jitco-radius=0.25em] - Corner radius of the button and photo.
 * @cssprop [--jitco-heading-size=1.5em] - Font size of the heading.
 * @cssprop [--jitco-measure=35em] - Greatest width of the letter (about 70 characters of Latin text, 35 of Japanese).
 * @cssprop [--jitco-photo-width=14em] - Width of the photo: beside the letter (at most 40%) from a 36em-wide element on; below that, above the letter, 10em by default.
 *
 */
export class JitcoGreeting extends JitcoElement<GreetingContent> {
  static override styles = [baseStyles, greetingStyles];

  /** Show only the first paragraph and a "Read more" button. Reflects while the reader toggles. */
  @property({ type: Boolean, reflect: true })
  collapsed = false;

  /** Once collapsed, the toggle stays so the reader can collapse it again. */
  @state()
  private collapsible = false;

  readonly content = new ContentLoader(this, greetingSchema, defaultGreeting);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.collapsed) this.collapsible = true;
  }

  private __toggle(): void {
    this.collapsed = !this.collapsed;
  }

  protected override render() {
    const { heading, paragraphs, signature, photo } = this.content.value;
    const title = this.text(heading);
    const [first, ...rest] = paragraphs.map((paragraph) => this.text(paragraph));
    const collapsible = this.collapsible && rest.length > 0;
    const hidden = collapsible && this.collapsed;
    const alt = photo && this.text(photo.alt);
    const paragraph = (p: typeof first) =>
      html`<p class="paragraph" part="paragraph" lang=${ifDefined(p.lang)} dir=${ifDefined(p.dir)}>${p.text}</p>`;
    // Collapsed: the first paragraph with a sign that the letter goes on, and no signature yet.
    // Expanded: the whole letter, then the toggle, then the signature that closes it.
    return html`
      <article class="container" part="container" aria-labelledby="heading">
        ${ownHeading(this.level, title)}
        <div class="layout"><div class="columns">
          ${photo && alt
            ? html`<img class="photo" part="photo" src=${photo.src} alt=${alt.text}
                lang=${ifDefined(alt.lang)} loading="lazy" decoding="async" />`
            : nothing}
          <div class="letter ${hidden ? 'cut' : ''}" part="body">
            ${first ? paragraph(first) : nothing}
            <div id="more" class="more" ?hidden=${hidden}>${rest.map(paragraph)}</div>
            ${collapsible
              ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${hidden ? 'false' : 'true'}
                  aria-controls="more signature" lang=${ifDefined(this.uiMark.lang)} dir=${ifDefined(this.uiMark.dir)} @click=${this.__toggle}>${hidden ? this.strings.readMore : this.strings.showLess}</button>`
              : nothing}
            <footer id="signature" class="signature" part="signature" ?hidden=${hidden}>
              ${this.span(signature.organization, { part: 'organization' })}
              ${this.span(signature.role, { part: 'role' })}
              ${this.span(signature.name, { part: 'name' })}
            </footer>
          </div>
        </div></div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jitco-greeting': JitcoGreeting;
  }
}
