/**
 * The interface strings of every locale, bundled (they are small, and one request is better
 * than one per language). Add a locale by adding its file here.
 */
import { bestTag } from '../core/locale.js';
import { en, type UiStrings } from './en.js';
import { fil } from './fil.js';
import { id } from './id.js';
import { ja } from './ja.js';
import { km } from './km.js';
import { mn } from './mn.js';
import { my } from './my.js';
import { ne } from './ne.js';
import { th } from './th.js';
import { vi } from './vi.js';
import { zhHans } from './zh-Hans.js';

export type { UiStrings };

export const uiLocales: Readonly<Record<string, UiStrings>> = {
  en, ja, vi, id, fil, 'zh-Hans': zhHans, my, km, th, ne, mn,
};

const tags = Object.keys(uiLocales);

/**
 * The tag of the interface strings for `locale` (a key of `uiLocales`): exact tag, then
 * language (every `zh-*` finds `zh-Hans`), then English. (`canonicalLocale` makes Tagalog, `tl`, Filipino.)
 */
export const uiLocale = (locale: string): string => bestTag(tags, locale) ?? 'en';
