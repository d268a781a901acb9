import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppointmentStatus, ErrorCode, isDay } from '@onestop/shared';
import { badInput, DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { requiredText } from '../../common/validation.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { Service } from '../services/service.entity.js';
import { Appointment } from './appointment.entity.js';
import { appointmentSettingsOfService } from './appointment-settings.service.js';
import type { AppointmentType } from './appointment.types.js';
import { appointmentView } from './appointment-view.js';
import { markMissedAppointments } from './missed-appointments.js';
import { freeCheckInCode, holdPhoneLimits, offeredSlot, takeSeat } from './booking-rules.js';

/**
 * What the holder of a manage code, and staff, do with a booking (docs/domain.md, "Appointments"):
 * cancel it or move it until its slot starts — a move is one step, the new slot taken or nothing
 * changed — and staff cancel with a reason and list a day's appointments.
 */

/** The booked appointment, locked for the change; INVALID_TRANSITION once it is no longer to come. */
async function bookedToChange(em: EntityManager, where: { manageCode: string } | { id: string }, now: Date) {
  const appointment = await em.findOne(Appointment, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!appointment) throw notFound();
  if (appointment.status !== AppointmentStatus.BOOKED || appointment.slotStart.getTime() <= now.getTime()) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, { status: appointment.status });
  }
  return appointment;
}

/** The citizen cancels by the manage code, until the slot starts. */
export async function cancelAppointment(
  em: EntityManager,
  manageCode: string,
  now: Date,
): Promise<Appointment> {
  return await em.transactional(async (transaction) => {
    const appointment = await bookedToChange(transaction, { manageCode }, now);
    appointment.status = AppointmentStatus.CANCELLED;
    appointment.cancelledAt = now;
    return appointment;
  });
}

/**
 * The citizen moves the booking to another slot of the same service, until it starts: the new slot
 * is checked and taken as a new booking's would be (the phone's own booking left out of its limits);
 * SLOT_FULL or a bad slot changes nothing. A move to another day takes a check-in code of that day.
 */
export async function rescheduleAppointment(
  em: EntityManager,
  manageCode: string,
  slotStart: Date,
  now: Date,
): Promise<Appointment> {
  return await em.transactional(async (transaction) => {
    const appointment = await bookedToChange(transaction, { manageCode }, now);
    if (appointment.slotStart.getTime() === slotStart.getTime()) return appointment;
    const service = await transaction.findOneOrFail(Service, appointment.service.id, { populate: ['hall'] });
    const settings = appointmentSettingsOfService(service);
    if (!settings.enabled || !service.active) throw badInput('slotStart', { kind: 'slotNotBookable' });
    const slot = await offeredSlot(transaction, service, settings, slotStart, now);
    await holdPhoneLimits(transaction, appointment.phone, service.id, slot.day, now, appointment.id);
    await takeSeat(transaction, service.id, slot.start, settings.capacityPerSlot);
    if (slot.day !== appointment.serviceDay) {
      appointment.checkInCode = await freeCheckInCode(transaction, service.hall.id, slot.day);
    }
    appointment.slotStart = slot.start;
    appointment.slotEnd = slot.end;
    appointment.serviceDay = slot.day;
    return appointment;
  });
}

/** Staff of the hall cancel a booking, with the reason they give (the caller asked, the hall closes…). */
export async function cancelAppointmentAsStaff(
  em: EntityManager,
  actor: Actor,
  appointmentId: string,
  reason: string,
  now: Date,
): Promise<Appointment> {
  // Staff only: a kiosk issues tickets but cancels no one's booking.
  requireRight(actor, 'operateCounter');
  const why = requiredText('reason', reason, 200);
  return await em.transactional(async (transaction) => {
    if (!isUuid(appointmentId)) throw notFound();
    const appointment = await bookedToChange(transaction, { id: appointmentId }, now);
    await requireHall(actor, appointment.hall.id, 'operateCounter');
    appointment.status = AppointmentStatus.CANCELLED;
    appointment.cancelledAt = now;
    appointment.cancelReason = why;
    return appointment;
  });
}

/** The booking a manage code names, for its holder (past its check-in window: MISSED). */
export async function findAppointmentByManageCode(
  em: EntityManager,
  manageCode: string,
  now: Date,
): Promise<AppointmentType | null> {
  const appointment = await em.findOne(Appointment, { manageCode });
  if (!appointment) return null;
  if (await markMissedAppointments(em, { appointmentId: appointment.id }, now)) await em.refresh(appointment);
  return appointmentView(appointment);
}

/** A hall's appointments of a day for its staff, by slot, optionally of one service or status. */
export async function appointmentsOfDay(
  em: EntityManager,
  actor: Actor,
  filter: { hallId: string; date: string; serviceId?: string | null; status?: AppointmentStatus | null },
  now: Date,
): Promise<Appointment[]> {
  requireRight(actor, 'readQueue');
  if (!isDay(filter.date)) throw badInput('date', { kind: 'dateFormat' });
  if (!isUuid(filter.hallId)) throw notFound();
  await requireHall(actor, filter.hallId, 'readQueue');
  if (filter.serviceId != null && !isUuid(filter.serviceId)) throw badInput('serviceId', { kind: 'unknown' });
  await markMissedAppointments(em, { hallIds: [filter.hallId] }, now);
  return await em.find(
    Appointment,
    {
      hall: filter.hallId,
      serviceDay: filter.date,
      ...(filter.serviceId == null ? {} : { service: filter.serviceId }),
      ...(filter.status == null ? {} : { status: filter.status }),
    },
    { orderBy: { slotStart: 'asc', createdAt: 'asc' } },
  );
}
