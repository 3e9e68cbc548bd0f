/**
 * The view "1. Element and attributes": which element, its language, and one control per
 * attribute of the element in the registry (src/elements.ts), made from the attribute's type:
 * a checkbox for a boolean, a choice for a few values, a text box otherwise.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AttributeInfo } from '../../src/elements.js';
import type { JitcoBuilder } from '../app.js';
import { TAGS, type Tag } from '../embed.js';
import { attributeWords, LANGUAGES } from '../fields.js';
import * as S from '../state.js';
import { describedBy, error, help } from './controls.js';

/** The control of one attribute; its id is the attribute's name. */
export function attributeControl(b: JitcoBuilder, info: AttributeInfo) {
  const { name } = info;
  const words = attributeWords(name);
  const label = `${words.label} (${name})`;
  const helpText = words.help ?? info.description;
  const value = S.attributeValue(b.work, info);
  const set = (next: string | boolean) => b.commit(S.setAttribute(b.work, name, next));
  if (info.type === 'boolean') {
    return html`<div class="field check">
      <input id=${name} type="checkbox" .checked=${live(value === true)} aria-describedby=${`${name}-help`}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />
      <label for=${name}>${label}</label>
      ${help(`${name}-help`, helpText)}
    </div>`;
  }
  if (info.values) {
    const values = [...(info.default === undefined ? [''] : []), ...info.values.map(String)];
    // `selected` on the options for the first render, `.value` for later ones.
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <select id=${name} aria-describedby=${`${name}-help`} .value=${live(String(value))}
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${words.options?.[v] ?? (v || 'Not set')}</option>`)}
      </select>
      ${help(`${name}-help`, helpText)}
    </div>`;
  }
  const problem = S.attributeProblem(b.work, info);
  return html`<div class="field">
    <label for=${name}>${label}</label>
    <input id=${name} type="text" autocomplete="off" spellcheck="false" .value=${live(String(value))}
      aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy(name, problem)}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
    ${help(`${name}-help`, helpText)} ${error(`${name}-error`, problem)}
  </div>`;
}

export function elementView(b: JitcoBuilder) {
  const w = b.work;
  const langProblem = S.langProblem(w);
  const set = <K extends keyof S.Work>(key: K, value: S.Work[K]) => b.commit(S.set(b.work, key, value));
  return html`<section aria-labelledby="h-element">
    <h2 id="h-element">1. Element and attributes</h2>
    <datalist id="builder-languages">${LANGUAGES.map((l) => html`<option value=${l.tag}>${l.name}</option>`)}</datalist>
    <div class="field">
      <label for="element">Element</label>
      <select id="element" aria-describedby="element-help" .value=${live(w.tag)}
        @change=${(e: Event) => b.commit(S.setTag(b.work, (e.target as HTMLSelectElement).value as Tag))}>
        ${TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === w.tag}>${S.elementOf(tag).label} (&lt;${tag}&gt;)</option>`)}
      </select>
      ${help('element-help', 'Each element keeps its own content here while you switch.')}
    </div>
    <div class="field">
      <label for="lang">Language (lang)</label>
      <select id="lang" aria-describedby="lang-help" .value=${live(w.lang)} @change=${(e: Event) => set('lang', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${w.lang === ''}>The page’s language (no lang attribute)</option>
        ${LANGUAGES.map((l) => html`<option value=${l.tag} ?selected=${w.lang === l.tag}>${l.name} (${l.tag})</option>`)}
        <option value="other" ?selected=${w.lang === 'other'}>Another BCP 47 tag…</option>
      </select>
      ${help('lang-help', 'The language the element speaks: its interface text, dates and numbers, and the translation it picks from the content.')}
      ${w.lang === 'other'
        ? html`<label for="lang-other">Language tag</label>
            <input id="lang-other" type="text" spellcheck="false" autocomplete="off" .value=${live(w.langOther)}
              aria-invalid=${langProblem ? 'true' : 'false'} aria-describedby="lang-other-help ${langProblem ? 'lang-other-error' : ''}"
              @input=${(e: Event) => set('langOther', (e.target as HTMLInputElement).value)} />
            ${help('lang-other-help', html`Any BCP 47 tag, e.g. <code>ja-JP-u-ca-japanese</code> for Japanese era dates, <code>th-TH</code> for Buddhist-era years.`)}
            ${error('lang-other-error', langProblem)}`
        : nothing}
    </div>
    ${S.attributeControls(w.tag)
      .filter((info) => info.name !== 'now')
      .map((info) => attributeControl(b, info))}
  </section>`;
}
