import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type AppointmentSettings,
  AppointmentStatus,
  ErrorCode,
  maxActiveBookingsPerPhone,
  missedAppointmentsRule,
  onlineBookingClosedUntil,
  seatHoldingStatuses,
  serviceDayOf,
  slotBookableAt,
  slotsOnDate,
} from '@onestop/shared';
import { badInput, DomainError } from '../../common/domain-error.js';
import { runSql, sql } from '../../db/sql.js';
import { calendarRulesAround } from '../calendar/calendar.service.js';
import type { Service } from '../services/service.entity.js';
import { markMissedAppointments } from './missed-appointments.js';

// The checks a booking and a move share (docs/domain.md, "Appointments"). Each takes the advisory
// lock of what it counts before counting, inside the caller's transaction; callers take them in
// one order — idempotency key, phone, slot — so that two bookings never wait on each other in a circle.

/** Waits for the transaction-scoped lock named `key`. */
export async function advisoryLock(em: EntityManager, key: string): Promise<void> {
  await runSql(em, sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);
}

/** A slot the service offers, with its day on the hall's clock. */
export interface OfferedSlot {
  start: Date;
  end: Date;
  day: string;
}

/**
 * The service's slot starting at `start`, bookable at `now`: BAD_USER_INPUT on `slotStart` when it
 * is no slot of its day, or one that can no longer (or not yet) be booked.
 */
export async function offeredSlot(
  em: EntityManager,
  service: Service,
  settings: AppointmentSettings,
  start: Date,
  now: Date,
): Promise<OfferedSlot> {
  const rules = await calendarRulesAround(em, { id: service.hall.id }, service, now);
  const day = serviceDayOf(start, rules.timeZone);
  const slot = slotsOnDate(rules, day, settings.slotMinutes).find(
    (candidate) => candidate.start.getTime() === start.getTime(),
  );
  if (!slot) throw badInput('slotStart', { kind: 'slotNotOffered' });
  if (!slotBookableAt(slot.start, now, settings, rules.timeZone)) {
    throw badInput('slotStart', { kind: 'slotNotBookable' });
  }
  return { ...slot, day };
}

/**
 * A phone's limits, under its lock: one active booking per service and day, and at most
 * {@link maxActiveBookingsPerPhone} active ones; QUOTA_REACHED naming the limit otherwise. A move
 * leaves its own appointment out (`movingId`).
 */
export async function holdPhoneLimits(
  em: EntityManager,
  phone: string,
  serviceId: string,
  day: string,
  now: Date,
  movingId: string | null = null,
): Promise<void> {
  await advisoryLock(em, `appointment-phone:${phone}`);
  const [held] = await runSql<{ active: number; same_day: number }>(
    em,
    sql`SELECT count(*)::int AS active,
          count(*) FILTER (WHERE service_id = ${serviceId}::uuid AND service_day = ${day}::date)::int AS same_day
        FROM appointment
        WHERE phone = ${phone} AND status = ${AppointmentStatus.BOOKED} AND slot_end > ${now}::timestamptz
          AND id IS DISTINCT FROM ${movingId}::uuid`,
  );
  if ((held?.same_day ?? 0) > 0)
    throw new DomainError(ErrorCode.QUOTA_REACHED, { quota: 'onePerServiceAndDay' });
  // A move keeps the count of active bookings as it was: only a new one can pass the limit.
  if (movingId === null && (held?.active ?? 0) >= maxActiveBookingsPerPhone) {
    throw new DomainError(ErrorCode.QUOTA_REACHED, { quota: 'activeBookings' });
  }
}

/**
 * A phone that missed too many appointments books no more online for a while
 * (shared `onlineBookingClosedUntil`): QUOTA_REACHED `missedAppointments`. Under the phone's lock
 * ({@link holdPhoneLimits} takes it first); staff booking for a caller skip this rule.
 */
export async function holdMissedAppointmentsRule(em: EntityManager, phone: string, now: Date): Promise<void> {
  await markMissedAppointments(em, { phone }, now);
  const { withinDays, closedDays } = missedAppointmentsRule;
  const missed = await runSql<{ slot_start: Date }>(
    em,
    sql`SELECT slot_start FROM appointment
        WHERE phone = ${phone} AND status = ${AppointmentStatus.MISSED}
          AND slot_start > ${now}::timestamptz - make_interval(days => ${withinDays + closedDays}::int)`,
  );
  const closedUntil = onlineBookingClosedUntil(
    missed.map((row) => new Date(row.slot_start)),
    now,
  );
  if (closedUntil) throw new DomainError(ErrorCode.QUOTA_REACHED, { quota: 'missedAppointments' });
}

/** A seat of the slot, under the slot's lock: SLOT_FULL when `capacity` appointments hold one already. */
export async function takeSeat(
  em: EntityManager,
  serviceId: string,
  start: Date,
  capacity: number,
): Promise<void> {
  await advisoryLock(em, `appointment-slot:${serviceId}:${start.toISOString()}`);
  const [seats] = await runSql<{ taken: number }>(
    em,
    sql`SELECT count(*)::int AS taken FROM appointment
        WHERE service_id = ${serviceId}::uuid AND slot_start = ${start}::timestamptz
          AND status = ANY(${seatHoldingStatuses}::text[])`,
  );
  if ((seats?.taken ?? 0) >= capacity) throw new DomainError(ErrorCode.SLOT_FULL);
}

/**
 * A six-digit check-in code no other appointment of the hall and day has. The unique constraint
 * stays the last guard; with a million codes and a day's bookings a retry is rare.
 */
export async function freeCheckInCode(em: EntityManager, hallId: string, day: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const [taken] = await runSql<{ taken: boolean }>(
      em,
      sql`SELECT EXISTS (SELECT 1 FROM appointment WHERE hall_id = ${hallId}::uuid
            AND service_day = ${day}::date AND check_in_code = ${code}) AS taken`,
    );
    if (!taken?.taken) return code;
  }
  throw new Error('no free check-in code after 20 attempts');
}
