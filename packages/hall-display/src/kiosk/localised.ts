import type { Locale } from '@onestop/shared';

/** Anything with a Chinese name and an optional English one: halls and services. */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/** The name in the chosen language; the Chinese name when the hall gave no English one. */
export function localName(named: Named, locale: Locale): string {
  return locale === 'en' && named.nameEn ? named.nameEn : named.name;
}
