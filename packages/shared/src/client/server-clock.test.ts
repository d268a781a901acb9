import { describe, expect, it } from 'vitest';
import { ServerClock } from './server-clock.js';

function clockWithHands(wall = Date.parse('2030-01-01T00:00:00Z')) {
  const hands = { monotonic: 1_000, wall };
  const clock = new ServerClock({ monotonicNow: () => hands.monotonic, wallNow: () => hands.wall });
  return { clock, hands };
}

const serverMorning = Date.parse('2026-11-24T01:30:00.000Z');

describe('ServerClock', () => {
  it('uses the device clock until the server has told the time', () => {
    const { clock, hands } = clockWithHands();
    expect(clock.synchronised).toBe(false);
    expect(clock.now()).toBe(hands.wall);
  });

  it('follows the server from its stamp on, whatever the device clock says', () => {
    const { clock, hands } = clockWithHands();
    clock.observe('2026-11-24T01:30:00.000Z');
    hands.monotonic += 5_000;
    hands.wall += 3_600_000;
    expect(clock.synchronised).toBe(true);
    expect(clock.now()).toBe(serverMorning + 5_000);
    expect(clock.ageMilliseconds('2026-11-24T01:29:00.000Z')).toBe(65_000);
  });

  it('keeps the later estimate when an older stamp arrives late', () => {
    const { clock, hands } = clockWithHands();
    clock.observe(serverMorning);
    hands.monotonic += 10_000;
    clock.observe(serverMorning + 2_000);
    expect(clock.now()).toBe(serverMorning + 10_000);
    clock.observe(serverMorning + 12_000);
    expect(clock.now()).toBe(serverMorning + 12_000);
  });

  it('believes a server clock set back by minutes', () => {
    const { clock } = clockWithHands();
    clock.observe(serverMorning);
    clock.observe(serverMorning - 10 * 60_000);
    expect(clock.now()).toBe(serverMorning - 10 * 60_000);
  });

  it('ignores what is not a time', () => {
    const { clock } = clockWithHands();
    clock.observe('not a time');
    expect(clock.synchronised).toBe(false);
    expect(clock.ageMilliseconds('not a time')).toBeNull();
  });
});
