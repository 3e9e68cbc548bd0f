import { expect, fixture } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { uiLocales, type UiStrings } from '../../src/locales/index.js';

/** Every locale with its own interface strings. */
export const localeTags = Object.keys(uiLocales);

/**
 * The English interface wording: each English string cut at its placeholders ('approx.',
 * 'will become', 'Read more', …). Pieces of two letters or fewer ('On', ',') are too common
 * to mean anything and are skipped.
 */
export const englishPieces = [...new Set(Object.values(en).flatMap((s) => s.split(/\{\w+\}/)))]
  .map((piece) => piece.trim().replace(/^[,.\s]+|[,.\s]+$/g, ''))
  .filter((piece) => piece.length > 2);

/** The English interface pieces found in `texts` (case-insensitive). */
export function englishIn(texts: readonly string[]): string[] {
  const lower = texts.map((text) => text.toLowerCase());
  return englishPieces.filter((piece) => lower.some((text) => text.includes(piece.toLowerCase())));
}

/**
 * Renders `<tag lang=… attributes>` in every locale and checks the interface text a person sees:
 * `visibleUi` returns it (button labels, badges, headings that come from the locale files, not
 * the content). Outside `en` none of it may be English; when `expected` is given, the texts
 * must be exactly those strings of the locale. Returns the texts per locale for further checks.
 *
 *     await expectUiInEveryLocale('jitco-greeting', (el) => [textOf(one(el, 'button'))], {
 *       attributes: 'collapsed', expected: (s) => [s.readMore] });
 */
export async function expectUiInEveryLocale(
  tag: string,
  visibleUi: (element: HTMLElement) => string[] | Promise<string[]>,
  { attributes = '', expected }: { attributes?: string; expected?: (strings: UiStrings) => string[] } = {},
): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  for (const lang of localeTags) {
    const element = await fixture<HTMLElement>(`<${tag} lang="${lang}" ${attributes}></${tag}>`);
    const texts = await visibleUi(element);
    seen[lang] = texts;
    expect(texts.every(Boolean), `${lang}: empty interface text in ${JSON.stringify(texts)}`).to.be.true;
    if (expected) expect(texts, lang).to.deep.equal(expected(uiLocales[lang]));
    if (lang !== 'en') expect(englishIn(texts), `${lang}: English left in ${JSON.stringify(texts)}`).to.deep.equal([]);
  }
  return seen;
}
