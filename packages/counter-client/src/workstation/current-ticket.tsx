import { formatDuration, localizedName, ticketStatusLabel } from '@onestop/shared';
import { useLocale } from '../locale/locale';
import { AppointmentBadge } from './appointment-badge';
import { currentTicketHeadingId } from './desk-focus';
import { RemoteBadge } from './remote-badge';
import { secondsBetween } from './names';
import type { DeskTicket } from './use-counter-desk';

/** Props of {@link CurrentTicket}. */
export interface CurrentTicketProps {
  ticket: DeskTicket | null;
  maxRecalls: number;
  /** The server's time now. */
  now: number;
  /** The hall's time zone, for an appointment's booked time. */
  timeZone: string;
}

/**
 * The ticket at the counter: number, service, priority, how it was taken (appointment, remote),
 * wait, recalls and the route still ahead.
 */
export function CurrentTicket({ ticket, maxRecalls, now, timeZone }: CurrentTicketProps) {
  const { locale, text } = useLocale();
  if (!ticket) {
    return (
      <section className="current-ticket current-ticket-empty" aria-labelledby={currentTicketHeadingId}>
        <h2 id={currentTicketHeadingId} tabIndex={-1}>
          {text('workstation.current.title')}
        </h2>
        <p className="current-none">{text('workstation.current.none')}</p>
      </section>
    );
  }
  const waited = secondsBetween(ticket.queuedAt, ticket.calledAt);
  const atCounter = secondsBetween(ticket.servingAt ?? ticket.calledAt, now);
  return (
    <section className="current-ticket" aria-labelledby={currentTicketHeadingId}>
      <h2 id={currentTicketHeadingId} tabIndex={-1}>
        {text('workstation.current.title')}
      </h2>
      <div className="current-head">
        <p className="desk-ticket-number" data-ticket-number>
          {ticket.number}
        </p>
        <div>
          <p className="current-service">{localizedName(ticket.service, locale)}</p>
          <p className={`ticket-status ticket-status-${ticket.status.toLowerCase()}`}>
            {ticketStatusLabel(ticket.status, locale)}
            {ticket.priority === 'PRIORITY' ? (
              <span className="priority-badge">{text('workstation.priority')}</span>
            ) : null}
            <AppointmentBadge ticket={ticket} timeZone={timeZone} />
            <RemoteBadge ticket={ticket} />
          </p>
        </div>
      </div>
      <dl className="ticket-facts">
        <div>
          <dt>{text('workstation.current.waited')}</dt>
          <dd>{waited === null ? '—' : formatDuration(waited, locale)}</dd>
        </div>
        <div>
          <dt>
            {ticket.status === 'SERVING'
              ? text('workstation.current.serving')
              : text('workstation.current.sinceCall')}
          </dt>
          <dd>{atCounter === null ? '—' : formatDuration(atCounter, locale)}</dd>
        </div>
        <div>
          <dt>{text('workstation.current.recalls')}</dt>
          <dd data-recall-count>
            {text('workstation.current.recallsOf', { count: ticket.recallCount, max: maxRecalls })}
          </dd>
        </div>
        <div className="route-fact">
          <dt>{text('workstation.current.route')}</dt>
          <dd>
            {ticket.route.length === 0 ? (
              text('workstation.current.routeNone')
            ) : (
              <ol className="desk-route">
                {ticket.route.map((service, index) => (
                  <li key={`${service.id}-${index}`}>
                    <span className="prefix">{service.prefix}</span> {localizedName(service, locale)}
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
