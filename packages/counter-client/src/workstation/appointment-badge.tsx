import { formatClockTime, TicketChannel } from '@onestop/shared';
import { useLocale } from '../locale/locale';

/** What the badge reads of a ticket: its channel and the appointment its check-in issued it for. */
export interface AppointmentTicket {
  channel: string;
  appointment?: { slotStart: string } | null;
}

/**
 * Marks a ticket issued by an appointment's check-in (channel `APPOINTMENT`) with the time it was
 * booked for: the clerk sees why it is served at that time. The channel alone still marks it when
 * the appointment is not at hand.
 */
export function AppointmentBadge({ ticket, timeZone }: { ticket: AppointmentTicket; timeZone: string }) {
  const { text } = useLocale();
  if (ticket.channel !== TicketChannel.APPOINTMENT) return null;
  const slotStart = ticket.appointment?.slotStart;
  return (
    <span className="appointment-badge" data-appointment-badge>
      {slotStart
        ? text('workstation.appointments.bookedFor', { time: formatClockTime(new Date(slotStart), timeZone) })
        : text('workstation.appointments.badge')}
    </span>
  );
}
