import {
  formatOpeningTime,
  formatWaitRange,
  type Locale,
  locales,
  localizedName,
  ticketStatusLabel,
  translate,
} from '@onestop/shared';
import { describeClientError } from '@onestop/shared/client';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useConnectionState } from '../live/hooks';
import { CallBanner } from './call-banner';
import { CancelControl } from './cancel-control';
import { readCitizenLocale, readLargeText, saveCitizenLocale, saveLargeText } from './preferences';
import { RatingForm } from './rating-form';
import { RouteProgress } from './route-progress';
import { type Text, textIn } from './text';
import { callKey, canCancel, closedServiceNote, dueRating, routeSteps } from './ticket-view';
import { useCallAlert } from './use-call-alert';
import { type CitizenTicket, useCitizenTicket } from './use-citizen-ticket';
import { type ServiceOpening, useServiceOpening } from './use-service-opening';
import './phone.css';

/** Props of {@link CitizenTicketScreen}. */
export interface CitizenTicketScreenProps {
  accessCode: string;
}

/**
 * The citizen's phone page: the ticket live (place, wait, route), a full-screen banner when
 * called, cancel while waiting, a rating after each completed service. The access code in the
 * address is the only key, so a reload shows the same ticket.
 */
export function CitizenTicketScreen({ accessCode }: CitizenTicketScreenProps) {
  const [locale, setLocale] = useState<Locale>(readCitizenLocale);
  const [largeText, setLargeText] = useState(readLargeText);
  const text = textIn(locale);
  const live = useCitizenTicket(accessCode);
  const serviceOpening = useServiceOpening(accessCode);
  const reconnecting = useConnectionState() === 'reconnecting';

  const ticketNumber = live.ticket?.number;
  useEffect(() => {
    document.documentElement.lang = locale;
    // The number in the tab's title: a citizen who switched to another app finds the page again.
    const title = translate(locale, 'citizen.phone.title');
    document.title = ticketNumber ? `${ticketNumber} · ${title}` : title;
  }, [locale, ticketNumber]);

  const chooseLocale = (next: Locale): void => {
    setLocale(next);
    saveCitizenLocale(next);
  };
  const toggleLargeText = (): void => {
    setLargeText((current) => {
      saveLargeText(!current);
      return !current;
    });
  };

  let content: ReactNode;
  if (live.ticket) {
    content = (
      <TicketView
        accessCode={accessCode}
        ticket={live.ticket}
        serviceOpening={serviceOpening?.id === live.ticket.service.id ? serviceOpening : null}
        locale={locale}
        text={text}
        onTicket={live.replace}
      />
    );
  } else if (live.notFound) {
    content = (
      <section className="phone-card phone-missing" role="alert">
        <h2>{text('citizen.phone.notFound')}</h2>
        <p>{text('citizen.phone.notFoundHint')}</p>
      </section>
    );
  } else if (live.error) {
    content = (
      <div className="phone-notice phone-notice-error" role="alert">
        <p>{describeClientError(live.error, locale)}</p>
        <button type="button" className="phone-button" onClick={live.retry}>
          {translate(locale, 'common.retry')}
        </button>
      </div>
    );
  } else {
    content = (
      <p className="phone-loading" role="status">
        {translate(locale, 'common.loading')}
      </p>
    );
  }

  return (
    <div className={largeText ? 'phone-page phone-large' : 'phone-page'} lang={locale}>
      <header className="phone-header">
        <div className="phone-header-titles">
          <h1>{text('citizen.phone.title')}</h1>
          {live.ticket ? <p className="phone-hall">{localizedName(live.ticket.hall, locale)}</p> : null}
        </div>
        <div className="phone-header-controls">
          <div className="phone-languages" role="group" aria-label={text('citizen.language.choose')}>
            {locales.map((option) => (
              <button
                key={option}
                type="button"
                lang={option}
                className="phone-toggle"
                aria-pressed={locale === option}
                onClick={() => chooseLocale(option)}
              >
                {translate(option, option === 'zh-CN' ? 'citizen.language.zh' : 'citizen.language.en')}
              </button>
            ))}
          </div>
          <button type="button" className="phone-toggle" aria-pressed={largeText} onClick={toggleLargeText}>
            {text('citizen.phone.largeText')}
          </button>
        </div>
      </header>
      {reconnecting ? (
        <p className="phone-notice phone-notice-error" role="status">
          {text('citizen.phone.reconnecting')}
        </p>
      ) : null}
      <main className="phone-main">{content}</main>
    </div>
  );
}

interface TicketViewProps {
  accessCode: string;
  ticket: CitizenTicket;
  /** Whether the ticket's service issues tickets now; null while unknown. */
  serviceOpening: ServiceOpening | null;
  locale: Locale;
  text: Text;
  onTicket: (ticket: CitizenTicket) => void;
}

function TicketView({ accessCode, ticket, serviceOpening, locale, text, onTicket }: TicketViewProps) {
  const alert = useCallAlert(callKey(ticket));
  const [thanked, setThanked] = useState(false);
  const due = dueRating(ticket);
  const steps = routeSteps(ticket);
  const counterLabel = ticket.counter?.label ?? '';

  const rated = useCallback(
    (updated: CitizenTicket | null) => {
      setThanked(true);
      if (updated) onTicket(updated);
    },
    [onTicket],
  );

  return (
    <>
      {alert.bannerOpen && ticket.status === 'CALLED' ? (
        <CallBanner
          ticketNumber={ticket.number}
          counterLabel={counterLabel}
          recallCount={ticket.recallCount}
          text={text}
          onDismiss={alert.dismiss}
        />
      ) : null}
      <section className="phone-card phone-ticket" aria-labelledby="phone-ticket-number">
        <p className="phone-caption">{text('citizen.ticket.number')}</p>
        <p id="phone-ticket-number" className="phone-number figures">
          {ticket.number}
        </p>
        <p className="phone-service">{localizedName(ticket.service, locale)}</p>
        <p className="phone-status">
          <span className="phone-status-label">{text('citizen.phone.status')}</span>{' '}
          <strong>{ticketStatusLabel(ticket.status, locale)}</strong>
        </p>
        <StatusFacts ticket={ticket} locale={locale} text={text} counterLabel={counterLabel} />
        <ClosedServiceNote ticket={ticket} opening={serviceOpening} locale={locale} text={text} />
      </section>

      {alert.soundBlocked && (ticket.status === 'WAITING' || ticket.status === 'CALLED') ? (
        <button type="button" className="phone-button" onClick={alert.enableSound}>
          {text('citizen.phone.enableSound')}
        </button>
      ) : null}

      {due ? (
        <RatingForm
          key={due.segmentId}
          accessCode={accessCode}
          due={due}
          locale={locale}
          text={text}
          onRated={rated}
        />
      ) : thanked ? (
        <p className="phone-notice phone-notice-good" role="status">
          {text('citizen.rating.thanks')}
        </p>
      ) : null}

      {steps.length > 1 ? <RouteProgress steps={steps} locale={locale} text={text} /> : null}

      {canCancel(ticket) ? (
        <CancelControl accessCode={accessCode} locale={locale} text={text} onCancelled={onTicket} />
      ) : null}
    </>
  );
}

interface StatusFactsProps {
  ticket: CitizenTicket;
  locale: Locale;
  text: Text;
  counterLabel: string;
}

/** What the ticket's status means for the citizen, in a sentence or two. */
function StatusFacts({ ticket, locale, text, counterLabel }: StatusFactsProps) {
  switch (ticket.status) {
    case 'WAITING': {
      const ahead = ticket.position ?? 0;
      return (
        <>
          <p className="phone-ahead">
            {ahead === 0 ? text('citizen.phone.nextUp') : text('citizen.phone.peopleAhead', { count: ahead })}
          </p>
          <p className="phone-wait">
            <span>{text('citizen.phone.expectedWait')}</span>{' '}
            <strong>{formatWaitRange(ticket.estimate, locale)}</strong>
          </p>
        </>
      );
    }
    case 'CALLED':
      return (
        <p className="phone-notice phone-notice-call" role="status">
          {text('citizen.phone.goToCounter', { label: counterLabel })}
        </p>
      );
    case 'SERVING':
      return <p className="phone-notice">{text('citizen.phone.serving', { label: counterLabel })}</p>;
    case 'PARKED':
      return <p className="phone-notice">{text('citizen.phone.parked')}</p>;
    case 'DONE':
      return <p className="phone-notice phone-notice-good">{text('citizen.phone.done')}</p>;
    case 'CANCELLED':
      return <p className="phone-notice">{text('citizen.phone.cancelled')}</p>;
    case 'NO_SHOW':
      return <p className="phone-notice phone-notice-error">{text('citizen.phone.noShow')}</p>;
    case 'EXPIRED':
      return <p className="phone-notice phone-notice-error">{text('citizen.phone.expired')}</p>;
    case 'TRANSFERRED':
      return null;
  }
}

interface ClosedServiceNoteProps {
  ticket: CitizenTicket;
  opening: ServiceOpening | null;
  locale: Locale;
  text: Text;
}

/** The ticket's service issues no tickets now: when it opens, and that a waiting ticket still counts. */
function ClosedServiceNote({ ticket, opening, locale, text }: ClosedServiceNoteProps) {
  const now = usePhoneClock();
  const note = closedServiceNote(opening, ticket.status);
  if (note === 'none' || !opening) return null;
  return (
    <p className="phone-notice phone-notice-closed" role="status">
      {opening.opensAt
        ? text('citizen.phone.serviceClosedUntil', {
            when: formatOpeningTime(opening.opensAt, now, locale, ticket.hall.timezone),
          })
        : text('citizen.phone.serviceClosed')}
      {note === 'openingStillServed' ? (
        <>
          {' '}
          <strong>{text('citizen.phone.stillServed')}</strong>
        </>
      ) : null}
    </p>
  );
}

/**
 * The phone's time, moved on every minute, so that "tomorrow" turns into "today" at midnight. The
 * phone has no server time; a phone clock a few minutes off only shifts that moment.
 */
function usePhoneClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
