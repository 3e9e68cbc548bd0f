/**
 * A tiny declarative schema: one description per element drives the runtime validation
 * (`validate`), the TypeScript types (`Infer`) and the published JSON Schema
 * (`toJsonSchema` in `json-schema.ts`, used at build time only, so it never reaches the CDN file).
 *
 * Hand-written rather than valibot: for our three schemas valibot costs ~2.5 KiB gzip against
 * ~1.1 KiB here, and it cannot drop a bad list item while keeping the rest.
 */
import { isIsoDate, isIsoDay, isSafeUrl } from './values.js';

/** A string or a map of BCP 47 tags to strings. */
export type LocalizedText = string | { readonly [tag: string]: string };

/** What the JSON Schema generator needs to know about a string check. */
export type StringFormat = 'iso-date' | 'iso-day' | 'url';

export type Schema =
  | { readonly kind: 'string'; readonly format?: StringFormat }
  | { readonly kind: 'text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'array'; readonly item: Schema }
  | { readonly kind: 'union'; readonly options: readonly Schema[] }
  | {
      readonly kind: 'object';
      readonly fields: { readonly [key: string]: Schema };
      readonly optional: readonly string[];
      /** Optional fields that are dropped (with an issue) instead of failing the whole object. */
      readonly droppable: readonly string[];
    };

/** One problem found in content; `path` is like `events[3].date`. */
export interface Issue {
  path: string;
  message: string;
}

// Phantom type carriers so `Infer` can recover the TypeScript type from a schema constant.
declare const typeTag: unique symbol;
export type Typed<S, T> = S & { readonly [typeTag]?: T };
export type Infer<S> = S extends { readonly [typeTag]?: infer T } ? T : never;

export const string = (format?: StringFormat): Typed<Schema, string> =>
  format ? { kind: 'string', format } : { kind: 'string' };
export const text = (): Typed<Schema, LocalizedText> => ({ kind: 'text' });
export const number = (): Typed<Schema, number> => ({ kind: 'number' });
export const boolean = (): Typed<Schema, boolean> => ({ kind: 'boolean' });
export const literal = <V extends string>(value: V): Typed<Schema, V> => ({ kind: 'literal', value });
export const array = <S extends Schema>(item: S): Typed<Schema, Infer<S>[]> => ({ kind: 'array', item });
export const union = <S extends Schema[]>(...options: S): Typed<Schema, Infer<S[number]>> => ({
  kind: 'union',
  options,
});

type Fields = { readonly [key: string]: Schema };
type ObjectType<F extends Fields, O extends string> = {
  [K in Exclude<keyof F, O>]: Infer<F[K]>;
} & { [K in Extract<keyof F, O>]?: Infer<F[K]> };

/**
 * An object schema. `optional` fields may be absent; `droppable` optional fields are removed
 * (and reported) when invalid, so a bad photo does not cost the whole greeting.
 */
export const object = <F extends Fields, O extends string & keyof F = never>(
  fields: F,
  optional: readonly O[] = [],
  droppable: readonly O[] = [],
): Typed<Schema, { [K in keyof ObjectType<F, O>]: ObjectType<F, O>[K] }> => ({
  kind: 'object',
  fields,
  optional,
  droppable,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** Marks a value that failed validation (distinct from every JSON value). */
const INVALID: unique symbol = Symbol();

/**
 * Where `check` is: the keys and indexes from the root, as a stack joined into `events[3].date`
 * only for an issue. Valid content, the usual case, needs no path: without a path string and a
 * `fail` closure per value, validating 1,000 timeline events takes a third less time (cold
 * Chromium, median of 25 page loads: 45 → 30 ms).
 */
export type Path = (string | number)[];

/** `events[3].date` for `['events', 3, 'date']`; `(root)` for `[]` (the builder names fields with it too). */
export function pathText(path: Path): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text ? `.${key}` : key;
  return text || '(root)';
}

function fail(issues: Issue[], path: Path, message: string): typeof INVALID {
  issues.push({ path: pathText(path), message });
  return INVALID;
}

function check(schema: Schema, value: unknown, path: Path, issues: Issue[]): unknown {
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return fail(issues, path, `expected text, got ${describe(value)}`);
      if (schema.format === 'iso-date' && !isIsoDate(value))
        return fail(issues, path, `"${value}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
      if (schema.format === 'iso-day' && !isIsoDay(value))
        return fail(issues, path, `"${value}" is not a day as YYYY-MM-DD`);
      if (schema.format === 'url' && !isSafeUrl(value))
        return fail(issues, path, `unsafe or invalid URL "${value}" (http:, https:, mailto: or relative only)`);
      return value;
    case 'text':
      if (typeof value === 'string') return value;
      if (isRecord(value)) {
        const entries = Object.entries(value);
        if (!entries.length) return fail(issues, path, 'expected text, got an empty object');
        for (const [tag, localized] of entries)
          if (typeof localized !== 'string')
            return fail(issues, path, `expected text for "${tag}", got ${describe(localized)}`);
        return value;
      }
      return fail(issues, path, `expected text, got ${describe(value)}`);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : fail(issues, path, `expected a number, got ${describe(value)}`);
    case 'boolean':
      return typeof value === 'boolean' ? value : fail(issues, path, `expected true or false, got ${describe(value)}`);
    case 'literal':
      return value === schema.value ? value : fail(issues, path, `expected "${schema.value}"`);
    case 'array': {
      if (!Array.isArray(value)) return fail(issues, path, `expected a list, got ${describe(value)}`);
      // One bad item is left out; the rest still render.
      const items: unknown[] = [];
      value.forEach((item, index) => {
        path.push(index);
        const checked = check(schema.item, item, path, issues);
        path.pop();
        if (checked !== INVALID) items.push(checked);
      });
      return items;
    }
    case 'union': {
      // On failure, report the option of the value's own shape (object or not), else the first.
      let reported: Issue[] | undefined;
      for (const option of schema.options) {
        const optionIssues: Issue[] = [];
        const checked = check(option, value, path, optionIssues);
        if (checked !== INVALID) {
          issues.push(...optionIssues);
          return checked;
        }
        if ((option.kind === 'object') === isRecord(value)) reported ??= optionIssues;
      }
      if (reported) issues.push(...reported);
      return reported ? INVALID : fail(issues, path, `unexpected ${describe(value)}`);
    }
    case 'object': {
      if (!isRecord(value)) return fail(issues, path, `expected an object, got ${describe(value)}`);
      const result: Record<string, unknown> = {};
      let valid = true;
      for (const key in schema.fields) {
        const fieldValue = value[key];
        path.push(key);
        if (fieldValue === undefined || fieldValue === null) {
          if (!schema.optional.includes(key)) {
            fail(issues, path, 'is required');
            valid = false;
          }
        } else {
          const checked = check(schema.fields[key], fieldValue, path, issues);
          if (checked !== INVALID) result[key] = checked;
          else if (!schema.droppable.includes(key)) valid = false;
        }
        path.pop();
      }
      // Unknown fields are ignored (not copied), per the contract.
      return valid ? result : INVALID;
    }
  }
}

export interface Validation<T> {
  /** The valid content (bad list items and droppable fields removed), or undefined. */
  value: T | undefined;
  issues: Issue[];
}

/** Checks `value` against `schema`; never throws. */
export function validate<S extends Schema>(schema: S, value: unknown): Validation<Infer<S>> {
  const issues: Issue[] = [];
  const checked = check(schema, value, [], issues);
  return { value: checked === INVALID ? undefined : (checked as Infer<S>), issues };
}
