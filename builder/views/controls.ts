/** Small templates the builder's views share: help and error lines, radio choices, skip links. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** A line of help, the target of its control's aria-describedby. */
export const help = (id: string, text: string | TemplateResult) => html`<p class="help" id=${id}>${text}</p>`;

/** A problem at its field (nothing when there is none). */
export const error = (id: string, text?: string) => (text ? html`<p class="errors" id=${id}>${text}</p>` : nothing);

/** One radio of a group named `name`. */
export const radio = (name: string, checked: boolean, label: string | TemplateResult, onChange: () => void) =>
  html`<label class="choice"
    ><input type="radio" name=${name} .checked=${live(checked)} @change=${onChange} />
    ${label}</label
  >`;

/** The ids a control's aria-describedby names, the problem's only while there is one. */
export const describedBy = (id: string, problem?: string) => `${id}-help${problem ? ` ${id}-error` : ''}`;

/** Moves focus to the heading a skip link names (every engine alike: not all focus a fragment's target). */
function skip(event: Event) {
  const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'start' });
}

/**
 * Links past the form, first in the page: the form of a long timeline is hundreds of Tab stops
 * from the preview and the code. Shown when focused.
 */
export const skipLinks = () =>
  html`<nav class="skip" aria-label="Skip links">
    <a href="#h-preview" @click=${skip}>Skip to the preview</a>
    <a href="#h-code" @click=${skip}>Skip to the embed code</a>
  </nav>`;
