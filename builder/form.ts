/**
 * The content form, built by walking an element's schema descriptor (src/core/schema.ts): an
 * object becomes a group of fields, a list a group of items that can be added, removed and
 * reordered, a union a choice of shapes, `text` (LocalizedText) a text with its translations.
 * The form edits a draft that may be invalid; the draft's issues are shown at their fields.
 * Values are only ever rendered as text or input values, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { pathText, type Path, type Schema } from '../src/core/schema.js';
import { fieldInfo, type FieldInfo } from './fields.js';
import { textField, type TagProblem } from './form-text.js';
import { blank, convert, fieldId, optionOf } from './form-values.js';
import { setAt } from './state.js';

/** What the form needs from the builder. */
export interface FormHost {
  /** Problems of the draft by path (`events[3].date`). */
  readonly issues: ReadonlyMap<string, readonly string[]>;
  /** Replaces the value at `path`; `undefined` removes it. */
  change(path: Path, value: unknown): void;
  /** The language a plain text is taken to be in when it gets its first translation. */
  readonly firstLanguage: string;
  /** The language a new translation is in, when the text has none in it yet (else the next interface language). */
  readonly translationLanguage?: string;
  /** Moves focus to the control with this id after the next render. */
  focusLater(id: string): void;
  /** Renders again (the form's own state changed, not the draft). */
  refresh(): void;
}

/** Items shown at first in a long list (a pasted sheet of 5,000 rows must not freeze the page). */
export const PAGE = 50;

type ObjectSchema = Extract<Schema, { kind: 'object' }>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export { setAt };

export { fieldId };

export class SchemaForm {
  /** How many items each long list shows, by path. */
  private readonly shown = new Map<string, number>();
  /** What was typed in number fields, so that "1.50" or "1." stays as typed while valid. */
  private readonly typed = new Map<string, string>();
  /** Translation tags that were not applied (duplicate or malformed): what was typed, and why. */
  readonly tagProblems = new Map<string, TagProblem>();

  constructor(readonly host: FormHost) {}

  /** The form for `value` (the draft) of an element whose root schema is `schema`. */
  render(schema: Schema, value: unknown, scope: string): TemplateResult {
    if (schema.kind !== 'object') return this.field(schema, value, [], scope, 'content', false);
    return this.fields(schema, value, [], scope);
  }

  issuesAt(path: Path): readonly string[] {
    return this.host.issues.get(pathText(path)) ?? [];
  }

  /** The messages at `path`, with the id that controls point to with aria-describedby. */
  errors(path: Path, id: string) {
    const messages = this.issuesAt(path);
    return messages.length
      ? html`<ul class="errors" id=${`${id}-error`}>${messages.map((m) => html`<li>${m}</li>`)}</ul>`
      : nothing;
  }

  describedBy(path: Path, id: string, info: FieldInfo): string | undefined {
    const ids = [info.help ? `${id}-help` : '', this.issuesAt(path).length ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  help(info: FieldInfo, id: string) {
    return info.help ? html`<p class="help" id=${`${id}-help`}>${info.help}</p>` : nothing;
  }

  /** The fields of an object, without a group around them. */
  private fields(schema: ObjectSchema, value: unknown, path: Path, scope: string): TemplateResult {
    if (!isRecord(value)) return this.mismatch(schema, value, path, fieldInfo(scope, String(path.at(-1) ?? 'content')));
    return html`${Object.entries(schema.fields).map(([key, field]) =>
      this.field(field, value[key], [...path, key], scope, key, schema.optional.includes(key)),
    )}`;
  }

  private field(schema: Schema, value: unknown, path: Path, scope: string, key: string, optional: boolean): TemplateResult {
    const info = fieldInfo(scope, key);
    switch (schema.kind) {
      case 'object':
        return this.object(schema, value, path, key, info, optional);
      case 'array':
        return this.array(schema, value, path, key, info, optional);
      case 'union':
        return this.union(schema, value, path, scope, key, info);
      case 'text':
        return textField(this, value, path, info, optional);
      case 'boolean':
      case 'literal':
        return this.checkbox(schema, value, path, info);
      default:
        return this.input(schema, value, path, info, optional);
    }
  }

  /** A value of the wrong shape for the form (typed in Content JSON): say so, offer a fresh one. */
  private mismatch(schema: Schema, _value: unknown, path: Path, info: FieldInfo): TemplateResult {
    const id = fieldId(path);
    return html`<div class="field mismatch">
      <p id=${id}>${info.label}: the form cannot edit this value; fix it in Content JSON, or start it again.</p>
      ${this.errors(path, id)}
      <button type="button" @click=${() => this.host.change(path, blank(schema))}>
        Start ${info.label} again, empty
      </button>
    </div>`;
  }

  private object(schema: ObjectSchema, value: unknown, path: Path, key: string, info: FieldInfo, optional: boolean) {
    const id = fieldId(path);
    if (value === undefined && optional) {
      return html`<div class="field">
        <button type="button" id=${`${id}-add`} @click=${() => {
          this.host.focusLater(fieldId([...path, Object.keys(schema.fields)[0]]));
          this.host.change(path, blank(schema));
        }}>Add ${info.label.toLowerCase()}</button>
        ${info.help ? html`<span class="help">${info.help}</span>` : nothing}
      </div>`;
    }
    return html`<fieldset class="group" id=${id}>
      <legend>${info.label}</legend>
      ${this.errors(path, id)} ${this.fields(schema, value, path, key)}
      ${optional
        ? html`<button type="button" class="remove" @click=${() => {
            this.host.focusLater(`${id}-add`);
            this.host.change(path, undefined);
          }}>Remove ${info.label.toLowerCase()}</button>`
        : nothing}
    </fieldset>`;
  }

  private array(
    schema: Extract<Schema, { kind: 'array' }>,
    value: unknown,
    path: Path,
    key: string,
    info: FieldInfo,
    optional: boolean,
  ) {
    const id = fieldId(path);
    if (value !== undefined && !Array.isArray(value)) return this.mismatch(schema, value, path, info);
    const items = (value ?? []) as unknown[];
    const itemName = info.item ?? 'Item';
    const itemPath = (index: number) => [...path, index];
    const set = (next: unknown[]) => this.host.change(path, optional && !next.length ? undefined : next);
    const shown = Math.min(items.length, this.shown.get(id) ?? PAGE);
    const move = (from: number, to: number, direction: string) => {
      const next = [...items];
      next.splice(to, 0, ...next.splice(from, 1));
      // The same button of the moved item keeps focus, unless it is disabled at the list's end.
      const stays = direction === 'up' ? to > 0 : to < items.length - 1;
      this.host.focusLater(fieldId(itemPath(to), stays ? `-${direction}` : `-${direction === 'up' ? 'down' : 'up'}`));
      set(next);
    };
    const remove = (index: number) => {
      const next = index < items.length - 1 ? index : index - 1;
      this.host.focusLater(next >= 0 ? fieldId(itemPath(next), '-remove') : `${id}-add`);
      set(items.filter((_, i) => i !== index));
    };
    const add = () => {
      this.shown.set(id, Math.max(shown, items.length + 1));
      const first = schema.item.kind === 'object' ? [Object.keys(schema.item.fields)[0]] : [];
      this.host.focusLater(fieldId([...itemPath(items.length), ...first]));
      set([...items, blank(schema.item)]);
    };
    return html`<fieldset class="group list" id=${id} aria-describedby=${ifDefined(this.describedBy(path, id, info))}>
      <legend>${info.label} <span class="count">(${items.length})</span></legend>
      ${this.help(info, id)} ${this.errors(path, id)}
      <ol>
        ${items.slice(0, shown).map((item, index) => {
          const name = `${itemName} ${index + 1}`;
          const itemInfo: FieldInfo = { ...info, label: name, help: undefined };
          const body =
            schema.item.kind === 'object'
              ? this.fields(schema.item as ObjectSchema, item, itemPath(index), key)
              : schema.item.kind === 'text'
                ? textField(this, item, itemPath(index), itemInfo, false)
                : this.field(schema.item, item, itemPath(index), key, key, false);
          return html`<li>
            <fieldset class="item">
              <legend>${name}</legend>
              ${schema.item.kind === 'object' ? this.errors(itemPath(index), fieldId(itemPath(index))) : nothing} ${body}
              <div class="actions">
                <button type="button" id=${fieldId(itemPath(index), '-up')} ?disabled=${index === 0}
                  @click=${() => move(index, index - 1, 'up')}>Move up<span class="vh"> ${name}</span></button>
                <button type="button" id=${fieldId(itemPath(index), '-down')} ?disabled=${index === items.length - 1}
                  @click=${() => move(index, index + 1, 'down')}>Move down<span class="vh"> ${name}</span></button>
                <button type="button" id=${fieldId(itemPath(index), '-remove')} @click=${() => remove(index)}>
                  Remove<span class="vh"> ${name}</span>
                </button>
              </div>
            </fieldset>
          </li>`;
        })}
      </ol>
      ${shown < items.length
        ? html`<p class="more">
            Showing ${shown} of ${items.length}.
            <button type="button" @click=${() => {
              this.shown.set(id, shown + PAGE * 4);
              // Focus goes to the first item shown now (the button it was on is gone).
              this.host.focusLater(fieldId([...itemPath(shown), ...(schema.item.kind === 'object' ? [Object.keys((schema.item as ObjectSchema).fields)[0]] : [])]));
              this.host.refresh();
            }}>Show ${Math.min(PAGE * 4, items.length - shown)} more</button>
          </p>`
        : nothing}
      <button type="button" id=${`${id}-add`} @click=${add}>Add ${itemName.toLowerCase()}</button>
    </fieldset>`;
  }

  private union(schema: Extract<Schema, { kind: 'union' }>, value: unknown, path: Path, scope: string, key: string, info: FieldInfo) {
    const id = fieldId(path);
    const selected = optionOf(schema, value);
    const option = schema.options[selected];
    const names = schema.options.map((_, i) => info.options?.[i] ?? `Form ${i + 1}`);
    return html`<fieldset class="group union" id=${`${id}-kind`}>
      <legend>${info.label}</legend>
      <div class="choices">
        ${names.map(
          (name, i) => html`<label
            ><input type="radio" name=${`${id}-kind`} .checked=${live(i === selected)}
              @change=${() => this.host.change(path, convert(value, schema.options[i]))} />
            ${name}</label
          >`,
        )}
      </div>
      ${option.kind === 'object'
        ? html`${this.errors(path, id)} ${this.fields(option as ObjectSchema, value, path, key)}`
        : this.field(option, value, path, scope, key, false)}
    </fieldset>`;
  }

  /** A text field (string, date or URL) or a number. */
  private input(schema: Schema, value: unknown, path: Path, info: FieldInfo, optional: boolean) {
    const id = fieldId(path);
    const issues = this.issuesAt(path);
    const isNumber = schema.kind === 'number';
    const typed = this.typed.get(id);
    const shown =
      value === undefined || value === null
        ? ''
        : isNumber && typed !== undefined && Number(typed) === value
          ? typed
          : typeof value === 'string' || typeof value === 'number'
            ? String(value)
            : JSON.stringify(value);
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      if (isNumber) {
        this.typed.set(id, text);
        const number = Number(text);
        this.host.change(path, text.trim() !== '' && Number.isFinite(number) ? number : optional && !text ? undefined : text);
      } else {
        this.host.change(path, optional && text === '' ? undefined : text);
      }
    };
    const format = schema.kind === 'string' ? schema.format : undefined;
    return html`<div class="field">
      <label for=${id}>${info.label}</label>
      ${info.multiline
        ? html`<textarea id=${id} rows="3" .value=${live(shown)} @input=${onInput}
            aria-invalid=${issues.length ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.describedBy(path, id, info))}></textarea>`
        : html`<input id=${id} type="text" .value=${live(shown)} @input=${onInput}
            inputmode=${ifDefined(isNumber ? 'decimal' : format === 'url' ? 'url' : undefined)}
            spellcheck=${format ? 'false' : 'true'} autocomplete="off"
            aria-invalid=${issues.length ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.describedBy(path, id, info))} />`}
      ${this.help(info, id)} ${this.errors(path, id)}
    </div>`;
  }

  /** A boolean, or an optional constant (`"unit": "percent"`): present when checked. */
  private checkbox(schema: Schema, value: unknown, path: Path, info: FieldInfo) {
    const id = fieldId(path);
    const on = schema.kind === 'literal' ? value === schema.value : value === true;
    return html`<div class="field check">
      <input id=${id} type="checkbox" .checked=${live(on)}
        aria-describedby=${ifDefined(this.describedBy(path, id, info))}
        @change=${(event: Event) =>
          this.host.change(path, (event.target as HTMLInputElement).checked ? (schema.kind === 'literal' ? schema.value : true) : undefined)} />
      <label for=${id}>${info.label}</label>
      ${this.help(info, id)} ${this.errors(path, id)}
    </div>`;
  }
}
