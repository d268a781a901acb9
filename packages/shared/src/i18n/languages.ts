/**
 * The languages a hall's public screens may show (docs/domain.md, "Languages of the public
 * screens"), as BCP 47 tags. A hall lists some of them in the order they are shown; its halls'
 * and services' names are kept per language, and a missing one falls back to the Chinese name.
 * Adding a language is a tag here, a catalogue and a font — not code across the apps.
 */

/** Every language a hall may show on its public screens: Chinese, English, traditional Mongolian. */
export const publicLanguages = ['zh-CN', 'en', 'mn-Mong'] as const;

/** One of {@link publicLanguages}. */
export type PublicLanguage = (typeof publicLanguages)[number];

/** The languages of a hall made before languages were data, and of a new hall. */
export const defaultHallLanguages: readonly PublicLanguage[] = ['zh-CN', 'en'];

/** The language every name falls back to; every hall and service has a name in it. */
export const fallbackLanguage: PublicLanguage = 'zh-CN';

/** True when `tag` is one of {@link publicLanguages}, written exactly so. */
export function isPublicLanguage(tag: string): tag is PublicLanguage {
  return (publicLanguages as readonly string[]).includes(tag);
}

/** A text in one language. */
export interface LocalizedText {
  lang: string;
  text: string;
}

/**
 * The name in `lang`, or — when there is none — the Chinese one (never an empty text while a
 * Chinese name exists). `fellBack` says which happened, so a screen can show it.
 */
export function nameIn(
  names: readonly LocalizedText[],
  lang: string,
): { text: string; lang: string; fellBack: boolean } {
  const own = names.find((name) => name.lang === lang && name.text.trim() !== '');
  if (own) return { text: own.text, lang, fellBack: false };
  const fallback = names.find((name) => name.lang === fallbackLanguage);
  return {
    text: fallback?.text ?? names[0]?.text ?? '',
    lang: fallback ? fallbackLanguage : (names[0]?.lang ?? lang),
    fellBack: true,
  };
}

/** The languages of `languages` that `names` has no text for, in the hall's order. */
export function missingLanguages(names: readonly LocalizedText[], languages: readonly string[]): string[] {
  return languages.filter((lang) => !names.some((name) => name.lang === lang && name.text.trim() !== ''));
}

/**
 * Languages written in vertical columns (top to bottom, columns left to right: CSS
 * `writing-mode: vertical-lr`). A public screen shows them first, beside the horizontal ones and
 * in the same size as the first of those (Inner Mongolia's rules for public signs).
 */
export const verticalLanguages: readonly PublicLanguage[] = ['mn-Mong'];

/** True when `lang` is written in vertical columns ({@link verticalLanguages}). */
export function isVerticalLanguage(lang: string): boolean {
  return (verticalLanguages as readonly string[]).includes(lang);
}

/**
 * The languages a public screen shows, in the order it shows them: the hall's languages, vertical
 * ones first (they stand to the left). A screen where the citizen picks a language (kiosk, phone
 * page) passes `chosen`: then the vertical languages stay and, of the horizontal ones, only the
 * chosen one is shown — a Mongolian hall's kiosk in English still shows Mongolian first. Unknown
 * tags are left out; an empty result falls back to {@link fallbackLanguage}.
 */
export function shownLanguages(hallLanguages: readonly string[], chosen?: string): PublicLanguage[] {
  const known = hallLanguages.filter(isPublicLanguage);
  const vertical = known.filter(isVerticalLanguage);
  const horizontal = known.filter((lang) => !isVerticalLanguage(lang));
  const kept = chosen === undefined ? horizontal : horizontal.filter((lang) => lang === chosen);
  const shown = [...vertical, ...(kept.length > 0 ? kept : horizontal.slice(0, 1))];
  return shown.length > 0 ? shown : [fallbackLanguage];
}

/**
 * The languages a citizen may pick on a kiosk or phone page of a hall: its horizontal ones that the
 * apps' interface catalogues cover (zh-CN, en), in the hall's order; zh-CN when none is listed.
 */
export function choosableLanguages(hallLanguages: readonly string[]): ('zh-CN' | 'en')[] {
  const choosable = hallLanguages.filter((lang): lang is 'zh-CN' | 'en' => lang === 'zh-CN' || lang === 'en');
  return choosable.length > 0 ? choosable : ['zh-CN'];
}
