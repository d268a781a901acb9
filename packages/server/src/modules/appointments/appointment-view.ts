import { maskPhone } from '@onestop/shared';
import type { Appointment } from './appointment.entity.js';
import { AppointmentType } from './appointment.types.js';

/** An appointment as every answer shows it: the phone number masked, never whole. */
export function appointmentView(appointment: Appointment): AppointmentType {
  return Object.assign(new AppointmentType(), {
    id: appointment.id,
    hallId: appointment.hall.id,
    serviceId: appointment.service.id,
    status: appointment.status,
    slotStart: appointment.slotStart,
    slotEnd: appointment.slotEnd,
    checkInCode: appointment.checkInCode,
    createdAt: appointment.createdAt,
    checkedInAt: appointment.checkedInAt,
    ticketId: appointment.ticket?.id ?? null,
    phoneMasked: maskPhone(appointment.phone),
    name: appointment.name,
  });
}
