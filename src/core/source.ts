/**
 * The content-source rule of the contract, in one place: `data` (attribute or property) › a child
 * `<script type="application/json">` › `src` › the built-in default. The element's loader, the
 * prerenderer and the builder's reader of pasted codes all ask this function.
 */

/** Where content comes from. */
export type ContentSource = 'data' | 'script' | 'src' | 'default';

/** What an element has of each source. */
export interface SourceInputs {
  /** `data`: attribute text or property value; unset, null or `''` is no data. */
  data?: unknown;
  /** The text of the child JSON script, or null (or undefined) when there is none; an empty script counts. */
  script?: string | null;
  /** `src`; unset or `''` is none. */
  src?: string | null;
}

/** Which source is in charge: the highest one that is set. */
export function contentSource({ data, script, src }: SourceInputs): ContentSource {
  if (data !== undefined && data !== null && data !== '') return 'data';
  if (script !== undefined && script !== null) return 'script';
  return src ? 'src' : 'default';
}
