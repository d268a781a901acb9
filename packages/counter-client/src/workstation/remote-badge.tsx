import { isRemoteTicket, type TicketChannel } from '@onestop/shared';
import { useLocale } from '../locale/locale';

/** What the badge reads of a ticket: its channel, and whether its citizen checked in at the hall. */
export interface RemoteTicket {
  channel: string;
  checkedIn: boolean;
}

/** A remote ticket whose citizen has not checked in yet: it keeps its place but cannot be called. */
export function awaitsCheckIn(ticket: RemoteTicket): boolean {
  return isRemoteTicket({ channel: ticket.channel as TicketChannel }) && !ticket.checkedIn;
}

/**
 * Marks a ticket taken from a phone (远程取号, channel `ONLINE`) and whether its citizen checked in
 * at the hall: the clerk sees why a ticket that waited from home is at the counter, and in the
 * hall's queue why one is passed over. Nothing for any other ticket.
 */
export function RemoteBadge({ ticket }: { ticket: RemoteTicket }) {
  const { text } = useLocale();
  if (!isRemoteTicket({ channel: ticket.channel as TicketChannel })) return null;
  return (
    <span className="remote-marks">
      <span className="remote-badge" data-remote-badge>
        {text('workstation.remote.badge')}
      </span>
      <span
        className={`check-in-state ${ticket.checkedIn ? 'checked-in' : 'not-checked-in'}`}
        data-checked-in={ticket.checkedIn}
      >
        {ticket.checkedIn ? text('workstation.remote.checkedIn') : text('workstation.remote.notCheckedIn')}
      </span>
    </span>
  );
}
