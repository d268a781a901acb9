import {
  earliestInstant,
  formatClockTime,
  formatOpeningTime,
  type Locale,
  locales,
  localizedName,
  type PriorityClass,
  translate,
} from '@onestop/shared';
import { describeClientError, errorCodeOf, opensAtOf, ServerClock } from '@onestop/shared/client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DeviceHall } from '../device/device-gate';
import { useConnectionState, useHallFeed, useHeartbeat, useServerNow } from '../live/hooks';
import { type HallOpening, serviceOpeningOf, useHallOpening } from '../live/use-hall-opening';
import { kioskOptionsFrom } from './kiosk-options';
import { PrintedTicket } from './printed-ticket';
import { closedServiceText, type KioskService, ServicePicker } from './service-picker';
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

/** The address a ticket's QR code leads to: the citizen's phone page. */
function phoneUrlOf(accessCode: string, origin: string = window.location.origin): string {
  return `${origin}/t/${encodeURIComponent(accessCode)}`;
}

/**
 * The kiosk (自助取号): the hall's services with their queues, language, priority and a
 * one-stop route; then the ticket, printed, and back to the start after `?resetAfter=` seconds.
 * A service that does not issue tickets now says when it opens instead of offering a button; when
 * none does, the start screen says the hall is closed and when tickets are issued again.
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

  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [priority, setPriority] = useState<PriorityClass>('NORMAL');
  const [oneStop, setOneStop] = useState(false);
  const [chosenRoute, setRoute] = useState<string[]>([]);

  const { reset: resetIssuer } = issuer;
  const startOver = useCallback(() => {
    resetIssuer();
    setLocale('zh-CN');
    setPriority('NORMAL');
    setOneStop(false);
    setRoute([]);
  }, [resetIssuer]);

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
  const choicesMade = locale !== 'zh-CN' || priority !== 'NORMAL' || oneStop;
  // A citizen who walked away leaves the next one a kiosk in Chinese, without their choices.
  useIdleReset(
    phase === 'issued' || phase === 'refused' || (phase === 'idle' && choicesMade),
    options.resetAfterSeconds,
    startOver,
    [locale, priority, oneStop, route],
  );

  const text = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values);

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

  const serviceName = (serviceId: string): string => {
    const service = services.find((candidate) => candidate.id === serviceId);
    return service ? localizedName(service, locale) : '';
  };

  return (
    <div className="kiosk" lang={locale}>
      <header className="kiosk-header">
        <h1 className="kiosk-hall">{localizedName(hall, locale)}</h1>
        <p className="kiosk-clock figures">{formatClockTime(now, hall.timezone)}</p>
        <div className="kiosk-languages" role="group" aria-label={text('citizen.language.choose')}>
          {locales.map((option) => (
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
      </header>

      {offline ? (
        <p className="kiosk-notice kiosk-notice-error" role="status">
          {text('citizen.kiosk.offline')}
        </p>
      ) : null}

      <main className="kiosk-body">
        {issuer.state.phase === 'idle' && allClosed ? (
          <>
            <HallClosedNotice opening={opening} services={services} locale={locale} now={now} hall={hall} />
            <ServicePicker
              services={services}
              locale={locale}
              chosen={[]}
              disabled
              onChoose={choose}
              now={now}
              timeZone={hall.timezone}
            />
          </>
        ) : null}

        {issuer.state.phase === 'idle' && !allClosed ? (
          <>
            <h2 className="kiosk-title">{text('citizen.kiosk.chooseService')}</h2>
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
                  <span className="kiosk-option-name">{text('citizen.kiosk.priority')}</span>
                  <span className="kiosk-option-hint">{text('citizen.kiosk.priorityHint')}</span>
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
                  <span className="kiosk-option-name">{text('citizen.kiosk.oneStop')}</span>
                  <span className="kiosk-option-hint">{text('citizen.kiosk.oneStopHint')}</span>
                </span>
              </button>
            </div>
            <ServicePicker
              services={services}
              locale={locale}
              chosen={oneStop ? route : []}
              disabled={false}
              onChoose={choose}
              now={now}
              timeZone={hall.timezone}
            />
            {oneStop ? (
              <section className="kiosk-route" aria-labelledby="kiosk-route-title">
                <h2 id="kiosk-route-title">{text('citizen.kiosk.route')}</h2>
                {route.length === 0 ? (
                  <p className="kiosk-route-empty">{text('citizen.kiosk.routeEmpty')}</p>
                ) : (
                  <ol className="kiosk-route-list">
                    {route.map((serviceId) => (
                      <li key={serviceId}>
                        <span>{serviceName(serviceId)}</span>
                        <button
                          type="button"
                          className="kiosk-route-remove"
                          aria-label={text('citizen.kiosk.removeFromRoute', { name: serviceName(serviceId) })}
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
                  {text('citizen.kiosk.take')}
                </button>
              </section>
            ) : null}
          </>
        ) : null}

        {issuer.state.phase === 'issuing' ? (
          <section className="kiosk-panel" role="status" aria-live="polite">
            <p className="kiosk-panel-title">{text('citizen.kiosk.issuing')}</p>
            {issuer.state.attempt > 1 ? (
              <>
                <p className="kiosk-notice kiosk-notice-error">
                  {text('citizen.kiosk.retrying', { attempt: issuer.state.attempt })}
                </p>
                <p>{text('citizen.kiosk.retryingHint')}</p>
                <button type="button" className="kiosk-secondary" onClick={startOver}>
                  {text('citizen.kiosk.giveUp')}
                </button>
              </>
            ) : null}
          </section>
        ) : null}

        {issuer.state.phase === 'refused' ? (
          <section className="kiosk-panel" role="alert">
            <p className="kiosk-panel-title">{text('citizen.kiosk.failed')}</p>
            <p className="kiosk-notice kiosk-notice-error kiosk-refusal">
              {refusalText(issuer.state.error, now, locale, hall.timezone)}
            </p>
            <button type="button" className="kiosk-take" onClick={startOver}>
              {text('citizen.kiosk.back')}
            </button>
          </section>
        ) : null}

        {issuer.state.phase === 'issued' ? (
          <IssuedView
            issued={issuer.state.issued}
            hall={hall}
            locale={locale}
            print={options.print}
            resetAfterSeconds={options.resetAfterSeconds}
            onDone={startOver}
          />
        ) : null}
      </main>
    </div>
  );
}

/**
 * What the kiosk says when the server refused a ticket: for SERVICE_CLOSED (the service stopped
 * issuing at the very minute of the press) that it is closed and when it opens, else the error.
 */
function refusalText(
  error: Parameters<typeof describeClientError>[0],
  now: number,
  locale: Locale,
  timeZone: string,
): string {
  if (errorCodeOf(error) !== 'SERVICE_CLOSED') return describeClientError(error, locale);
  const opensAt = opensAtOf(error);
  // Without opensAt the server refused an inactive service, not a closed one.
  return opensAt === undefined
    ? describeClientError(error, locale)
    : closedServiceText(opensAt, now, locale, timeZone);
}

interface HallClosedNoticeProps {
  opening: HallOpening | null;
  services: readonly KioskService[];
  locale: Locale;
  now: number;
  hall: DeviceHall;
}

/**
 * The start screen when no service issues tickets: the hall is closed (or, open, it issues no
 * more tickets today), and when the first service issues again.
 */
function HallClosedNotice({ opening, services, locale, now, hall }: HallClosedNoticeProps) {
  const opensAt = earliestInstant(services.map((service) => service.opensAt)) ?? opening?.opensAt ?? null;
  return (
    <section className="kiosk-closed" role="status">
      <h2 className="kiosk-closed-title">
        {translate(locale, opening?.openNow ? 'citizen.kiosk.notIssuing' : 'citizen.kiosk.hallClosed')}
      </h2>
      <p className="kiosk-closed-when">
        {opensAt
          ? translate(locale, 'citizen.kiosk.ticketsFrom', {
              when: formatOpeningTime(opensAt, now, locale, hall.timezone),
            })
          : translate(locale, 'citizen.kiosk.noOpening')}
      </p>
    </section>
  );
}

interface IssuedViewProps {
  issued: IssuedTicket;
  hall: DeviceHall;
  locale: Locale;
  print: boolean;
  resetAfterSeconds: number;
  onDone: () => void;
}

function IssuedView({ issued, hall, locale, print, resetAfterSeconds, onDone }: IssuedViewProps) {
  const phoneUrl = phoneUrlOf(issued.accessCode);
  const secondsLeft = useSecondsLeft(resetAfterSeconds);
  useEffect(() => {
    // After the ticket has been painted, so that the printer gets it, not the start screen.
    if (!print) return;
    const timer = setTimeout(() => window.print(), 0);
    return () => clearTimeout(timer);
  }, [print, issued.ticket.id]);
  return (
    <section className="kiosk-issued" aria-live="polite">
      <p className="kiosk-panel-title">{translate(locale, 'citizen.kiosk.takeTicket')}</p>
      <PrintedTicket issued={issued} hall={hall} locale={locale} phoneUrl={phoneUrl} />
      <div className="kiosk-actions">
        <button type="button" className="kiosk-secondary" onClick={() => window.print()}>
          {translate(locale, 'citizen.kiosk.printAgain')}
        </button>
        <button type="button" className="kiosk-take" onClick={onDone}>
          {translate(locale, 'citizen.kiosk.done')}
        </button>
      </div>
      <p className="kiosk-countdown">
        {translate(locale, 'citizen.kiosk.returning', { seconds: secondsLeft })}
      </p>
    </section>
  );
}

/** Whole seconds left of `total`, counted down from the moment the component appears. */
function useSecondsLeft(total: number): number {
  const [left, setLeft] = useState(Math.ceil(total));
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(
      () => setLeft(Math.max(0, Math.ceil(total - (Date.now() - started) / 1000))),
      250,
    );
    return () => clearInterval(timer);
  }, [total]);
  return left;
}

/**
 * Calls `reset` after `seconds` without a change of `watched` while `active`: the kiosk goes
 * back to its start screen after a ticket, a refusal, or choices someone left behind.
 */
function useIdleReset(
  active: boolean,
  seconds: number,
  reset: () => void,
  watched: readonly unknown[],
): void {
  const key = JSON.stringify(watched);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(reset, seconds * 1000);
    return () => clearTimeout(timer);
  }, [active, seconds, reset, key]);
}
