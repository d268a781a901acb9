import { describe, expect, it } from 'vitest';
import {
  appointmentCodeOf,
  appointmentSettingLimits,
  appointmentSettingsOf,
  checkInStateAt,
  checkInWindowOf,
  defaultAppointmentSettings,
  isMobilePhone,
  maskPhone,
  onlineBookingClosedUntil,
  slotBookableAt,
  slotsOnDate,
  slotTimesOf,
} from './appointments.js';

describe('slotTimesOf', () => {
  const officeDay = [
    { opens: '09:00', closes: '12:00' },
    { opens: '13:30', closes: '17:30' },
  ];

  it.each([
    [
      'whole slots from each opening, none across the lunch break',
      officeDay,
      90,
      ['09:00–10:30', '10:30–12:00', '13:30–15:00', '15:00–16:30'],
    ],
    [
      'a remainder shorter than a slot makes none',
      [{ opens: '09:00', closes: '10:10' }],
      30,
      ['09:00–09:30', '09:30–10:00'],
    ],
    [
      'a period that opens off the hour counts from its opening',
      [{ opens: '08:45', closes: '09:45' }],
      20,
      ['08:45–09:05', '09:05–09:25', '09:25–09:45'],
    ],
    [
      'a day open until midnight ends its last slot at 24:00',
      [{ opens: '23:00', closes: '24:00' }],
      30,
      ['23:00–23:30', '23:30–24:00'],
    ],
    ['a closed day has no slots', [], 30, []],
    ['a period shorter than a slot has none', [{ opens: '09:00', closes: '09:20' }], 30, []],
    ['a slot length that is not a positive whole number makes none', officeDay, 0, []],
  ])('%s', (_, periods, slotMinutes, expected) => {
    expect(slotTimesOf(periods, slotMinutes).map((slot) => `${slot.start}–${slot.end}`)).toEqual(expected);
  });

  it('counts 48 half-hour slots in a day open around the clock', () => {
    expect(slotTimesOf([{ opens: '00:00', closes: '24:00' }], 30)).toHaveLength(48);
  });
});

describe('appointmentSettingsOf', () => {
  it('is off with the defaults for a service that never set them', () => {
    expect(appointmentSettingsOf(null)).toEqual(defaultAppointmentSettings);
    expect(appointmentSettingsOf({}).enabled).toBe(false);
  });

  it('keeps what was set and completes the rest with the defaults', () => {
    expect(appointmentSettingsOf({ enabled: true, slotMinutes: 15 })).toEqual({
      ...defaultAppointmentSettings,
      enabled: true,
      slotMinutes: 15,
    });
  });

  it('has defaults within their own limits', () => {
    for (const [setting, { min, max }] of Object.entries(appointmentSettingLimits)) {
      const value = defaultAppointmentSettings[setting as keyof typeof appointmentSettingLimits];
      expect(value, setting).toBeGreaterThanOrEqual(min);
      expect(value, setting).toBeLessThanOrEqual(max);
    }
  });
});

describe('phone numbers', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
    ['1381234567a', false],
    [' 13812345678', false],
  ])('%s is a mainland mobile number: %s', (phone, expected) => {
    expect(isMobilePhone(phone)).toBe(expected);
  });

  it('hides the middle four digits, and all of anything else', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('****');
  });
});

describe('slotsOnDate and slotBookableAt', () => {
  const rules = {
    timeZone: 'Asia/Shanghai',
    hallHours: [1, 2, 3, 4, 5].map((weekday) => ({
      weekday,
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '13:30', closes: '17:30' },
      ],
    })),
    exceptions: [{ date: '2026-12-08', periods: [{ opens: '09:00', closes: '10:00' }], note: null }],
  };

  it('makes the slots of a date on the hall clock, by its hours and exceptions', () => {
    const monday = slotsOnDate(rules, '2026-12-07', 60);
    expect(monday).toHaveLength(7);
    expect(monday[0]!.start.toISOString()).toBe('2026-12-07T01:00:00.000Z');
    expect(monday[3]!.start.toISOString()).toBe('2026-12-07T05:30:00.000Z');
    expect(slotsOnDate(rules, '2026-12-08', 30).map((slot) => slot.end.toISOString())).toEqual([
      '2026-12-08T01:30:00.000Z',
      '2026-12-08T02:00:00.000Z',
    ]);
    // Sunday: closed.
    expect(slotsOnDate(rules, '2026-12-06', 30)).toEqual([]);
  });

  it.each([
    ['a slot in two hours, an hour’s lead', '2026-12-07T03:00:00Z', true],
    ['a slot starting within the lead', '2026-12-07T01:30:00Z', false],
    ['a slot already begun', '2026-12-07T00:30:00Z', false],
    ['a slot on the last day of the horizon', '2026-12-14T01:00:00Z', true],
    ['a slot a day past the horizon', '2026-12-15T01:00:00Z', false],
  ])('%s: bookable %s', (_, start, expected) => {
    // Monday 7 December 2026, 09:00 in Shanghai.
    const now = new Date('2026-12-07T01:00:00Z');
    expect(slotBookableAt(new Date(start), now, { horizonDays: 7, leadMinutes: 60 }, 'Asia/Shanghai')).toBe(
      expected,
    );
  });
});

describe('checkInWindowOf and checkInStateAt', () => {
  const slotStart = new Date('2026-12-01T02:00:00Z');
  const window = checkInWindowOf(slotStart, { earlyCheckInMinutes: 30, lateCheckInMinutes: 15 });

  it('opens the early minutes before the slot and closes the late minutes after it', () => {
    expect(window.opensAt.toISOString()).toBe('2026-12-01T01:30:00.000Z');
    expect(window.closesAt.toISOString()).toBe('2026-12-01T02:15:00.000Z');
  });

  it('is early before it opens, open at both ends, missed a moment after it closes', () => {
    expect(checkInStateAt(window, new Date('2026-12-01T01:29:59.999Z'))).toBe('early');
    expect(checkInStateAt(window, window.opensAt)).toBe('open');
    expect(checkInStateAt(window, window.closesAt)).toBe('open');
    expect(checkInStateAt(window, new Date('2026-12-01T02:15:00.001Z'))).toBe('missed');
  });
});

describe('onlineBookingClosedUntil', () => {
  const day = (date: string): Date => new Date(`${date}T02:00:00Z`);

  it('stays open with two misses, however recent', () => {
    expect(onlineBookingClosedUntil([day('2026-11-01'), day('2026-11-02')], day('2026-11-03'))).toBeNull();
  });

  it('closes for 30 days after the third miss within 90 days, in any order given', () => {
    const misses = [day('2026-11-20'), day('2026-09-01'), day('2026-10-15')];
    expect(onlineBookingClosedUntil(misses, day('2026-11-21'))?.toISOString()).toBe(
      '2026-12-20T02:00:00.000Z',
    );
    expect(onlineBookingClosedUntil(misses, day('2026-12-20'))).toBeNull();
  });

  it('does not count three misses spread over more than 90 days', () => {
    const misses = [day('2026-08-01'), day('2026-10-15'), day('2026-11-20')];
    expect(onlineBookingClosedUntil(misses, day('2026-11-21'))).toBeNull();
  });

  it('takes the latest ban when several overlap', () => {
    const misses = [day('2026-11-01'), day('2026-11-02'), day('2026-11-03'), day('2026-11-10')];
    expect(onlineBookingClosedUntil(misses, day('2026-11-11'))?.toISOString()).toBe(
      '2026-12-10T02:00:00.000Z',
    );
  });
});

describe('appointmentCodeOf', () => {
  it('keeps a typed code, trimmed', () => {
    expect(appointmentCodeOf(' 042917 \n')).toBe('042917');
  });

  it('takes the manage code out of a scanned manage link', () => {
    expect(appointmentCodeOf('https://hall.example.cn/b/AbC-d_e12')).toBe('AbC-d_e12');
    expect(appointmentCodeOf('http://127.0.0.1:4000/b/AbC-d_e12/?from=qr#top')).toBe('AbC-d_e12');
    expect(appointmentCodeOf('/b/xyz')).toBe('xyz');
  });
});
