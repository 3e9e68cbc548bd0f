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
 * The `lang` an element inherits: the nearest ancestor's (crossing shadow roots), else
 * `<html lang>`; undefined when none is set. Browser only: the prerenderer finds it in its HTML.
 */
export function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while ((node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null))) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return document.documentElement.getAttribute('lang') || undefined;
}

/** The one locale rule: the element's own `lang`, else the inherited one, else `en`; canonical. */
export const localeFrom = (own: string | null | undefined, inherited: string | undefined): string =>
  canonicalLocale(own || inherited);

/** An element's locale, read from the document (browser only). */
export const resolveLocale = (element: Element): string => localeFrom(element.getAttribute('lang'), inheritedLang(element));

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

/**
 * How text is marked when it is in another language than the text around it: its `lang`, and
 * with it that language's direction, so it keeps its own direction inside the other, isolated.
 * Both undefined for text in the language around it. Bind both: `lang=${ifDefined(m.lang)}
 * dir=${ifDefined(m.dir)}` (Lit has no attribute spread, and an element directive would write
 * nothing under `@lit-labs/ssr`, which renders no element parts).
 */
export interface LangMark {
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

/**
 * The direction of a language (`rtl` for the scripts written right to left, else `ltr`), or
 * undefined without one.
 */
const dirOf = (lang?: string): 'rtl' | 'ltr' | undefined =>
  lang ? (/^(ar|fa|he|iw|ur|ps|yi|dv|ckb|sd|ug|syr)\b/i.test(lang) ? 'rtl' : 'ltr') : undefined;

/** The one helper that writes a language mark: `lang` and its `dir` together (see `LangMark`). */
export const langMark = (lang?: string): LangMark => ({ lang, dir: dirOf(lang) });

export interface PickedText extends LangMark {
  text: string;
}

/** How `pickText` picks and marks a text. */
export interface PickOptions {
  /** The element's locale: what to pick for. */
  locale: string;
  /**
   * The language of a plain string, when it is known (the built-in default content is English);
   * a partner's plain string is taken to be in the page's language.
   */
  plainLang?: string;
  /**
   * The language of the text it sits in: the locale (default), or the language of interface
   * text around it (English on a page in a language without interface strings).
   */
  around?: string;
}

/**
 * Picks the text for `locale`, marked with its language (`lang`) when that differs from the
 * language around it (`langMark`). The one place that decides where a `lang` mark goes.
 */
export function pickText(value: LocalizedText, { locale, plainLang, around = locale }: PickOptions): PickedText {
  let text: string;
  let lang: string;
  if (typeof value === 'string') {
    text = value;
    lang = plainLang ?? locale;
  } else {
    lang = bestTag(Object.keys(value), locale) as string;
    text = value[lang];
  }
  return lang === around || sameLanguage(lang, around) ? { text } : { text, ...langMark(lang) };
}
