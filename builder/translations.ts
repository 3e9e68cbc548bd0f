/**
 * A LocalizedText's translations, edited (pure: the form's text field calls these; the tests
 * run them in Node). A plain text is one text in one language; its first translation makes it an
 * object of language tags to texts, in which the text keeps its own language.
 */
import { isLanguageTag, LANGUAGES } from './fields.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text's rows: `[tag, text]` in order (a plain text is one row in `plainLanguage`). */
export const entriesOf = (value: unknown, plainLanguage: string): [string, unknown][] =>
  isRecord(value) ? Object.entries(value) : [[plainLanguage, value ?? '']];

/**
 * `value` with one more, empty, row: in `wanted` (the language the element is set to) when the
 * text has no row in it yet, else in the first interface language it has none in. The rows there
 * keep their languages: a plain text stays in `plainLanguage`.
 */
export function addTranslation(value: unknown, { plainLanguage, wanted }: { plainLanguage: string; wanted?: string }): Record<string, unknown> {
  const rows = entriesOf(value, plainLanguage);
  const used = new Set(rows.map(([tag]) => tag.toLowerCase()));
  const tag = [wanted ?? '', ...LANGUAGES.map((l) => l.tag)].find((t) => t && !used.has(t.toLowerCase())) ?? '';
  return Object.fromEntries([...rows, [tag, '']]);
}

/** Why row `index` cannot be renamed to `typed`, or undefined when it can. */
export function renameProblem(value: unknown, index: number, typed: string): string | undefined {
  const tag = typed.trim();
  if (!isLanguageTag(tag)) return `“${tag}” is not a language tag (BCP 47, e.g. ja or zh-Hans)`;
  const tags = isRecord(value) ? Object.keys(value) : [];
  return tags.some((t, i) => i !== index && t.toLowerCase() === tag.toLowerCase()) ? `${tag} is there already` : undefined;
}

/** `value` with row `index` in language `typed` (its text and place kept); check `renameProblem` first. */
export const renameTranslation = (value: unknown, index: number, typed: string): Record<string, unknown> =>
  Object.fromEntries(entriesOf(value, '').map(([t, text], i) => [i === index ? typed.trim() : t, text]));

/** `value` without row `index`: the rows left, or `undefined` when none is. */
export function removeTranslation(value: unknown, index: number): Record<string, unknown> | undefined {
  const rows = entriesOf(value, '').filter((_, i) => i !== index);
  return rows.length ? Object.fromEntries(rows) : undefined;
}
