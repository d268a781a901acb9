import type { Locale } from '@onestop/shared';

/** The name of a hall or service in the clerk's language (English falls back to Chinese). */
export function localName(entity: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}

/** Seconds from `fromIso` to `toIso` (or to `nowMilliseconds`); null when either is missing. */
export function secondsBetween(
  fromIso: string | null | undefined,
  to: string | number | null | undefined,
): number | null {
  if (!fromIso || to === null || to === undefined) return null;
  const start = Date.parse(fromIso);
  const end = typeof to === 'number' ? to : Date.parse(to);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  return Math.max(0, (end - start) / 1000);
}
