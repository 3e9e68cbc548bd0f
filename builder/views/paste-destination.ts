/**
 * `<jitco-paste-destination>`: the builder's "Where will you paste it?" choice and what it means
 * there (the once-per-site setting, what an editor user cannot do, whether it works). It renders
 * in the light DOM, so the builder's stylesheet and its labels apply as on the rest of the page.
 *
 * Properties: `recipes` (from `recipes()` in ../destinations.ts), `destination`, `prerendered`.
 * Fires `jitco-destination-change` (bubbles) with `detail: { destination, prerendered }` when
 * the user picks another destination or (un)checks the prerendered code; the host then sets the
 * properties and shows `recipes[destination].code` as the embed code.
 */
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DESTINATION_LABELS, DESTINATIONS, type Destination, type Recipe } from '../destinations.js';

/** The destinations that keep raw HTML, where the prerendered code can go. */
export const RAW_HTML: readonly Destination[] = ['page'];

export interface DestinationChange {
  destination: Destination;
  prerendered: boolean;
}

export class JitcoPasteDestination extends LitElement {
  @property({ attribute: false }) recipes?: Record<Destination, Recipe>;
  @property() destination: Destination = 'page';
  @property({ type: Boolean }) prerendered = false;

  protected override createRenderRoot() {
    return this;
  }

  private change(next: Partial<DestinationChange>) {
    const detail: DestinationChange = { destination: this.destination, prerendered: this.prerendered, ...next };
    if (!RAW_HTML.includes(detail.destination)) detail.prerendered = false;
    this.dispatchEvent(new CustomEvent<DestinationChange>('jitco-destination-change', { detail, bubbles: true }));
  }

  protected override render() {
    const recipe = this.recipes?.[this.destination];
    return html`
      <fieldset class="destination">
        <legend>Where will you paste it?</legend>
        ${DESTINATIONS.map(
          (d) => html`<label class="choice"
            ><input type="radio" name="destination" value=${d} .checked=${live(this.destination === d)}
              @change=${() => this.change({ destination: d })} />
            ${DESTINATION_LABELS[d]}</label
          >`,
        )}
      </fieldset>
      ${RAW_HTML.includes(this.destination)
        ? html`<div class="field check">
            <label class="choice"
              ><input type="checkbox" id="prerendered" .checked=${live(this.prerendered)} aria-describedby="prerendered-help"
                @change=${(e: Event) => this.change({ prerendered: (e.target as HTMLInputElement).checked })} />
              Prerendered code (the content shows before the script runs)</label
            >
            <p class="help" id="prerendered-help">
              The element’s rendered content goes inside the tag, as declarative shadow DOM: readable without
              JavaScript, and the page does not move when the script runs. Resolved now, when you copy: the language
              and today’s date. When its script runs, the element renders again from its content, with the visitor’s
              date. Also for a WordPress Custom HTML block, as an Administrator.
            </p>
          </div>`
        : nothing}
      ${recipe
        ? html`<div class="destination-result" aria-live="polite">
            <p class="${recipe.works ? 'note' : 'errors'}" id="destination-note">
              ${recipe.works ? '' : 'Does not work there: '}${recipe.note}
            </p>
            ${recipe.setting
              ? html`<div class="field">
                  <label for="destination-setting">Once per site, for the site’s developer</label>
                  <textarea id="destination-setting" rows="8" readonly spellcheck="false" .value=${live(recipe.setting)}></textarea>
                </div>`
              : nothing}
            ${recipe.script ? html`<p class="help" id="destination-script">${recipe.script}</p>` : nothing}
            ${recipe.cannot.length
              ? html`<p class="help">What an editor user cannot do there:</p>
                  <ul class="help" id="destination-cannot">
                    ${recipe.cannot.map((c) => html`<li>${c}</li>`)}
                  </ul>`
              : nothing}
          </div>`
        : nothing}
    `;
  }
}

if (!customElements.get('jitco-paste-destination')) customElements.define('jitco-paste-destination', JitcoPasteDestination);

declare global {
  interface HTMLElementTagNameMap {
    'jitco-paste-destination': JitcoPasteDestination;
  }
  interface HTMLElementEventMap {
    'jitco-destination-change': CustomEvent<DestinationChange>;
  }
}
