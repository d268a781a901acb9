import {
  appointmentCodeOf,
  choosableLanguages,
  earliestInstant,
  formatClockTime,
  formatOpeningTimeIn,
  isVerticalLanguage,
  type Locale,
  nameIn,
  type PriorityClass,
  type PublicLanguage,
  shownLanguages,
  translate,
  translatePublic,
} from '@onestop/shared';
import { describeClientError, errorCodeOf, opensAtOf, ServerClock } from '@onestop/shared/client';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LocalizedName, Multilingual, MultilingualText, PublicLanguages } from '../components/multilingual';
import { useDocumentLanguage } from '../components/document-language';
import type { DeviceHall } from '../device/device-gate';
import { useConnectionState, useHallFeed, useHeartbeat, useServerNow } from '../live/hooks';
import { type HallOpening, serviceOpeningOf, useHallOpening } from '../live/use-hall-opening';
import { CheckInRefusal, CodeEntry } from './appointment-check-in';
import { BookingQr, useKioskBooking } from './booking-qr';
import { useIdleTimeout } from './idle-timer';
import { IdleWarning } from './idle-warning';
import { kioskOptionsFrom } from './kiosk-options';
import { PrintedTicket } from './printed-ticket';
import { closedServiceText, type KioskService, ServicePicker } from './service-picker';
import { ticketAccessCodeOf } from './scanned-ticket';
import { TicketCheckInPanel } from './ticket-check-in';
import { useScannerInput } from './use-scanner-input';
import { useTicketCheckIn } from './use-ticket-check-in';
import { type IssuedTicket, useTicketIssuer } from './use-ticket-issuer';
import './kiosk.css';

/** Props of {@link KioskScreen}. */
export interface KioskScreenProps {
  hall: DeviceHall;
  /** The server refused the kiosk's token (revoked): back to setup. */
  onRefused: () => void;
  /** The server refused the kiosk's hall (deactivated): "not in service". */
  onOutOfService: () => void;
}

/** How long before going back to the start the kiosk warns, with one tap to keep it. */
const idleWarningMilliseconds = 10_000;

/** The address a ticket's QR code leads to: the citizen's phone page. */
function phoneUrlOf(accessCode: string, origin: string = window.location.origin): string {
  return `${origin}/t/${encodeURIComponent(accessCode)}`;
}

/**
 * The kiosk (自助取号): the hall's services with their queues, language, priority and a
 * one-stop route; then the ticket, printed, and back to the start `?resetAfter=` seconds after the
 * last touch (a warning the last 10 s, and one tap keeps it: useIdleTimeout).
 * A service that does not issue tickets now says when it opens instead of offering a button; when
 * none does, the start screen says the hall is closed and when tickets are issued again.
 *
 * A citizen with an appointment (预约) checks in instead: the code on a keypad, or the booking's
 * QR code held to the scanner, which works on the whole start screen; the ticket is printed like
 * any other. A remote ticket's phone page QR code (a `/t/<accessCode>` link) held to the scanner
 * checks that ticket in (远程取号签到): no paper, "checked in" and its number, then the start.
 * The start screen and the ticket carry a QR code of the hall's booking page while a service of
 * the hall takes appointments.
 *
 * The citizen picks one of the hall's zh-CN and en; its vertical languages (traditional
 * Mongolian) stay beside the chosen one on every text, first, whatever is picked
 * (shownLanguages in packages/shared). The printed ticket shows every language of the hall.
 */
export function KioskScreen({ hall, onRefused, onOutOfService }: KioskScreenProps) {
  const [searchParams] = useSearchParams();
  const [options] = useState(() => kioskOptionsFrom(searchParams));
  const [serverClock] = useState(() => new ServerClock());
  const [now, refreshNow] = useServerNow(serverClock);
  // Each board tells the server's time: the clock shows the hall's, not the kiosk's own.
  const board = useHallFeed({ hallId: hall.id, serverClock, onRefused, onOutOfService, onBoard: refreshNow });
  const { opening, refresh: refreshOpening } = useHallOpening({
    hallId: hall.id,
    serverClock,
    onOutOfService,
  });
  useHeartbeat(onRefused);
  const offline = useConnectionState() === 'reconnecting';
  const issuer = useTicketIssuer(hall.id);
  const ticketCheckIn = useTicketCheckIn();
  const booking = useKioskBooking(hall.id);

  const choices = useMemo(() => choosableLanguages(hall.languages), [hall.languages]);
  // The hall's first: a kiosk left alone goes back to it.
  const firstChoice: Locale = choices[0] ?? 'zh-CN';
  const [locale, setLocale] = useState<Locale>(firstChoice);
  const languages = useMemo(() => shownLanguages(hall.languages, locale), [hall.languages, locale]);
  // A screen reader reads the page in the chosen language (WCAG 3.1.1).
  useDocumentLanguage(locale);
  // Vertical columns need height where lines need width: the screen is laid out for them (kiosk.css).
  const withVertical = languages.some(isVerticalLanguage);
  const [priority, setPriority] = useState<PriorityClass>('NORMAL');
  const [oneStop, setOneStop] = useState(false);
  const [chosenRoute, setRoute] = useState<string[]>([]);
  // The appointment path: open (its code entry, then its answer) and what has been typed.
  const [checkingIn, setCheckingIn] = useState(false);
  const [entry, setEntry] = useState('');

  const { reset: resetIssuer, checkIn } = issuer;
  const { reset: resetTicketCheckIn, checkIn: checkTicketIn } = ticketCheckIn;
  // Back at the start the focus goes to its heading: the control that had it is gone (WCAG 2.4.3).
  const startHeading = useRef<HTMLHeadingElement>(null);
  const focusStartHeading = useRef(false);
  useEffect(() => {
    if (!focusStartHeading.current || !startHeading.current) return;
    focusStartHeading.current = false;
    startHeading.current.focus();
  });
  const backToServices = useCallback(() => {
    focusStartHeading.current = true;
    resetIssuer();
    resetTicketCheckIn();
    setCheckingIn(false);
    setEntry('');
  }, [resetIssuer, resetTicketCheckIn]);
  const startOver = useCallback(() => {
    backToServices();
    setLocale(firstChoice);
    setPriority('NORMAL');
    setOneStop(false);
    setRoute([]);
  }, [backToServices, firstChoice]);
  const checkInWith = useCallback(
    (typedOrScanned: string) => {
      // A scan after a refusal or another ticket starts afresh.
      resetIssuer();
      resetTicketCheckIn();
      setEntry('');
      // A remote ticket's phone page link; anything else is an appointment's code or link.
      const accessCode = ticketAccessCodeOf(typedOrScanned);
      if (accessCode !== null) {
        setCheckingIn(false);
        checkTicketIn(accessCode);
        return;
      }
      const code = appointmentCodeOf(typedOrScanned);
      if (code === '') return;
      setCheckingIn(true);
      checkIn(code);
    },
    [resetIssuer, resetTicketCheckIn, checkIn, checkTicketIn],
  );

  const services = useMemo<KioskService[]>(() => {
    const withOpening = <Service extends { id: string }>(service: Service) => {
      const state = serviceOpeningOf(opening, service.id);
      return { ...service, issuing: state?.openNow ?? true, opensAt: state?.opensAt ?? null };
    };
    if (board) {
      // The board lists exactly the active services, with their live queues.
      return board.queues.map((queue) =>
        withOpening({ ...queue.service, waiting: queue.waiting, estimate: queue.estimate }),
      );
    }
    return hall.services
      .filter((service) => service.active)
      .map((service) => withOpening({ ...service, waiting: null, estimate: null }));
  }, [board, hall.services, opening]);
  const issuing = (serviceId: string): boolean =>
    services.some((service) => service.id === serviceId && service.issuing);
  // A service that stopped issuing while on a route leaves it; its card says why.
  const route = chosenRoute.filter(issuing);
  const allClosed = services.length > 0 && services.every((service) => !service.issuing);

  const { state: issuerState } = issuer;
  useEffect(() => {
    if (issuerState.phase !== 'refused') return;
    const code = errorCodeOf(issuerState.error);
    // Refused at the closing minute: the start screen must show the service closed from now on.
    if (code === 'SERVICE_CLOSED') refreshOpening();
    else if (code === 'FORBIDDEN') onOutOfService();
  }, [issuerState, refreshOpening, onOutOfService]);

  const phase = issuer.state.phase;
  const ticketCheckInState = ticketCheckIn.state;
  const ticketPhase = ticketCheckInState.phase;
  const choicesMade = locale !== firstChoice || priority !== 'NORMAL' || oneStop || checkingIn;
  // A citizen who walked away leaves the next one a kiosk in the hall's first language, without
  // their choices; one still touching it keeps it (WCAG 2.2.1).
  const idle = useIdleTimeout({
    timeoutMs: options.resetAfterSeconds * 1000,
    warnMs: idleWarningMilliseconds,
    onTimeout: startOver,
    enabled:
      phase === 'issued' ||
      phase === 'refused' ||
      ticketPhase === 'checkedIn' ||
      ticketPhase === 'refused' ||
      (phase === 'idle' && ticketPhase === 'idle' && choicesMade),
  });
  // The screen's own countdown gives way to the warning's.
  const secondsLeft = idle.warning ? null : idle.secondsLeft;
  // A QR code held to the scanner (a booking's, a remote ticket's) checks in whatever the screen
  // shows, but while a ticket is being issued or checked in.
  useScannerInput(phase !== 'issuing' && ticketPhase !== 'checkingIn', checkInWith);

  const choose = (serviceId: string): void => {
    if (!issuing(serviceId)) return;
    if (!oneStop) {
      issuer.issue({ serviceId, route: [], priority });
      return;
    }
    setRoute((current) =>
      current.includes(serviceId) ? current.filter((id) => id !== serviceId) : [...current, serviceId],
    );
  };

  // Beside the service choice, open or closed, while a service of the hall takes appointments.
  const appointmentBar = booking.bookingUrl ? (
    <AppointmentBar bookingUrl={booking.bookingUrl} locale={locale} onCheckIn={() => setCheckingIn(true)} />
  ) : null;

  const serviceNames = (serviceId: string): KioskService['names'] =>
    services.find((candidate) => candidate.id === serviceId)?.names ?? [];

  return (
    <PublicLanguages languages={languages}>
      <div className={withVertical ? 'kiosk kiosk-with-vertical' : 'kiosk'} lang={locale}>
        <header className="kiosk-header">
          <LocalizedName as="h1" className="kiosk-hall" names={hall.names} />
          <p className="kiosk-clock figures">{formatClockTime(now, hall.timezone)}</p>
          {choices.length > 1 ? (
            <div
              className="kiosk-languages"
              role="group"
              aria-label={translate(locale, 'citizen.language.choose')}
            >
              {choices.map((option) => (
                // Each choice in its own language, so that a reader of it finds it.
                <button
                  key={option}
                  type="button"
                  lang={option}
                  className="kiosk-toggle"
                  aria-pressed={locale === option}
                  onClick={() => setLocale(option)}
                >
                  {translate(option, option === 'zh-CN' ? 'citizen.language.zh' : 'citizen.language.en')}
                </button>
              ))}
            </div>
          ) : null}
        </header>

        {offline ? (
          <p className="kiosk-notice kiosk-notice-error" role="status">
            <Multilingual messageKey="citizen.kiosk.offline" />
          </p>
        ) : null}

        <main className="kiosk-body">
          {ticketCheckInState.phase !== 'idle' ? (
            // A remote ticket's check-in takes the body; the issuer is idle meanwhile (checkInWith).
            <TicketCheckInPanel state={ticketCheckInState} secondsLeft={secondsLeft} onDone={startOver} />
          ) : null}

          {issuer.state.phase === 'idle' && ticketPhase === 'idle' && checkingIn ? (
            <CodeEntry
              entry={entry}
              onEntryChange={setEntry}
              onSubmit={checkInWith}
              onBack={backToServices}
              locale={locale}
            />
          ) : null}

          {issuer.state.phase === 'idle' && ticketPhase === 'idle' && !checkingIn && allClosed ? (
            <>
              <HallClosedNotice
                opening={opening}
                services={services}
                now={now}
                hall={hall}
                headingRef={startHeading}
              />
              {appointmentBar}
              <ServicePicker
                services={services}
                chosen={[]}
                disabled
                onChoose={choose}
                now={now}
                timeZone={hall.timezone}
              />
            </>
          ) : null}

          {issuer.state.phase === 'idle' && ticketPhase === 'idle' && !checkingIn && !allClosed ? (
            <>
              {appointmentBar}
              <h2 className="kiosk-title" ref={startHeading} tabIndex={-1}>
                <Multilingual messageKey="citizen.kiosk.chooseService" />
              </h2>
              <div className="kiosk-options">
                <button
                  type="button"
                  className="kiosk-option kiosk-option-priority"
                  aria-pressed={priority === 'PRIORITY'}
                  onClick={() => setPriority((current) => (current === 'PRIORITY' ? 'NORMAL' : 'PRIORITY'))}
                >
                  <span className="kiosk-option-mark" aria-hidden="true">
                    {priority === 'PRIORITY' ? '✓' : ''}
                  </span>
                  <span className="kiosk-option-text">
                    <Multilingual className="kiosk-option-name" messageKey="citizen.kiosk.priority" />
                    <Multilingual className="kiosk-option-hint" messageKey="citizen.kiosk.priorityHint" />
                  </span>
                </button>
                <button
                  type="button"
                  className="kiosk-option"
                  aria-pressed={oneStop}
                  onClick={() => {
                    setOneStop((current) => !current);
                    setRoute([]);
                  }}
                >
                  <span className="kiosk-option-mark" aria-hidden="true">
                    {oneStop ? '✓' : ''}
                  </span>
                  <span className="kiosk-option-text">
                    <Multilingual className="kiosk-option-name" messageKey="citizen.kiosk.oneStop" />
                    <Multilingual className="kiosk-option-hint" messageKey="citizen.kiosk.oneStopHint" />
                  </span>
                </button>
              </div>
              <ServicePicker
                services={services}
                chosen={oneStop ? route : []}
                disabled={false}
                onChoose={choose}
                now={now}
                timeZone={hall.timezone}
              />
              {oneStop ? (
                <section className="kiosk-route" aria-labelledby="kiosk-route-title">
                  <h2 id="kiosk-route-title">
                    <Multilingual messageKey="citizen.kiosk.route" />
                  </h2>
                  {route.length === 0 ? (
                    <p className="kiosk-route-empty">
                      <Multilingual messageKey="citizen.kiosk.routeEmpty" />
                    </p>
                  ) : (
                    <ol className="kiosk-route-list">
                      {route.map((serviceId) => (
                        <li key={serviceId}>
                          <LocalizedName names={serviceNames(serviceId)} />
                          <button
                            type="button"
                            className="kiosk-route-remove"
                            aria-label={translate(locale, 'citizen.kiosk.removeFromRoute', {
                              name: nameIn(serviceNames(serviceId), locale).text,
                            })}
                            onClick={() => setRoute((current) => current.filter((id) => id !== serviceId))}
                          >
                            ×
                          </button>
                        </li>
                      ))}
                    </ol>
                  )}
                  <button
                    type="button"
                    className="kiosk-take"
                    disabled={route.length === 0}
                    onClick={() => {
                      const [first, ...rest] = route;
                      if (first) issuer.issue({ serviceId: first, route: rest, priority });
                    }}
                  >
                    <Multilingual messageKey="citizen.kiosk.take" />
                  </button>
                </section>
              ) : null}
            </>
          ) : null}

          {issuer.state.phase === 'issuing' ? (
            <section className="kiosk-panel" role="status" aria-live="polite">
              <Multilingual as="p" className="kiosk-panel-title" messageKey="citizen.kiosk.issuing" />
              {issuer.state.attempt > 1 ? (
                <>
                  <p className="kiosk-notice kiosk-notice-error">
                    <Multilingual
                      messageKey="citizen.kiosk.retrying"
                      values={{ attempt: issuer.state.attempt }}
                    />
                  </p>
                  <p>
                    <Multilingual messageKey="citizen.kiosk.retryingHint" />
                  </p>
                  <button type="button" className="kiosk-secondary" onClick={startOver}>
                    <Multilingual messageKey="citizen.kiosk.giveUp" />
                  </button>
                </>
              ) : null}
            </section>
          ) : null}

          {issuer.state.phase === 'refused' && checkingIn ? (
            <CheckInRefusal
              error={issuer.state.error}
              now={now}
              timeZone={hall.timezone}
              onTryAgain={resetIssuer}
              onOrdinary={backToServices}
              onStart={startOver}
            />
          ) : null}

          {issuer.state.phase === 'refused' && !checkingIn ? (
            <RefusedView error={issuer.state.error} now={now} timeZone={hall.timezone} onBack={startOver} />
          ) : null}

          {issuer.state.phase === 'issued' ? (
            <IssuedView
              issued={issuer.state.issued}
              hall={hall}
              locale={locale}
              bookingUrl={booking.bookingUrl}
              print={options.print}
              secondsLeft={secondsLeft}
              onDone={startOver}
            />
          ) : null}
        </main>
        {idle.warning ? <IdleWarning secondsLeft={idle.secondsLeft} onExtend={idle.extend} /> : null}
      </div>
    </PublicLanguages>
  );
}

/**
 * What the kiosk says in one language when the server refused a ticket: for SERVICE_CLOSED (the
 * service stopped issuing at the very minute of the press) that it is closed and when it opens,
 * else the error. Error messages exist in zh-CN and en only (error-messages.ts): null in Mongolian.
 */
function refusalText(
  error: Parameters<typeof describeClientError>[0],
  now: number,
  lang: PublicLanguage,
  timeZone: string,
): string | null {
  const opensAt = errorCodeOf(error) === 'SERVICE_CLOSED' ? opensAtOf(error) : undefined;
  // Without opensAt the server refused an inactive service, not a closed one.
  if (opensAt !== undefined) return closedServiceText(opensAt, now, lang, timeZone);
  return lang === 'en' || lang === 'zh-CN' ? describeClientError(error, lang) : null;
}

interface RefusedViewProps {
  error: Parameters<typeof describeClientError>[0];
  now: number;
  timeZone: string;
  onBack: () => void;
}

/** No ticket: why, and the way back to the start. */
function RefusedView({ error, now, timeZone, onBack }: RefusedViewProps) {
  return (
    <section className="kiosk-panel" role="alert">
      <Multilingual as="p" className="kiosk-panel-title" messageKey="citizen.kiosk.failed" />
      <p className="kiosk-notice kiosk-notice-error kiosk-refusal">
        <MultilingualText text={(lang) => refusalText(error, now, lang, timeZone)} />
      </p>
      <button type="button" className="kiosk-take" onClick={onBack}>
        <Multilingual messageKey="citizen.kiosk.back" />
      </button>
    </section>
  );
}

interface HallClosedNoticeProps {
  opening: HallOpening | null;
  services: readonly KioskService[];
  now: number;
  hall: DeviceHall;
  /** Back at the start, the focus goes here. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The start screen when no service issues tickets: the hall is closed (or, open, it issues no
 * more tickets today), and when the first service issues again.
 */
function HallClosedNotice({ opening, services, now, hall, headingRef }: HallClosedNoticeProps) {
  const opensAt = earliestInstant(services.map((service) => service.opensAt)) ?? opening?.opensAt ?? null;
  return (
    <section className="kiosk-closed" role="status">
      <h2 className="kiosk-closed-title" ref={headingRef} tabIndex={-1}>
        <Multilingual
          messageKey={opening?.openNow ? 'citizen.kiosk.notIssuing' : 'citizen.kiosk.hallClosed'}
        />
      </h2>
      <p className="kiosk-closed-when">
        <MultilingualText
          text={(lang) =>
            opensAt
              ? translatePublic(lang, 'citizen.kiosk.ticketsFrom', {
                  when: formatOpeningTimeIn(lang, opensAt, now, hall.timezone),
                })
              : translatePublic(lang, 'citizen.kiosk.noOpening')
          }
        />
      </p>
    </section>
  );
}

interface AppointmentBarProps {
  bookingUrl: string;
  locale: Locale;
  onCheckIn: () => void;
}

/** Beside the service choice: "I have an appointment", and the booking page's QR code. */
function AppointmentBar({ bookingUrl, locale, onCheckIn }: AppointmentBarProps) {
  return (
    <div className="kiosk-appointment">
      <button type="button" className="kiosk-option kiosk-appointment-check-in" onClick={onCheckIn}>
        <span className="kiosk-option-text">
          <Multilingual className="kiosk-option-name" messageKey="citizen.kiosk.appointment.have" />
          <Multilingual className="kiosk-option-hint" messageKey="citizen.kiosk.appointment.haveHint" />
        </span>
      </button>
      <BookingQr className="kiosk-booking-qr" bookingUrl={bookingUrl} locale={locale} />
    </div>
  );
}

interface IssuedViewProps {
  issued: IssuedTicket;
  hall: DeviceHall;
  locale: Locale;
  /** The booking page's address, printed as a small QR code; null when the hall takes no appointments. */
  bookingUrl: string | null;
  print: boolean;
  /** Seconds until the kiosk goes back to its start screen by itself; null while the warning says it. */
  secondsLeft: number | null;
  onDone: () => void;
}

function IssuedView({ issued, hall, locale, bookingUrl, print, secondsLeft, onDone }: IssuedViewProps) {
  const phoneUrl = phoneUrlOf(issued.accessCode);
  // The focus goes to what to do next: the button that had it (a service's) is gone.
  const doneButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    doneButton.current?.focus();
  }, [issued.ticket.id]);
  useEffect(() => {
    // After the ticket has been painted, so that the printer gets it, not the start screen.
    if (!print) return;
    const timer = setTimeout(() => window.print(), 0);
    return () => clearTimeout(timer);
  }, [print, issued.ticket.id]);
  return (
    <section className="kiosk-issued" aria-live="polite">
      <Multilingual as="p" className="kiosk-panel-title" messageKey="citizen.kiosk.takeTicket" />
      <PrintedTicket
        issued={issued}
        hall={hall}
        locale={locale}
        phoneUrl={phoneUrl}
        bookingUrl={bookingUrl}
      />
      <div className="kiosk-actions">
        <button type="button" className="kiosk-secondary" onClick={() => window.print()}>
          <Multilingual messageKey="citizen.kiosk.printAgain" />
        </button>
        <button ref={doneButton} type="button" className="kiosk-take" onClick={onDone}>
          <Multilingual messageKey="citizen.kiosk.done" />
        </button>
      </div>
      {secondsLeft === null ? null : (
        <p className="kiosk-countdown">
          <Multilingual messageKey="citizen.kiosk.returning" values={{ seconds: secondsLeft }} />
        </p>
      )}
    </section>
  );
}
