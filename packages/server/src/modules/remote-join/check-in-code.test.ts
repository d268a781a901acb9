import { describe, expect, it } from 'vitest';
import { checkInCodeAt, currentCheckInCode, isCheckInCodeValid, minuteOf } from './check-in-code.js';

const secret = 'a'.repeat(64);
const noon = new Date('2026-12-07T04:00:30.000Z');

describe('the wall display check-in code', () => {
  it('is six digits, the same for one secret and minute, different across minutes and secrets', () => {
    const minute = minuteOf(noon);
    const codes = Array.from({ length: 50 }, (_, index) => checkInCodeAt(secret, minute + index));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(checkInCodeAt(secret, minute)).toBe(codes[0]);
    expect(new Set(codes).size).toBeGreaterThan(45);
    expect(checkInCodeAt('b'.repeat(64), minute)).not.toBe(codes[0]);
  });

  it('is accepted during its minute and the next, and not after', () => {
    const code = currentCheckInCode(secret, noon);
    expect(isCheckInCodeValid(secret, code, new Date('2026-12-07T04:00:00.000Z'))).toBe(true);
    expect(isCheckInCodeValid(secret, ` ${code} `, new Date('2026-12-07T04:01:59.999Z'))).toBe(true);
    expect(isCheckInCodeValid(secret, code, new Date('2026-12-07T04:02:00.000Z'))).toBe(false);
    // A code of the minute ahead is no code yet.
    expect(isCheckInCodeValid(secret, code, new Date('2026-12-07T03:59:59.999Z'))).toBe(false);
  });
});
