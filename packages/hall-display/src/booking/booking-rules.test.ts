import { describe, expect, it } from 'vitest';
import { bookingDays, bookingRefusalOf, remoteJoinRefusalOf } from './booking-rules';

const refusal = (extensions: Record<string, unknown>) => ({
  graphQLErrors: [{ message: String(extensions['code']), extensions }],
});

describe('bookingDays', () => {
  it.each([
    // 23:30 UTC is already the next day in Shanghai.
    { now: '2026-12-06T23:30:00Z', horizon: 2, days: ['2026-12-07', '2026-12-08', '2026-12-09'] },
    { now: '2026-12-31T04:00:00Z', horizon: 1, days: ['2026-12-31', '2027-01-01'] },
    { now: '2026-12-07T04:00:00Z', horizon: 0, days: ['2026-12-07'] },
  ])('from the hall’s today to the horizon: $now +$horizon', ({ now, horizon, days }) => {
    expect(bookingDays(new Date(now), 'Asia/Shanghai', horizon)).toEqual(days);
  });
});

describe('bookingRefusalOf', () => {
  it.each([
    { extensions: { code: 'SLOT_FULL' }, kind: 'slotTaken' },
    { extensions: { code: 'BAD_USER_INPUT', field: 'slotStart' }, kind: 'slotGone' },
    { extensions: { code: 'BAD_USER_INPUT', field: 'phone' }, kind: 'phone' },
    { extensions: { code: 'BAD_USER_INPUT', field: 'name' }, kind: 'other' },
    { extensions: { code: 'QUOTA_REACHED' }, kind: 'other' },
    { extensions: { code: 'RATE_LIMITED' }, kind: 'other' },
  ])('$extensions.code $extensions.field is $kind', ({ extensions, kind }) => {
    expect(bookingRefusalOf(refusal(extensions)).kind).toBe(kind);
  });

  it.each(['onePerServiceAndDay', 'activeBookings', 'missedAppointments'] as const)(
    'names the limit %s',
    (quota) => {
      expect(bookingRefusalOf(refusal({ code: 'QUOTA_REACHED', quota }))).toEqual({ kind: 'quota', quota });
    },
  );
});

describe('remoteJoinRefusalOf', () => {
  it.each([
    { extensions: { code: 'QUOTA_REACHED', quota: 'remotePerPhone' }, kind: 'quota' },
    { extensions: { code: 'QUOTA_REACHED', quota: 'remoteWaiting' }, kind: 'quota' },
    // A booking's limit or none at all is not one of remote join's: explained from its code.
    { extensions: { code: 'QUOTA_REACHED', quota: 'activeBookings' }, kind: 'other' },
    { extensions: { code: 'QUOTA_REACHED' }, kind: 'other' },
    { extensions: { code: 'SERVICE_CLOSED', opensAt: '2026-12-08T01:00:00.000Z' }, kind: 'serviceClosed' },
    { extensions: { code: 'BAD_USER_INPUT', field: 'phone' }, kind: 'phone' },
    { extensions: { code: 'BAD_USER_INPUT', field: 'serviceId' }, kind: 'other' },
    { extensions: { code: 'RATE_LIMITED' }, kind: 'other' },
  ])('$extensions.code $extensions.quota$extensions.field is $kind', ({ extensions, kind }) => {
    expect(remoteJoinRefusalOf(refusal(extensions)).kind).toBe(kind);
  });

  it('keeps the limit a remote-join refusal names, and a booking never takes it for its own', () => {
    const perPhone = refusal({ code: 'QUOTA_REACHED', quota: 'remotePerPhone' });
    expect(remoteJoinRefusalOf(perPhone)).toEqual({ kind: 'quota', quota: 'remotePerPhone' });
    expect(bookingRefusalOf(perPhone).kind).toBe('other');
  });
});
