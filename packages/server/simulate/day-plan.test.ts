import { describe, expect, it } from 'vitest';
import {
  arrivalIntensity,
  arrivalMinutes,
  lastArrivalMinute,
  openingMinute,
  issuingWindows,
  dayPatternText,
  planAppointments,
  planDayPattern,
  planRemoteJoins,
  planVisits,
  remoteJoinBehaviour,
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

  it('has a morning rush twice the usual on a double-rush day, as many citizens in the day', () => {
    const between = (arrivals: number[], from: number, to: number) =>
      arrivals.filter((minute) => minute >= from * 60 && minute < to * 60).length;
    const usual = arrivalMinutes(4000, seededRandom(11));
    const rush = arrivalMinutes(4000, seededRandom(11), 2);
    // The rush's intensity doubles against the rest of the day.
    const ratio = (arrivals: number[]) => between(arrivals, 9, 11) / between(arrivals, 13.5, 17);
    expect(ratio(rush) / ratio(usual)).toBeGreaterThan(1.8);
    expect(ratio(rush) / ratio(usual)).toBeLessThan(2.2);
    expect(Math.abs(rush.length - usual.length)).toBeLessThan(250);
  });

  it('varies its days: usual about four in ten, each other pattern about one and a half', () => {
    const random = seededRandom(5);
    const patterns = Array.from({ length: 2000 }, () => planDayPattern(8, random));
    const share = (kind: string) =>
      patterns.filter((pattern) => pattern.kind === kind).length / patterns.length;
    expect(share('usual')).toBeCloseTo(0.4, 1);
    for (const kind of ['earlyClose', 'longPause', 'doubleRush', 'halfCounters'])
      expect(share(kind)).toBeCloseTo(0.15, 1);
    for (const pattern of patterns) {
      if (pattern.kind === 'earlyClose') {
        expect(pattern.counterIndex).toBeLessThan(8);
        expect(pattern.closeMinute).toBeGreaterThanOrEqual(14 * 60);
        expect(pattern.closeMinute).toBeLessThan(15 * 60 + 30);
      }
      if (pattern.kind === 'longPause') {
        expect(pattern.minutes).toBeGreaterThanOrEqual(60);
        expect(pattern.minutes).toBeLessThan(120);
      }
    }
    expect(
      dayPatternText({ kind: 'longPause', counterIndex: 2, fromMinute: 600, minutes: 75 }, (index) =>
        String(index + 1),
      ),
    ).toBe('counter 3 pauses 75 min from 10:00');
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

describe('remote joins of a simulated day', () => {
  const windows: [number, number][] = [
    [9 * 60, 11 * 60 + 30],
    [13 * 60 + 30, 17 * 60],
  ];
  const visits = withinIssuingHours(planVisits(2000, seededRandom(21)), windows, seededRandom(22));
  const plan = () =>
    planRemoteJoins(visits, { prefixes: new Set(['A', 'B']), issuingWindows: windows }, seededRandom(23));
  const { others, remote } = plan();

  it('is the same plan for the same seed', () => {
    expect(plan()).toEqual({ others, remote });
    expect(
      planRemoteJoins(visits, { prefixes: new Set(['A', 'B']), issuingWindows: windows }, seededRandom(24)),
    ).not.toEqual({
      others,
      remote,
    });
  });

  it('takes about its share of the single-service, non-priority visits to the services offering it', () => {
    expect(others.length + remote.length).toBe(visits.length);
    const eligible = visits.filter(
      (visit) => visit.prefixes.length === 1 && !visit.priority && ['A', 'B'].includes(visit.prefixes[0]!),
    ).length;
    expect(remote.length / eligible).toBeGreaterThan(remoteJoinBehaviour.share - 0.06);
    expect(remote.length / eligible).toBeLessThan(remoteJoinBehaviour.share + 0.06);
    for (const { visit, prefix } of remote) {
      expect(visit.prefixes).toEqual([prefix]);
      expect(['A', 'B']).toContain(prefix);
      expect(visit.priority).toBe(false);
      expect(visit.cancelsAfterMinutes).toBeNull();
    }
  });

  it('joins a while before the citizen would have come, inside the same issuing window, in order', () => {
    for (const { visit, joinMinute } of remote) {
      const window = windows.find(
        ([opens, stops]) => visit.minuteOfDay >= opens && visit.minuteOfDay < stops,
      )!;
      expect(joinMinute).toBeGreaterThanOrEqual(window[0]);
      expect(joinMinute).toBeLessThanOrEqual(visit.minuteOfDay);
      expect(visit.minuteOfDay - joinMinute).toBeLessThanOrEqual(remoteJoinBehaviour.leadMinutes[1]);
    }
    expect(
      remote.filter(({ visit, joinMinute }) => visit.minuteOfDay - joinMinute >= 20).length,
    ).toBeGreaterThan(remote.length / 2);
    expect([...remote].sort((left, right) => left.joinMinute - right.joinMinute)).toEqual(remote);
  });

  it('has most come in time, some late, some never, each with a phone of their own', () => {
    const count = (kind: string) => remote.filter((visit) => visit.behaviour === kind).length;
    expect(count('inTime') / remote.length).toBeGreaterThan(0.7);
    expect(count('late') / remote.length).toBeGreaterThan(0.06);
    expect(count('never') / remote.length).toBeGreaterThan(0.03);
    for (const visit of remote) {
      const [wayFrom, wayTo] = remoteJoinBehaviour.travelMinutes;
      if (visit.behaviour === 'late') {
        expect(visit.comeAfterMinutes).toBeGreaterThanOrEqual(
          wayFrom + remoteJoinBehaviour.lateExtraMinutes[0],
        );
      } else {
        expect(visit.comeAfterMinutes).toBeGreaterThanOrEqual(wayFrom);
        expect(visit.comeAfterMinutes).toBeLessThanOrEqual(wayTo);
      }
      expect(visit.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    expect(new Set(remote.map((visit) => visit.phone)).size).toBe(remote.length);
  });
});
