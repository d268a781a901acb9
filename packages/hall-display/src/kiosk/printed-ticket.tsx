import { formatDateTime, formatWaitRange, type Locale, localizedName, translate } from '@onestop/shared';
import type { DeviceHall } from '../device/device-gate';
import { QrCode } from './qr-code';
import type { IssuedTicket } from './use-ticket-issuer';

/** Props of {@link PrintedTicket}. */
export interface PrintedTicketProps {
  issued: IssuedTicket;
  hall: Pick<DeviceHall, 'name' | 'nameEn' | 'timezone'>;
  locale: Locale;
  /** The phone page's address, printed as a QR code and in words. */
  phoneUrl: string;
}

/**
 * The ticket as it is printed on 80 mm receipt paper, and as the kiosk shows it meanwhile:
 * the hall, the number large, the service (and the rest of a one-stop route), the people
 * ahead, the wait range, the time and the QR code of the phone page.
 */
export function PrintedTicket({ issued, hall, locale, phoneUrl }: PrintedTicketProps) {
  const { ticket } = issued;
  const text = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values);
  return (
    <article className="printed-ticket" lang={locale} aria-labelledby="printed-ticket-number">
      <p className="printed-ticket-hall">{localizedName(hall, locale)}</p>
      <p className="printed-ticket-caption">{text('citizen.ticket.number')}</p>
      <p id="printed-ticket-number" className="printed-ticket-number figures">
        {ticket.number}
      </p>
      {ticket.priority === 'PRIORITY' ? (
        <p className="printed-ticket-priority">{text('citizen.ticket.priority')}</p>
      ) : null}
      <dl className="printed-ticket-facts">
        <dt>{text('citizen.ticket.service')}</dt>
        <dd className="printed-ticket-service">{localizedName(ticket.service, locale)}</dd>
        {ticket.route.length > 0 ? (
          <>
            <dt>{text('citizen.ticket.then')}</dt>
            <dd>{ticket.route.map((service) => localizedName(service, locale)).join(' → ')}</dd>
          </>
        ) : null}
        <dt>{text('citizen.ticket.expectedWait')}</dt>
        <dd>
          <span className="printed-ticket-ahead">
            {text('citizen.ticket.peopleAhead', { count: issued.peopleAhead })}
          </span>
          {' · '}
          <span className="printed-ticket-wait">{formatWaitRange(issued.estimate, locale)}</span>
        </dd>
        <dt>{text('citizen.ticket.issuedAt')}</dt>
        <dd>{formatDateTime(ticket.issuedAt, locale, hall.timezone)}</dd>
      </dl>
      <QrCode className="printed-ticket-qr" text={phoneUrl} label={text('citizen.ticket.scan')} />
      <p className="printed-ticket-scan">{text('citizen.ticket.scan')}</p>
      <p className="printed-ticket-url">{phoneUrl}</p>
      <p className="printed-ticket-note">{text('citizen.ticket.keep')}</p>
    </article>
  );
}
