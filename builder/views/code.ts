/**
 * The view "4. Embed code": the script tag, where the content goes, where the code is pasted
 * (paste-destination.ts), the code itself, and copying or downloading it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { JitcoBuilder } from '../app.js';
import type { Destination } from '../destinations.js';
import { shortName } from '../embed.js';
import * as S from '../state.js';
import { LARGE_JSON } from './content.js';
import { help, radio } from './controls.js';
import './paste-destination.js';

export function codeView(b: JitcoBuilder) {
  const w = b.work;
  const set = <K extends keyof S.Work>(key: K, value: S.Work[K]) => b.commit(S.set(b.work, key, value));
  const embed = b.embed;
  const stale = b.issues.size > 0 || S.jsonText(w).error !== undefined;
  const file = `${shortName(w.tag)}.json`;
  return html`<section aria-labelledby="h-code">
    <h2 id="h-code" tabindex="-1">4. Embed code</h2>
    <fieldset>
      <legend>Script tag</legend>
      ${radio('loader', w.loader === 'module', 'A module (recommended)', () => set('loader', 'module'))}
      ${radio('loader', w.loader === 'classic', 'A classic script, for a page or CMS that cannot load modules', () => set('loader', 'classic'))}
    </fieldset>
    <fieldset>
      <legend>Content in the code</legend>
      ${radio('form', w.form === 'data', html`In a <code>data</code> attribute (recommended: the editors below keep it with their setting)`, () => set('form', 'data'))}
      ${radio('form', w.form === 'script', html`In a <code>&lt;script type="application/json"&gt;</code> inside the element`, () => set('form', 'script'))}
      ${radio('form', w.form === 'src', html`In a separate JSON file (<code>src</code>)`, () => set('form', 'src'))}
    </fieldset>
    ${w.form === 'src'
      ? html`<div class="field">
          <label for="src">Address of the JSON file (src)</label>
          <input id="src" type="text" autocomplete="off" spellcheck="false" .value=${live(w.src)} placeholder=${file}
            aria-describedby="src-help" @input=${(e: Event) => set('src', (e.target as HTMLInputElement).value)} />
          ${help('src-help', 'Upload the downloaded file there (same site, or a server that allows CORS).')}
        </div>`
      : nothing}
    <jitco-paste-destination .recipes=${b.recipes} .destination=${b.paste.destination} .prerendered=${b.paste.prerendered}
      @jitco-destination-change=${(e: CustomEvent<{ destination: Destination; prerendered: boolean }>) => (b.paste = { ...e.detail })}
    ></jitco-paste-destination>
    <div class="field">
      <label for="embed-code">Embed code</label>
      <textarea id="embed-code" rows="12" readonly spellcheck="false" .value=${live(embed)} class=${embed.length > LARGE_JSON ? 'nowrap' : ''}
        aria-describedby=${ifDefined(stale ? 'embed-code-note' : undefined)}></textarea>
      ${stale
        ? html`<p class="note" id="embed-code-note">The content has problems (see Content JSON): the code holds the last valid content.</p>`
        : nothing}
      <div class="actions">
        <button type="button" @click=${() => void b.copy()}>Copy</button>
        <button type="button" @click=${() => b.download()}>Download ${file}</button>
      </div>
      <p class=${`status ${b.copyStatus?.kind ?? ''}`} role="status">${b.copyStatus?.text ?? ''}</p>
      <p class="status error" role="status" id="not-kept">${b.notKept
        ? `This browser cannot keep this work for a reload (too large for its storage, or storage is off): copy the embed code or download ${file} before you leave the page.`
        : ''}</p>
      <p class="help">
        The script tag loads version ${b.release.version} from the jsDelivr CDN with its integrity value; put it once per page.
        The JSON file names its schema (<code>$schema</code>), so editors can check it.
      </p>
    </div>
    ${b.release.prerender
      ? html`<details class="prerender">
          <summary>Prerendered variant</summary>
          <p>
            Prerendering runs in Node, not in this page. Save your page with the code above, then run
            <code>npx jitco-elements prerender page.html -o page.html</code>: the elements’ content is then in the HTML
            itself, visible before any script runs.
          </p>
        </details>`
      : nothing}
  </section>`;
}
