import { createHmac } from 'node:crypto';

/**
 * The wall display's check-in code (docs/domain.md, "Remote join"): six digits derived from the
 * hall's secret and the minute, so every server instance shows and accepts the same code without
 * storing one, and nobody outside the hall can know it ahead of time. A code is accepted during its
 * minute and the next one, so a citizen who scanned it just before it changed is not refused.
 */

const millisecondsPerMinute = 60_000;

/** The minute an instant falls in, counted from the epoch. */
export function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / millisecondsPerMinute);
}

/** The code of one minute: HMAC-SHA-256 of the minute under the hall's secret, reduced to six digits. */
export function checkInCodeAt(secret: string, minute: number): string {
  const digest = createHmac('sha256', secret).update(`check-in:${minute}`).digest();
  // 32 bits reduce to 10^6 with a bias under 0.03 %: no code is noticeably likelier than another.
  return (digest.readUInt32BE(0) % 1_000_000).toString().padStart(6, '0');
}

/** The code a wall display shows at `now`. */
export function currentCheckInCode(secret: string, now: Date): string {
  return checkInCodeAt(secret, minuteOf(now));
}

/** True when `code` is the code of the current minute or of the previous one. */
export function isCheckInCodeValid(secret: string, code: string, now: Date): boolean {
  const minute = minuteOf(now);
  const typed = code.trim();
  return typed === checkInCodeAt(secret, minute) || typed === checkInCodeAt(secret, minute - 1);
}
