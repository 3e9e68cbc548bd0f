/**
 * The view "3. Preview": the real element, at phone or desktop width on a light or dark page,
 * as on the day `now` and on the page whose address is given (relative URLs read against it).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { JitcoBuilder } from '../app.js';
import type { Attributes, Tag } from '../embed.js';
import { pageProblem as problemOf, PREVIEW_EVENTS, previewContent } from '../preview-content.js';
import * as S from '../state.js';
import { describedBy, error, help, radio } from './controls.js';
import { attributeControl } from './element.js';

/** One element per tag, made once and updated in place (its own state, e.g. "Read more", stays). */
export class Previews {
  private readonly elements = new Map<Tag, HTMLElement & { data?: unknown }>();

  element(tag: Tag): HTMLElement & { data?: unknown } {
    let element = this.elements.get(tag);
    if (!element) this.elements.set(tag, (element = document.createElement(tag)));
    return element;
  }

  /** Gives the element of `tag` these attributes and this content. */
  show(tag: Tag, attributes: Attributes, content: unknown): void {
    const element = this.element(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === false || value === '') element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : value);
    }
    if (element.data !== content) element.data = content;
  }
}

export function previewView(b: JitcoBuilder) {
  const w = b.work;
  const set = <K extends keyof S.Work>(key: K, value: S.Work[K]) => b.commit(S.set(b.work, key, value));
  const now = S.attributeControls(w.tag).find((a) => a.name === 'now');
  const pageProblem = problemOf(w);
  return html`<section aria-labelledby="h-preview">
    <h2 id="h-preview" tabindex="-1">3. Preview</h2>
    <div class="controls">
      <fieldset>
        <legend>Width</legend>
        ${radio('width', w.width === 'phone', 'Phone (360 px)', () => set('width', 'phone'))}
        ${radio('width', w.width === 'desktop', 'Desktop', () => set('width', 'desktop'))}
      </fieldset>
      <fieldset>
        <legend>Page background</legend>
        ${radio('background', w.background === 'light', 'Light', () => set('background', 'light'))}
        ${radio('background', w.background === 'dark', 'Dark', () => set('background', 'dark'))}
      </fieldset>
      ${now ? attributeControl(b, now) : nothing}
      <div class="field">
        <label for="page-address">Address of the page it goes on</label>
        <input id="page-address" type="text" inputmode="url" autocomplete="url" spellcheck="false" .value=${live(w.page)}
          placeholder="https://www.example.org/about/" aria-invalid=${pageProblem ? 'true' : 'false'}
          aria-describedby=${describedBy('page-address', pageProblem)}
          @input=${(e: Event) => set('page', (e.target as HTMLInputElement).value)} />
        ${help('page-address-help', 'Optional: the preview reads relative addresses (a photo president.png) from it, as that page will. The code keeps them as typed.')}
        ${error('page-address-error', pageProblem)}
      </div>
    </div>
    <div class=${`stage ${w.background} ${w.width}`} id="preview-stage" tabindex="0" role="region" aria-label="Preview">
      ${b.previews.element(w.tag)}
    </div>
    ${previewContent(b.good) !== b.good
      ? html`<p class="note">The preview shows the first ${PREVIEW_EVENTS} events of the list; the embed code has all of them.</p>`
      : nothing}
  </section>`;
}
