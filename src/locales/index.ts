/**
 * The interface strings of every locale, bundled (they are small, and one request is better
 * than one per language). Add a locale by adding its file here.
 */
import { bestTag } from '../core/locale.js';
import { en, type UiStrings } from './en.js';
import { ja } from './ja.js';

export type { UiStrings };

export const uiLocales: Readonly<Record<string, UiStrings>> = { en, ja };

const tags = Object.keys(uiLocales);

/** The interface strings for `locale`: exact tag, then language, then English. */
export const uiStrings = (locale: string): UiStrings => uiLocales[bestTag(tags, locale) ?? 'en'];
