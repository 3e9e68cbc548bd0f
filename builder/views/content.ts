/**
 * The view "2. Content": the spreadsheet rows (rows.ts), the form made from the element's schema
 * (form.ts), the same content as JSON, and the loader of a pasted embed code or JSON document.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { JitcoBuilder } from '../app.js';
import { shortName } from '../embed.js';
import * as S from '../state.js';
import { help } from './controls.js';
import { rowsView } from './rows.js';

/**
 * Content JSON above this many characters is shown on one line, and long text fields do not
 * wrap: wrapping 5,000 events' JSON in a textarea takes a second at each keystroke.
 */
export const LARGE_JSON = 50_000;

const jsonCache = new WeakMap<object, string>();

/** The draft as JSON text: indented, or on one line when large (35,000 lines take a second to lay out). */
function draftJson(draft: unknown): string {
  const cached = typeof draft === 'object' && draft !== null ? jsonCache.get(draft) : undefined;
  if (cached !== undefined) return cached;
  const compact = JSON.stringify(draft) ?? '';
  const text = compact.length > LARGE_JSON ? compact : JSON.stringify(draft, null, 2);
  if (typeof draft === 'object' && draft !== null) jsonCache.set(draft, text);
  return text;
}

export function contentView(b: JitcoBuilder) {
  const w = b.work;
  const schema = S.elementOf(w.tag).schema;
  const json = S.jsonText(w);
  const broken = json.error !== undefined;
  const problems = [...b.issues].flatMap(([path, messages]) => messages.map((m) => `${path}: ${m}`));
  const messages = broken ? [json.error!] : problems;
  const shown = json.text ?? draftJson(b.draft);
  const hasEvents = schema.kind === 'object' && 'events' in schema.fields;
  return html`<section aria-labelledby="h-content">
    <h2 id="h-content">2. Content</h2>
    ${hasEvents ? rowsView(b) : nothing}
    <fieldset class="content-form" ?disabled=${broken}>
      <legend>Content of &lt;${w.tag}&gt;</legend>
      ${broken ? html`<p class="note">The form is paused while Content JSON is not valid JSON.</p>` : nothing}
      ${b.form.render(schema, b.draft, shortName(w.tag))}
    </fieldset>
    <div class="field json">
      <label for="content-json">Content JSON</label>
      <textarea id="content-json" rows="14" spellcheck="false" autocomplete="off" class=${shown.length > LARGE_JSON ? 'nowrap' : ''}
        .value=${live(shown)} aria-invalid=${messages.length ? 'true' : 'false'}
        aria-describedby="content-json-help ${messages.length ? 'content-json-error' : ''}"
        @input=${(e: Event) => b.commit(S.typeJson(b.work, (e.target as HTMLTextAreaElement).value))}></textarea>
      ${help('content-json-help', 'The same content as the form: edit either one.')}
      ${messages.length
        ? html`<div class="errors" id="content-json-error">
            <p>${broken ? 'Not valid JSON:' : `${messages.length} ${messages.length === 1 ? 'problem' : 'problems'}:`}</p>
            <ul>${messages.slice(0, 20).map((m) => html`<li>${m}</li>`)}</ul>
            ${messages.length > 20 ? html`<p>… and ${messages.length - 20} more.</p>` : nothing}
          </div>`
        : nothing}
      ${broken ? html`<button type="button" @click=${() => b.commit(S.discardJson(b.work))}>Discard my JSON edits</button>` : nothing}
    </div>
    <div class="field">
      <label for="load-back">Load an embed code or JSON</label>
      <textarea id="load-back" rows="4" spellcheck="false" .value=${live(w.paste)} aria-describedby="load-back-help"
        @input=${(e: Event) => b.commit(S.set(b.work, 'paste', (e.target as HTMLTextAreaElement).value))}></textarea>
      ${help('load-back-help', 'Paste a tag made here (or by hand) or a content document, to edit it again.')}
      <button type="button" @click=${() => b.load()}>Load</button>
      <p class=${`status ${b.loadStatus?.kind ?? ''}`} role="status">${b.loadStatus?.text ?? ''}</p>
    </div>
  </section>`;
}
