import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, isMobilePhone } from '@onestop/shared';
import { badInput, DomainError, notFound, unauthenticated } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { optionalText } from '../../common/validation.js';
import { requireHall, type Actor } from '../auth/access.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Appointment } from './appointment.entity.js';
import { appointmentSettingsOfService } from './appointment-settings.service.js';
import {
  advisoryLock,
  freeCheckInCode,
  holdMissedAppointmentsRule,
  holdPhoneLimits,
  offeredSlot,
  takeSeat,
} from './booking-rules.js';

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
  // A stale staff token is said so, not taken for a citizen's booking without one.
  if (actor.tokenRejected) throw unauthenticated();
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

    const slot = await offeredSlot(transaction, service, settings, request.slotStart, now);
    await holdPhoneLimits(transaction, phone, service.id, slot.day, now);
    // Staff booking for a caller may book for a phone that missed its appointments; online, not.
    if (!principal) await holdMissedAppointmentsRule(transaction, phone, now);
    await takeSeat(transaction, service.id, slot.start, settings.capacityPerSlot);

    const appointment = transaction.create(Appointment, {
      hall: request.hallId,
      service,
      slotStart: slot.start,
      slotEnd: slot.end,
      serviceDay: slot.day,
      checkInCode: await freeCheckInCode(transaction, request.hallId, slot.day),
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
