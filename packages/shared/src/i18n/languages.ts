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
