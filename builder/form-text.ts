/**
 * The form's field for a LocalizedText (form.ts calls it for schema `text`): one box while it is
 * a plain text; with translations, one row per language, each with its language (renamable) and
 * its text. Every control's name says whose it is ("Language of Title (translation 2)"), since
 * a timeline has dozens of them. The edits themselves are translations.ts's pure functions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Path } from '../src/core/schema.js';
import type { FieldInfo } from './fields.js';
import type { FormHost } from './form.js';
import { fieldId } from './form-values.js';
import { addTranslation, removeTranslation, renameProblem, renameTranslation } from './translations.js';

/**
 * A language tag that was not applied: what was typed and why, for the value it was typed on.
 * Shown only while the text is still that value, so it goes once the text changes.
 */
export interface TagProblem {
  typed: string;
  message: string;
  value: unknown;
}

/** What the text field uses of the form (SchemaForm). */
export interface FormParts {
  readonly host: FormHost;
  readonly tagProblems: Map<string, TagProblem>;
  issuesAt(path: Path): readonly string[];
  errors(path: Path, id: string): TemplateResult | typeof nothing;
  describedBy(path: Path, id: string, info: FieldInfo): string | undefined;
  help(info: FieldInfo, id: string): TemplateResult | typeof nothing;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function textField(form: FormParts, value: unknown, path: Path, info: FieldInfo, optional: boolean): TemplateResult {
  const { host } = form;
  const id = fieldId(path);
  const entries: [string, unknown][] = isRecord(value) ? Object.entries(value) : [];
  const plain = !isRecord(value);
  const control = (controlId: string, text: unknown, onInput: (text: string) => void, describedBy?: string) => {
    const shown = typeof text === 'string' ? text : text === undefined || text === null ? '' : JSON.stringify(text);
    const input = (event: Event) => onInput((event.target as HTMLInputElement).value);
    const invalid = form.issuesAt(path).length ? 'true' : 'false';
    return info.multiline
      ? html`<textarea id=${controlId} rows="3" .value=${live(shown)} @input=${input}
          aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}></textarea>`
      : html`<input id=${controlId} type="text" .value=${live(shown)} @input=${input} autocomplete="off"
          aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`;
  };
  const add = () => {
    const next = addTranslation(value, { plainLanguage: host.firstLanguage, wanted: host.translationLanguage });
    host.focusLater(fieldId(path, `-tag-${Object.keys(next).length - 1}`));
    host.change(path, next);
  };
  const rename = (index: number, input: HTMLInputElement) => {
    const key = `${id}-${index}`;
    const message = renameProblem(value, index, input.value);
    if (message) {
      // Not applied: the row keeps what was typed and says why, until the text changes.
      form.tagProblems.set(key, { typed: input.value, message, value });
      host.refresh();
      return;
    }
    form.tagProblems.delete(key);
    host.change(path, renameTranslation(value, index, input.value));
  };
  const remove = (index: number) => {
    host.focusLater(`${id}-translate`);
    host.change(path, removeTranslation(value, index) ?? (optional ? undefined : ''));
  };
  return html`<div class="field text" id=${`${id}-group`}>
    <div class="label-line">
      ${plain ? html`<label for=${id}>${info.label}</label>` : html`<span class="label" id=${`${id}-label`}>${info.label}</span>`}
      <span class="langs">${plain ? 'no translations' : `languages: ${entries.map(([tag]) => tag).join(', ')}`}</span>
    </div>
    ${form.help(info, id)}
    ${plain
      ? control(id, value, (text) => host.change(path, optional && text === '' ? undefined : text), form.describedBy(path, id, info))
      : html`<ul class="translations" aria-labelledby=${`${id}-label`}>
          ${entries.map(([tag, text], index) => {
            const tagId = fieldId(path, `-tag-${index}`);
            const textId = fieldId(path, `-text-${index}`);
            const stored = form.tagProblems.get(`${id}-${index}`);
            const problem = stored?.value === value ? stored : undefined;
            return html`<li>
              <span class="tag">
                <label for=${tagId}>Language<span class="vh"> of ${info.label} (translation ${index + 1})</span></label>
                <input id=${tagId} type="text" list="builder-languages" class="tag-input" .value=${live(problem?.typed ?? tag)}
                  spellcheck="false" autocomplete="off" aria-invalid=${problem ? 'true' : 'false'}
                  aria-describedby=${ifDefined(problem ? `${tagId}-error` : undefined)}
                  @change=${(event: Event) => rename(index, event.target as HTMLInputElement)} />
                ${problem ? html`<span class="errors" id=${`${tagId}-error`}>${problem.message}</span>` : nothing}
              </span>
              <span class="translation">
                <label for=${textId}>${info.label} (${tag})</label>
                ${control(textId, text, (next) => host.change(path, { ...value as object, [tag]: next }))}
              </span>
              <button type="button" id=${fieldId(path, `-remove-${index}`)} @click=${() => remove(index)}>
                Remove<span class="vh"> ${info.label} (${tag})</span>
              </button>
            </li>`;
          })}
        </ul>`}
    ${form.errors(path, id)}
    <button type="button" class="translate" id=${`${id}-translate`} @click=${add}>
      Add translation<span class="vh"> of ${info.label}</span>
    </button>
  </div>`;
}
