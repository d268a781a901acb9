import { describe, expect, it } from 'vitest';
import {
  arrivalIntensity,
  arrivalMinutes,
  lastArrivalMinute,
  openingMinute,
  issuingWindows,
  planAppointments,
  planVisits,
  seededRandom,
  withinIssuingHours,
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

describe('a day by the hall’s calendar', () => {
  const office = [
    { opens: '09:00', closes: '12:00' },
    { opens: '13:30', closes: '17:30' },
  ];
  it('issues from each opening to its last-issue minutes before closing', () => {
    expect(issuingWindows(office, 30)).toEqual([
      [540, 690],
      [810, 1020],
    ]);
    expect(issuingWindows([{ opens: '09:00', closes: '09:20' }], 30)).toEqual([]);
  });

  it('keeps who comes while it issues, moves who comes in the break to the reopening, drops who comes after', () => {
    const visits = planVisits(600, seededRandom(3));
    const windows = issuingWindows(office, 30);
    const adjusted = withinIssuingHours(visits, windows, seededRandom(4));
    const issuing = (minute: number) => windows.some(([opens, stops]) => minute >= opens && minute < stops);
    expect(adjusted.every((visit) => issuing(visit.minuteOfDay))).toBe(true);
    const inBreak = visits.filter((visit) => visit.minuteOfDay >= 690 && visit.minuteOfDay < 810).length;
    const early = visits.filter((visit) => visit.minuteOfDay < 540).length;
    const late = visits.filter((visit) => visit.minuteOfDay >= 1020).length;
    expect(inBreak).toBeGreaterThan(0);
    expect(adjusted.length).toBe(visits.length - late);
    expect(
      adjusted.filter((visit) => visit.minuteOfDay >= 810 && visit.minuteOfDay < 815).length,
    ).toBeGreaterThanOrEqual(inBreak);
    expect(
      adjusted.filter((visit) => visit.minuteOfDay >= 540 && visit.minuteOfDay < 545).length,
    ).toBeGreaterThanOrEqual(early);
    expect([...adjusted].sort((left, right) => left.minuteOfDay - right.minuteOfDay)).toEqual(adjusted);
  });
});

describe('appointments of a simulated day', () => {
  const visits = planVisits(2000, seededRandom(11));
  const { walkIns, appointments } = planAppointments(
    visits,
    {
      prefixes: new Set(['C', 'E']),
      openPeriods: [[8 * 60 + 30, 17 * 60 + 30]],
      slotMinutes: 30,
      earliestSlotMinute: 9 * 60 + 30,
    },
    seededRandom(12),
  );

  it('books only single-service visits of the services taking them, in whole slots of the open period', () => {
    expect(walkIns.length + appointments.length).toBe(visits.length);
    for (const { visit, prefix, slotMinute } of appointments) {
      expect(visit.prefixes).toEqual([prefix]);
      expect(['C', 'E']).toContain(prefix);
      expect((slotMinute - (8 * 60 + 30)) % 30).toBe(0);
      expect(slotMinute).toBeGreaterThanOrEqual(9 * 60 + 30);
      expect(slotMinute + 30).toBeLessThanOrEqual(17 * 60 + 30);
      expect(visit.minuteOfDay - slotMinute).toBeLessThan(30);
    }
  });

  it('has some citizens never come, some come late inside the window, most early', () => {
    const never = appointments.filter((appointment) => appointment.arrivalMinute === null).length;
    const late = appointments.filter(
      (appointment) =>
        appointment.arrivalMinute !== null && appointment.arrivalMinute > appointment.slotMinute,
    );
    expect(appointments.length).toBeGreaterThan(50);
    expect(never / appointments.length).toBeGreaterThan(0.04);
    expect(late.length / appointments.length).toBeGreaterThan(0.08);
    for (const appointment of late)
      expect(appointment.arrivalMinute! - appointment.slotMinute).toBeLessThan(15);
    for (const appointment of appointments) {
      if (appointment.arrivalMinute !== null)
        expect(appointment.slotMinute - appointment.arrivalMinute).toBeLessThanOrEqual(25);
    }
  });
});
