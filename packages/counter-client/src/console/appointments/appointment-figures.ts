import { AppointmentStatus } from '@onestop/shared';

/** The statuses in the order the console counts and explains them. */
export const appointmentStatuses = [
  AppointmentStatus.BOOKED,
  AppointmentStatus.CHECKED_IN,
  AppointmentStatus.MISSED,
  AppointmentStatus.CANCELLED,
] as const;

/** How many appointments are in each status. */
export type AppointmentCounts = Record<AppointmentStatus, number>;

/** The appointments counted by status; every status present, at zero when none. */
export function appointmentCounts(appointments: readonly { status: string }[]): AppointmentCounts {
  const counts = Object.fromEntries(appointmentStatuses.map((status) => [status, 0])) as AppointmentCounts;
  for (const appointment of appointments) {
    if (appointment.status in counts) counts[appointment.status as AppointmentStatus] += 1;
  }
  return counts;
}

/** The appointments of one slot (by its start), in the order they were listed. */
export interface SlotGroup<Appointment> {
  slotStart: string;
  slotEnd: string;
  appointments: Appointment[];
}

/**
 * The day's appointments grouped by slot, earliest first: a manager reads the day as the hall will
 * live it. Slots of several services that start together share a group.
 */
export function groupBySlot<Appointment extends { slotStart: string; slotEnd: string }>(
  appointments: readonly Appointment[],
): SlotGroup<Appointment>[] {
  const groups = new Map<number, SlotGroup<Appointment>>();
  for (const appointment of appointments) {
    const start = Date.parse(appointment.slotStart);
    const group = groups.get(start);
    if (group) {
      group.appointments.push(appointment);
      // Services with different slot lengths may start together: the group ends with the longest.
      if (Date.parse(appointment.slotEnd) > Date.parse(group.slotEnd)) group.slotEnd = appointment.slotEnd;
    } else {
      groups.set(start, {
        slotStart: appointment.slotStart,
        slotEnd: appointment.slotEnd,
        appointments: [appointment],
      });
    }
  }
  return [...groups.entries()].sort(([first], [second]) => first - second).map(([, group]) => group);
}
