/** What the kiosk's address configures. */
export interface KioskOptions {
  /** Seconds the ticket stays on screen before the kiosk goes back to the start screen. */
  resetAfterSeconds: number;
  /** Whether the ticket is sent to the printer (`window.print()`) when it appears. */
  print: boolean;
}

/** The default idle time: long enough to take the ticket and scan its QR code, short enough for the next person. */
export const defaultResetAfterSeconds = 20;
const minimumResetAfterSeconds = 1;
const maximumResetAfterSeconds = 600;

/**
 * Reads `?resetAfter=` (seconds, 1–600, default 20) and `?print=0` (no printer attached) from
 * the kiosk's address. A value that makes no sense falls back to the default rather than
 * leaving a ticket on screen for ever.
 */
export function kioskOptionsFrom(searchParams: URLSearchParams): KioskOptions {
  const rawReset = searchParams.get('resetAfter');
  const reset = rawReset === null || rawReset.trim() === '' ? Number.NaN : Number(rawReset);
  const resetAfterSeconds =
    Number.isFinite(reset) && reset >= minimumResetAfterSeconds && reset <= maximumResetAfterSeconds
      ? reset
      : defaultResetAfterSeconds;
  const print = !['0', 'false', 'off', 'no'].includes((searchParams.get('print') ?? '').trim().toLowerCase());
  return { resetAfterSeconds, print };
}
