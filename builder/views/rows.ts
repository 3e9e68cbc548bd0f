/**
 * The view "Paste rows from a spreadsheet" (for an element with events): the pasted TSV, whether
 * its events replace the list or come after it, and what was read (tsv.ts: rowsToEvents).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { JitcoBuilder } from '../app.js';
import * as S from '../state.js';
import { radio } from './controls.js';

export function rowsView(b: JitcoBuilder) {
  const w = b.work;
  const result = b.rowsResult;
  const set = <K extends keyof S.Work>(key: K, value: S.Work[K]) => b.commit(S.set(b.work, key, value));
  return html`<details class="rows" ?open=${!!w.rows || !!result}>
    <summary>Paste rows from a spreadsheet</summary>
    <div class="field">
      <label for="rows">Paste rows from a spreadsheet</label>
      <textarea id="rows" rows="6" spellcheck="false" .value=${live(w.rows)}
        aria-describedby="rows-help ${result?.problems.length ? 'rows-problems' : ''}"
        @input=${(e: Event) => set('rows', (e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="help" id="rows-help">
        Copy cells from Excel, Google Sheets or LibreOffice and paste them here. Columns: date, title, description,
        link (and link text), in that order, or any order under a header row with those names. Each row becomes an event;
        a row with a problem is left out and named below.
      </p>
    </div>
    <fieldset>
      <legend>The rows’ events</legend>
      ${radio('rows-mode', w.rowsMode === 'replace', 'replace the events', () => set('rowsMode', 'replace'))}
      ${radio('rows-mode', w.rowsMode === 'append', 'come after the events', () => set('rowsMode', 'append'))}
    </fieldset>
    <button type="button" @click=${() => b.useRows()}>Use these rows</button>
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
