/**
 * Values the content form makes (pure): a fresh value for a schema, and a value carried over
 * when the user switches a union to another shape (a date to a period).
 */
import { pathText, type Path, type Schema } from '../src/core/schema.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A new value for `schema`: required fields filled with empty values. */
export function blank(schema: Schema): unknown {
  switch (schema.kind) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.fields)
          .filter(([key]) => !schema.optional.includes(key))
          .map(([key, field]) => [key, blank(field)]),
      );
    case 'array':
      return [];
    case 'union':
      return blank(schema.options[0]);
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'literal':
      return schema.value;
    default:
      return '';
  }
}

/** Which option of a union `value` has the shape of (an object, or not). */
export const optionOf = (schema: Extract<Schema, { kind: 'union' }>, value: unknown) =>
  Math.max(0, schema.options.findIndex((option) => (option.kind === 'object') === isRecord(value)));

/**
 * `value` carried over to another option of a union: a date becomes a period from that date to
 * that date (every text field of the object gets it), a period becomes its first date.
 */
export function convert(value: unknown, to: Schema): unknown {
  const fresh = blank(to);
  if (to.kind === 'object' && typeof value === 'string') {
    for (const [key, field] of Object.entries(to.fields))
      if (field.kind === 'string' || field.kind === 'text') (fresh as Record<string, unknown>)[key] = value;
    return fresh;
  }
  if (isRecord(value) && to.kind !== 'object') {
    const first = Object.values(value).find((v) => typeof v === 'string');
    return first ?? fresh;
  }
  return fresh;
}

/** A unique, valid id for the control of `path`. */
export const fieldId = (path: Path, suffix = '') =>
  `c-${pathText(path).replace(/[^a-zA-Z0-9-]/g, (c) => `_${c.charCodeAt(0)}`)}${suffix}`;
