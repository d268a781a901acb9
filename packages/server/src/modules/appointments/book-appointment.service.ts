import { randomBytes, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AppointmentStatus,
  ErrorCode,
  isMobilePhone,
  maxActiveBookingsPerPhone,
  seatHoldingStatuses,
  serviceDayOf,
  slotBookableAt,
  slotsOnDate,
} from '@onestop/shared';
import { badInput, DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { optionalText } from '../../common/validation.js';
import { runSql, sql } from '../../db/sql.js';
import { requireHall, type Actor } from '../auth/access.js';
import { calendarRulesAround } from '../calendar/calendar.service.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Appointment } from './appointment.entity.js';
import { appointmentSettingsOfService } from './appointment-settings.service.js';

/** What a booking asks for (`BookAppointmentInput`). */
export interface BookingRequest {
  hallId: string;
  serviceId: string;
  slotStart: Date;
  phone: string;
  name?: string | null;
  idempotencyKey?: string | null;
}

/** A booking made (or found again by its idempotency key), with the citizen's secret. */
export interface Booking {
  appointment: Appointment;
  manageCode: string;
}

/**
 * Books a slot (docs/domain.md, "Appointments"): anyone without a login, or staff of the hall for a
 * caller (电话预约). One transaction, under advisory locks taken always in the same order — the
 * idempotency key, the phone number, the slot — so that exactly `capacityPerSlot` bookings fit a
 * slot and a phone's limits hold however many requests race; a refusal writes nothing.
 */
export async function bookAppointment(
  em: EntityManager,
  actor: Actor,
  request: BookingRequest,
  now: Date,
): Promise<Booking> {
  const phone = request.phone.trim();
  if (!isMobilePhone(phone)) throw badInput('phone', { kind: 'phoneFormat' });
  const name = optionalText('name', request.name, 50);
  const idempotencyKey = optionalText('idempotencyKey', request.idempotencyKey, 100);
  const principal = actor.principal;
  // Staff book for callers of their halls; a device books nothing; anyone else books as a citizen.
  if (principal?.kind === 'device') throw new DomainError(ErrorCode.FORBIDDEN);
  if (principal) await requireHall(actor, request.hallId, 'issueTicket');

  return await em.transactional(async (transaction) => {
    const service =
      isUuid(request.serviceId) && isUuid(request.hallId)
        ? await transaction.findOne(
            Service,
            { id: request.serviceId, hall: request.hallId },
            { populate: ['hall'] },
          )
        : null;
    if (!service || !service.active || !service.hall.getEntity().active) throw notFound();
    const settings = appointmentSettingsOfService(service);
    if (!settings.enabled) throw badInput('serviceId', { kind: 'notAllowed' });

    if (idempotencyKey) {
      await advisoryLock(transaction, `appointment-key:${request.hallId}:${idempotencyKey}`);
      const earlier = await transaction.findOne(Appointment, { hall: request.hallId, idempotencyKey });
      if (earlier) return { appointment: earlier, manageCode: earlier.manageCode };
    }

    const rules = await calendarRulesAround(transaction, { id: request.hallId }, service, now);
    const day = serviceDayOf(request.slotStart, rules.timeZone);
    const slot = slotsOnDate(rules, day, settings.slotMinutes).find(
      (candidate) => candidate.start.getTime() === request.slotStart.getTime(),
    );
    if (!slot) throw badInput('slotStart', { kind: 'slotNotOffered' });
    if (!slotBookableAt(slot.start, now, settings, rules.timeZone)) {
      throw badInput('slotStart', { kind: 'slotNotBookable' });
    }

    await advisoryLock(transaction, `appointment-phone:${phone}`);
    const [held] = await runSql<{ active: number; same_day: number }>(
      transaction,
      sql`SELECT count(*)::int AS active,
            count(*) FILTER (WHERE service_id = ${service.id}::uuid AND service_day = ${day}::date)::int AS same_day
          FROM appointment
          WHERE phone = ${phone} AND status = ${AppointmentStatus.BOOKED} AND slot_end > ${now}::timestamptz`,
    );
    if ((held?.same_day ?? 0) > 0) {
      throw new DomainError(ErrorCode.QUOTA_REACHED, { quota: 'onePerServiceAndDay' });
    }
    if ((held?.active ?? 0) >= maxActiveBookingsPerPhone) {
      throw new DomainError(ErrorCode.QUOTA_REACHED, { quota: 'activeBookings' });
    }

    await advisoryLock(transaction, `appointment-slot:${service.id}:${slot.start.toISOString()}`);
    const [seats] = await runSql<{ taken: number }>(
      transaction,
      sql`SELECT count(*)::int AS taken FROM appointment
          WHERE service_id = ${service.id}::uuid AND slot_start = ${slot.start}::timestamptz
            AND status = ANY(${seatHoldingStatuses}::text[])`,
    );
    if ((seats?.taken ?? 0) >= settings.capacityPerSlot) throw new DomainError(ErrorCode.SLOT_FULL);

    const appointment = transaction.create(Appointment, {
      hall: request.hallId,
      service,
      slotStart: slot.start,
      slotEnd: slot.end,
      serviceDay: day,
      checkInCode: await freeCheckInCode(transaction, request.hallId, day),
      // 144 random bits, URL-safe, like a ticket's accessCode: the manage link /b/:manageCode.
      manageCode: randomBytes(18).toString('base64url'),
      phone,
      name,
      idempotencyKey,
      bookedBy: principal?.kind === 'staff' ? transaction.getReference(Staff, principal.staffId) : null,
      createdAt: now,
    });
    await transaction.flush();
    return { appointment, manageCode: appointment.manageCode };
  });
}

async function advisoryLock(em: EntityManager, key: string): Promise<void> {
  await runSql(em, sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);
}

/**
 * A six-digit check-in code no other appointment of the hall and day has. The unique constraint
 * stays the last guard; with a million codes and a day's bookings a retry is rare.
 */
async function freeCheckInCode(em: EntityManager, hallId: string, day: string): Promise<string> {
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
