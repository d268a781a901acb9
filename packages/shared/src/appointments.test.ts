import { describe, expect, it } from 'vitest';
import {
  appointmentSettingLimits,
  appointmentSettingsOf,
  defaultAppointmentSettings,
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
