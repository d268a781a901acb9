import { describe, expect, it } from 'vitest';
import {
  arrivalIntensity,
  arrivalMinutes,
  lastArrivalMinute,
  openingMinute,
  planVisits,
  seededRandom,
  serviceMinutes,
} from './day-plan.js';

describe('a simulated day', () => {
  it('arrives about the expected number, within opening hours, in order', () => {
    const counts = [1, 2, 3, 4, 5].map((seed) => arrivalMinutes(400, seededRandom(seed)));
    for (const arrivals of counts) {
      expect(arrivals.length).toBeGreaterThan(320);
      expect(arrivals.length).toBeLessThan(480);
      expect(arrivals.every((minute) => minute >= openingMinute && minute < lastArrivalMinute)).toBe(true);
      expect([...arrivals].sort((left, right) => left - right)).toEqual(arrivals);
    }
    const mean = counts.reduce((sum, arrivals) => sum + arrivals.length, 0) / counts.length;
    expect(Math.abs(mean - 400)).toBeLessThan(40);
  });

  it('has a morning peak and a lunch dip', () => {
    const arrivals = arrivalMinutes(2000, seededRandom(7));
    const between = (from: number, to: number) =>
      arrivals.filter((minute) => minute >= from * 60 && minute < to * 60).length;
    expect(between(9.5, 10.5)).toBeGreaterThan(3 * between(12, 13));
    expect(arrivalIntensity(7 * 60)).toBe(0);
  });

  it('is the same day for the same seed', () => {
    expect(planVisits(100, seededRandom(42))).toEqual(planVisits(100, seededRandom(42)));
    expect(planVisits(100, seededRandom(42))).not.toEqual(planVisits(100, seededRandom(43)));
  });

  it('draws service times around their median with a long right tail', () => {
    const random = seededRandom(3);
    const times = Array.from({ length: 5000 }, () => serviceMinutes(8, random)).sort((a, b) => a - b);
    expect(times[2500]!).toBeGreaterThan(7.5);
    expect(times[2500]!).toBeLessThan(8.5);
    const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
    expect(mean).toBeGreaterThan(times[2500]!);
  });

  it('plans routes of two or three different services for some visits', () => {
    const visits = planVisits(1000, seededRandom(9));
    const oneStop = visits.filter((visit) => visit.prefixes.length > 1);
    expect(oneStop.length).toBeGreaterThan(50);
    expect(oneStop.every((visit) => new Set(visit.prefixes).size === visit.prefixes.length)).toBe(true);
    expect(Math.max(...visits.map((visit) => visit.prefixes.length))).toBe(3);
  });
});
