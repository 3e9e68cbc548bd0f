/** Locale resolution and `LocalizedText` selection, shared by every element. */
import type { LocalizedText } from './schema.js';

/** `compute` once per key: for tags, which a page repeats in every render. */
function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(key)));
    return value;
  };
}

const canonical = memoize((tag) => {
  try {
    // Tagalog pages read Filipino everywhere (strings, content, dates): WebKit keeps `tl`.
    return (tag && Intl.getCanonicalLocales(tag)[0].replace(/^tl\b/, 'fil')) || 'en';
  } catch {
    return 'en';
  }
});

/** The canonical form of a BCP 47 tag (`tl` as `fil`), or `en` for an empty or malformed one (never throws). */
export const canonicalLocale = (tag: string | null | undefined): string => canonical((tag ?? '').trim());

/** The primary language subtag: `ja` of `ja-JP-u-ca-japanese`. */
export const languageOf = (tag: string): string => tag.split('-')[0].toLowerCase();

/** The script a tag is written in, explicit or likely: `Hant` for `zh-TW`, `Latn` for `vi`. */
const scriptOf = memoize((tag) => {
  try {
    return new Intl.Locale(tag).maximize().script ?? '';
  } catch {
    return '';
  }
});

/**
 * Whether text tagged `a` reads as text tagged `b`: same language in the same script
 * (`zh-Hans` does not read as `zh-TW`; `en-US` reads as `en-GB`).
 */
export const sameLanguage = (a: string, b: string): boolean =>
  languageOf(a) === languageOf(b) && scriptOf(a) === scriptOf(b);

/**
 * The element's own `lang`, else the nearest ancestor's (crossing shadow roots), else
 * `<html lang>`, else `en`.
 */
export function resolveLocale(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return canonicalLocale(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return canonicalLocale(document.documentElement.getAttribute('lang'));
}

/**
 * The best key of a tag-keyed table for `locale`: exact tag, then a tag of the same language
 * and script (`zh-CN` finds `zh-Hans`, `zh-TW` finds `zh-Hant`), then of the same language,
 * then English (`en`, else any `en-*`), then the first key.
 */
export function bestTag(tags: readonly string[], locale: string): string | undefined {
  const lower = locale.toLowerCase();
  const language = languageOf(locale);
  return (
    tags.find((tag) => tag.toLowerCase() === lower) ??
    // Prefer the bare language (`ja` for `ja-JP-u-ca-japanese`) over a sibling region.
    tags.find((tag) => tag.toLowerCase() === language && sameLanguage(tag, locale)) ??
    tags.find((tag) => sameLanguage(tag, locale)) ??
    tags.find((tag) => languageOf(tag) === language) ??
    tags.find((tag) => tag.toLowerCase() === 'en') ??
    tags.find((tag) => languageOf(tag) === 'en') ??
    tags[0]
  );
}

export interface PickedText {
  text: string;
  /** Set when the text is in another language than the text around it. */
  lang?: string;
}

/**
 * Picks the text for `locale`, marked with its language when that differs from `around` (the
 * language of the text it sits in: the element's locale, or English interface text on a page
 * in a language without interface strings). `plainLang` is the language of a plain string when
 * it is known (the built-in default content is English); a partner's plain string is taken to
 * be in the page's language.
 */
export function pickText(value: LocalizedText, locale: string, plainLang?: string, around = locale): PickedText {
  let text: string;
  let lang: string;
  if (typeof value === 'string') {
    text = value;
    lang = plainLang ?? locale;
  } else {
    lang = bestTag(Object.keys(value), locale) as string;
    text = value[lang];
  }
  return lang === around || sameLanguage(lang, around) ? { text } : { text, lang };
}

/** Elements to tell when a `lang` attribute changes anywhere in the document. */
const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes in the document (a partner's language
 * switcher); one observer serves every element. Returns the function that stops it.
 */
export function observeLang(onChange: () => void): () => void {
  if (!langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((listener) => listener()));
    langObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  langListeners.add(onChange);
  return () => {
    langListeners.delete(onChange);
    if (!langListeners.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
