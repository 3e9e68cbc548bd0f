/**
 * JSON Schema (draft 2020-12) from the same schema descriptors that validate content at run
 * time, so the published schemas never drift from the elements. Build time only
 * (`scripts/build.mjs` writes `dist/schemas/`): nothing in the runtime imports this module.
 */
import type { Schema } from './schema.js';
import { ISO_DATE_PATTERN, ISO_DAY_PATTERN, SAFE_PROTOCOLS } from './values.js';

export type JsonSchema = { [key: string]: unknown };

/** A scheme in any case, as URLs allow: `http:` → `[hH][tT][tT][pP]:`. */
const anyCase = (scheme: string) => [...scheme].map((c) => (c === ':' ? c : `[${c}${c.toUpperCase()}]`)).join('');

/**
 * The runtime's safe schemes (any case) or a URL without a scheme, as `isSafeUrl` allows. (The
 * JSON Schema cannot run the URL parser: leading spaces and tabs the parser strips are refused
 * here, which only errs on the safe side.)
 */
const SAFE_URL_PATTERN = `^(${SAFE_PROTOCOLS.map(anyCase).join('|')}|[^:/?#]*([/?#]|$))`;

const LOCALIZED_TEXT: JsonSchema = {
  description: 'A text, or an object of BCP 47 language tags to texts, e.g. {"en": "Greeting", "ja": "ごあいさつ"}.',
  anyOf: [
    { type: 'string' },
    { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
  ],
};

function convert(schema: Schema): JsonSchema {
  switch (schema.kind) {
    case 'string':
      if (schema.format === 'iso-date')
        return { type: 'string', pattern: ISO_DATE_PATTERN, description: 'A date: YYYY, YYYY-MM or YYYY-MM-DD.' };
      if (schema.format === 'iso-day')
        return { type: 'string', pattern: ISO_DAY_PATTERN, description: 'A day: YYYY-MM-DD.' };
      if (schema.format === 'url')
        return {
          type: 'string',
          format: 'uri-reference',
          pattern: SAFE_URL_PATTERN,
          description: 'An http:, https:, mailto: or relative URL.',
        };
      return { type: 'string' };
    case 'text':
      return { $ref: '#/$defs/LocalizedText' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'literal':
      return { const: schema.value };
    case 'array':
      return { type: 'array', items: convert(schema.item) };
    case 'union':
      return { anyOf: schema.options.map(convert) };
    case 'object': {
      const properties = Object.fromEntries(Object.entries(schema.fields).map(([key, field]) => [key, convert(field)]));
      const required = Object.keys(schema.fields).filter((key) => !schema.optional.includes(key));
      // Unknown fields are ignored by the elements, so they are allowed here too.
      return { type: 'object', properties, ...(required.length ? { required } : {}) };
    }
  }
}

/** The JSON Schema document of one element's content. */
export function toJsonSchema(schema: Schema, meta: { id: string; title: string; description?: string }): JsonSchema {
  const root = convert(schema);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    ...root,
    // A content file may name its schema for editors; the elements ignore the field.
    properties: { $schema: { type: 'string', description: 'URL of this schema, for editors.' }, ...(root.properties as object) },
    $defs: { LocalizedText: LOCALIZED_TEXT },
  };
}
