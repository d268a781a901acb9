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
