/**
 * The builder's escaping: how a value is written into the HTML a partner pastes, so that the
 * browser reads back exactly that value and no value can become markup. The embed code
 * (embed.ts), the destinations' codes (destinations.ts), the WordPress editor and the stories'
 * docs source (stories/embed-code.ts) all write through these.
 */

/** An attribute's value: JSON `data` may be an object; `false`, `null`, `undefined` and `''` omit it. */
export type AttributeValue = string | number | boolean | object | null | undefined;

/**
 * The text an attribute holds for `value` (what the browser reads back), or `undefined` for no
 * attribute. Objects become JSON, indented by `indent` after the first line.
 */
export function attributeText(value: AttributeValue, indent = ''): string | undefined {
  if (value === undefined || value === null || value === false || value === '') return undefined;
  if (value === true) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
  return String(value);
}

/**
 * ` name="value"`, quoted with whichever quote the value holds fewer of (JSON reads best in
 * single quotes), `&` and that quote escaped; ` name` for `true`; nothing for `false`, `null`,
 * `undefined` or `''`.
 */
export function attribute(name: string, value: AttributeValue, indent = ''): string {
  const text = attributeText(value, indent);
  if (text === undefined) return '';
  if (value === true) return ` ${name}`;
  const count = (quote: string) => text.split(quote).length - 1;
  const quote = count('"') > count("'") ? "'" : '"';
  const escaped = text.replaceAll('&', '&amp;').replaceAll(quote, quote === '"' ? '&quot;' : '&#39;');
  return ` ${name}=${quote}${escaped}${quote}`;
}

/**
 * JSON for the inside of a `<script type="application/json">`: every `<` becomes `\u003c`, so
 * neither `</script` nor `<!--` can end or confuse the script; JSON.parse reads it back as `<`.
 */
export const scriptJson = (content: unknown, indent?: number) =>
  JSON.stringify(content, null, indent).replace(/</g, '\\u003c');

/**
 * JSON with `<`, `>` and `&` as JSON escapes (`\u003c`…): text that HTML filters such as
 * WordPress's kses (which it runs on every block attribute of a user without `unfiltered_html`)
 * have nothing to change in, and that JSON.parse reads back the same. For the WordPress blocks'
 * `data` and `fallback` attributes.
 */
export const filterProofJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
