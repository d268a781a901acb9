import { formatDuration, localizedName } from '@onestop/shared';
import { useLocale } from '../locale/locale';
import { AppointmentBadge } from './appointment-badge';
import { secondsBetween } from './names';
import type { WorkstationOperation } from './operations';
import { awaitsCheckIn, RemoteBadge } from './remote-badge';
import type { DeskTicket } from './use-counter-desk';

/** A served service with its waiting count. */
export interface ServedService {
  id: string;
  name: string;
  nameEn?: string | null;
  prefix: string;
  waitingCount: number;
  rank: number;
}

/** Props of {@link QueuePanel}. */
export interface QueuePanelProps {
  nextTickets: readonly DeskTicket[] | null;
  services: readonly ServedService[];
  parked: readonly DeskTicket[];
  now: number;
  /** The hall's time zone, for an appointment's booked time. */
  timeZone: string;
  legal: ReadonlySet<WorkstationOperation>;
  pending: WorkstationOperation | null;
  onCallTicket: (ticketId: string) => void;
  onResumeParked: (ticketId: string) => void;
}

/** How many lines of the next tickets fit beside the current ticket on a 768-pixel screen. */
const shownNext = 8;

/** The live queue: who this counter calls next, the waiting per served service, the parked tickets. */
export function QueuePanel({
  nextTickets,
  services,
  parked,
  now,
  timeZone,
  legal,
  pending,
  onCallTicket,
  onResumeParked,
}: QueuePanelProps) {
  const { locale, text } = useLocale();
  // The live list stops at 20; the per-service counts know how many wait in all.
  const waitingInAll = Math.max(
    nextTickets?.length ?? 0,
    services.reduce((sum, service) => sum + service.waitingCount, 0),
  );
  return (
    <section className="desk-panel queue-panel" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{text('workstation.queue.title')}</h2>
      <ul className="waiting-counts" aria-label={text('workstation.queue.waitingPerService')}>
        {services.map((service) => (
          <li key={service.id}>
            <span className="prefix">{service.prefix}</span> {localizedName(service, locale)}
            <strong data-waiting-count={service.prefix}>{service.waitingCount}</strong>
          </li>
        ))}
      </ul>
      {nextTickets === null ? (
        <p className="loading">{text('common.loading')}</p>
      ) : nextTickets.length === 0 ? (
        <p className="empty">{text('workstation.queue.empty')}</p>
      ) : (
        <ol className="next-tickets">
          {nextTickets.slice(0, shownNext).map((ticket) => (
            <li key={ticket.id}>
              <span className="desk-number">{ticket.number}</span>
              <span className="next-service">{localizedName(ticket.service, locale)}</span>
              {ticket.priority === 'PRIORITY' ? (
                <span className="priority-badge">{text('workstation.priority')}</span>
              ) : null}
              <AppointmentBadge ticket={ticket} timeZone={timeZone} />
              <RemoteBadge ticket={ticket} />
              <span className="next-wait">
                {formatDuration(secondsBetween(ticket.queuedAt, now) ?? 0, locale)}
              </span>
              <button
                type="button"
                className="button desk-button-small"
                // The server refuses to call a remote ticket before its check-in: say so instead.
                disabled={!legal.has('callTicket') || pending !== null || awaitsCheckIn(ticket)}
                title={awaitsCheckIn(ticket) ? text('workstation.remote.notCallable') : undefined}
                onClick={() => onCallTicket(ticket.id)}
                // Its name starts with the words it shows (WCAG 2.5.3), then says which ticket.
                aria-label={`${text('workstation.queue.call')} ${ticket.number}`}
              >
                {text('workstation.queue.call')}
              </button>
            </li>
          ))}
          {waitingInAll > shownNext ? (
            <li className="more">{text('workstation.queue.more', { count: waitingInAll - shownNext })}</li>
          ) : null}
        </ol>
      )}
      <h3>{text('workstation.parked.title')}</h3>
      {parked.length === 0 ? (
        <p className="empty">{text('workstation.parked.none')}</p>
      ) : (
        <ul className="parked-tickets">
          {parked.map((ticket) => (
            <li key={ticket.id}>
              <span className="desk-number">{ticket.number}</span>
              <span className="next-service">{localizedName(ticket.service, locale)}</span>
              <RemoteBadge ticket={ticket} />
              <button
                type="button"
                className="button desk-button-small"
                disabled={!legal.has('resumeParked') || pending !== null}
                onClick={() => onResumeParked(ticket.id)}
                aria-label={text('workstation.parked.resumeThis', { number: ticket.number })}
              >
                {text('workstation.parked.resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
