/**
 * The work kept across a reload: `Work` (state.ts) as JSON in the tab's sessionStorage. Storage
 * may hold anything (an older builder's work, a hand edit), so what is read back is checked field
 * by field against the initial work, and saved content is only good if it still is.
 */
import { validate } from '../src/core/schema.js';
import { LOADERS, TAGS, type Tag } from './embed.js';
import { ATTRIBUTE_NAMES, elementOf, initialWork, type Work } from './state.js';

export const STORAGE_KEY = 'jitco-elements-builder';

/** Storage as the builder uses it (sessionStorage, or a stand-in in tests). */
export type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The values a saved choice may have (any other value keeps the initial one). */
const CHOICES: Partial<Record<keyof Work, readonly unknown[]>> = {
  tag: TAGS,
  form: ['data', 'script', 'src'],
  loader: LOADERS,
  width: ['phone', 'desktop'],
  background: ['light', 'dark'],
  rowsMode: ['replace', 'append'],
};

/** Saved work, checked field by field against the initial one. */
export function restore(storage: Store | undefined): Work {
  const work = initialWork();
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return work;
  }
  if (typeof saved !== 'object' || saved === null) return work;
  const record = work as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(saved)) {
    // Own keys only: saved JSON may have its own `__proto__` or `constructor`.
    if (!Object.hasOwn(work, key) || typeof value !== typeof record[key] || Array.isArray(value)) continue;
    if (Object.hasOwn(CHOICES, key) && !CHOICES[key as keyof Work]!.includes(value)) continue;
    record[key] = value;
  }
  // Maps: only known keys; typed JSON only as text; attributes only as text or true/false.
  for (const key of ['drafts', 'good', 'json'] as const) {
    const map = (work[key] = { ...work[key] } as Record<string, unknown>);
    for (const tag of Object.keys(map))
      if (!TAGS.includes(tag as Tag) || (key === 'json' && typeof map[tag] !== 'string')) delete map[tag];
  }
  work.attributes = Object.fromEntries(
    Object.entries(work.attributes).filter(
      ([name, value]) => ATTRIBUTE_NAMES.includes(name) && (typeof value === 'string' || typeof value === 'boolean'),
    ),
  );
  for (const tag of TAGS) {
    if (!(tag in work.good)) continue;
    const { value, issues } = validate(elementOf(tag).schema, work.good[tag]);
    if (value === undefined || issues.length) delete work.good[tag];
  }
  return work;
}

/** Saves the work; false when the storage refused it (full, or off). */
export function save(storage: Store | undefined, work: Work): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}
