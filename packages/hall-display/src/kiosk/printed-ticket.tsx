import {
  formatClockTime,
  formatDateTime,
  formatWaitRangeIn,
  isVerticalLanguage,
  type LocalizedText,
  type Locale,
  nameIn,
  type PublicLanguage,
  shownLanguages,
  translatePublic,
  type UiMessageKey,
} from '@onestop/shared';
import { LocalizedName, Multilingual, MultilingualText, PublicLanguages } from '../components/multilingual';
import type { DeviceHall } from '../device/device-gate';
import { QrCode } from '../components/qr-code';
import { BookingQr } from './booking-qr';
import type { IssuedTicket } from './use-ticket-issuer';

/** How each language joins a label to its value: `业务：社会保障`, `Service: …`, `ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ᠄ …`. */
const labelSeparators: Record<PublicLanguage, string> = { 'zh-CN': '：', en: ': ', 'mn-Mong': '᠄ ' };

/** One line of the ticket in one language: a catalogue label and its value (none: no line). */
function labelled(lang: PublicLanguage, label: UiMessageKey, value: string | null): string | null {
  return value === null ? null : `${translatePublic(lang, label)}${labelSeparators[lang]}${value}`;
}

/**
 * Names in one language, joined (`税务办理 → 户籍办理`). As with LocalizedName, a language none of
 * them has a name in gets no line (null; the zh-CN line is there); one missing among others falls
 * back to its zh-CN name, visibly.
 */
function namesText(names: readonly (readonly LocalizedText[])[], lang: PublicLanguage): string | null {
  const named = names.map((each) => nameIn(each, lang));
  if (lang !== 'zh-CN' && named.every((name) => name.fellBack)) return null;
  return named.map((name) => name.text).join(' → ');
}

/** Props of {@link PrintedTicket}. */
export interface PrintedTicketProps {
  issued: IssuedTicket;
  hall: Pick<DeviceHall, 'names' | 'languages' | 'timezone'>;
  /** The language the citizen chose at the kiosk: what a screen reader reads the QR code as. */
  locale: Locale;
  /** The phone page's address, printed as a QR code and in words. */
  phoneUrl: string;
  /** The hall's booking page, printed as a small QR code; null when the hall takes no appointments. */
  bookingUrl?: string | null;
}

/**
 * The ticket as it is printed on 80 mm receipt paper, and as the kiosk shows it meanwhile: the
 * hall, the number large, the service (and the rest of a one-stop route), the people ahead and
 * the wait range, the time and the QR code of the phone page; a checked-in appointment's ticket
 * says 预约 and its booked time, and while the hall takes appointments a small QR code leads to
 * its booking page. In every language of the hall,
 * whichever the citizen chose on the screen: the paper goes on to the counter and may be read by
 * anyone (Mongolian, where the hall shows it, in vertical columns on the left of each text).
 */
export function PrintedTicket({ issued, hall, locale, phoneUrl, bookingUrl = null }: PrintedTicketProps) {
  const { ticket } = issued;
  const bookedAt = ticket.appointment?.slotStart;
  const languages = shownLanguages(hall.languages);
  // Vertical columns need height: the ticket puts some texts side by side instead (kiosk.css).
  const withVertical = languages.some(isVerticalLanguage);
  // Figures are written once, as the hall's first horizontal language writes them.
  const figuresLocale: Locale = languages.find((lang) => !isVerticalLanguage(lang)) === 'en' ? 'en' : 'zh-CN';
  const waitText = (lang: PublicLanguage): string =>
    `${translatePublic(lang, 'citizen.ticket.peopleAhead', { count: issued.peopleAhead })} · ${formatWaitRangeIn(lang, issued.estimate)}`;
  return (
    <PublicLanguages languages={languages}>
      <article
        className={withVertical ? 'printed-ticket printed-ticket-with-vertical' : 'printed-ticket'}
        aria-labelledby="printed-ticket-number"
      >
        {/* Two parts, one under the other on paper, side by side on a landscape screen. */}
        <div className="printed-ticket-part">
          <p className="printed-ticket-hall">
            <LocalizedName names={hall.names} />
          </p>
          <div className="printed-ticket-head">
            <p className="printed-ticket-caption">
              <Multilingual messageKey="citizen.ticket.number" />
            </p>
            <p id="printed-ticket-number" className="printed-ticket-number figures">
              {ticket.number}
            </p>
            {ticket.priority === 'PRIORITY' ? (
              <p className="printed-ticket-priority">
                <Multilingual messageKey="citizen.ticket.priority" />
              </p>
            ) : null}
            {ticket.channel === 'APPOINTMENT' ? (
              <p className="printed-ticket-appointment">
                {bookedAt ? (
                  <Multilingual
                    messageKey="citizen.kiosk.appointment.markAt"
                    values={{ time: formatClockTime(Date.parse(bookedAt), hall.timezone) }}
                  />
                ) : (
                  <Multilingual messageKey="citizen.kiosk.appointment.mark" />
                )}
              </p>
            ) : null}
          </div>
          <ul className="printed-ticket-facts">
            <li className="printed-ticket-service">
              <MultilingualText
                text={(lang) =>
                  labelled(lang, 'citizen.ticket.service', namesText([ticket.service.names], lang))
                }
              />
            </li>
            {ticket.route.length > 0 ? (
              <li className="printed-ticket-route">
                <MultilingualText
                  text={(lang) =>
                    labelled(
                      lang,
                      'citizen.ticket.then',
                      namesText(
                        ticket.route.map((service) => service.names),
                        lang,
                      ),
                    )
                  }
                />
              </li>
            ) : null}
          </ul>
        </div>
        <div className="printed-ticket-part">
          <p className="printed-ticket-wait">
            <MultilingualText
              text={(lang) => labelled(lang, 'citizen.ticket.expectedWait', waitText(lang))}
            />
          </p>
          <p className="printed-ticket-issued">
            <Multilingual messageKey="citizen.ticket.issuedAt" />
            <span className="figures">{formatDateTime(ticket.issuedAt, figuresLocale, hall.timezone)}</span>
          </p>
          {/* The hall's booking page beside the ticket's own code: no longer paper for it. */}
          <div className="printed-ticket-codes">
            <div className="printed-ticket-phone">
              <QrCode
                className="printed-ticket-qr"
                text={phoneUrl}
                label={translatePublic(locale, 'citizen.ticket.scan')}
              />
              <p className="printed-ticket-scan">
                <Multilingual messageKey="citizen.ticket.scan" />
              </p>
            </div>
            {bookingUrl ? (
              <BookingQr className="printed-ticket-booking" bookingUrl={bookingUrl} locale={locale} />
            ) : null}
          </div>
          <p className="printed-ticket-url">{phoneUrl}</p>
          <p className="printed-ticket-note">
            <Multilingual messageKey="citizen.ticket.keep" />
          </p>
        </div>
      </article>
    </PublicLanguages>
  );
}
