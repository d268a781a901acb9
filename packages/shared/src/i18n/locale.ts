/** The languages OneStop speaks; zh-CN first. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The language used when a request names none we speak. */
export const defaultLocale: Locale = 'zh-CN';

/**
 * Picks the best supported locale from an `Accept-Language` header (or `navigator.language`).
 * Any English tag gives `en`, any Chinese tag `zh-CN`; quality values order the choices.
 */
export function pickLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters
        .map((parameter) => parameter.trim())
        .find((parameter) => parameter.startsWith('q='));
      return { tag: tag.toLowerCase(), quality: quality ? Number(quality.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  }
  return defaultLocale;
}

/** Anything with a Chinese name and an optional English one: halls and services. */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/**
 * The name of a hall or service in `locale`: the English name in English when one was given,
 * else the Chinese name (never an empty cell).
 */
export function localizedName(named: Named, locale: Locale): string {
  return locale === 'en' && named.nameEn ? named.nameEn : named.name;
}
