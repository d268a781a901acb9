import { formatOpeningTimeIn, formatWaitRangeIn, TicketReminder } from '@onestop/shared';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { LocalizedName, Multilingual, MultilingualText } from '../components/multilingual';
import { useConnectionState } from '../live/hooks';
import { CallBanner } from './call-banner';
import { CancelControl } from './cancel-control';
import { CitizenPage } from './citizen-page';
import { useFocusOnMount } from './focus-on-mount';
import { PhonePageWaiting } from './page-states';
import { RatingForm } from './rating-form';
import { rememberTicket } from './remembered-tickets';
import { AlmostYourTurnBanner, RemoteTicketNotice } from './remote-ticket-notices';
import { RouteProgress } from './route-progress';
import { callKey, canCancel, closedServiceNote, dueRating, routeSteps } from './ticket-view';
import { reminderOfTicket, remotePhaseOf } from './ticket-reminders';
import { useCallAlert } from './use-call-alert';
import { type CitizenTicket, useCitizenTicket } from './use-citizen-ticket';
import { useReminderAlert } from './use-reminder-alert';
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
 *
 * Its texts are in the languages of the ticket's hall ({@link CitizenPage}); until the ticket is
 * known, so is the hall: the page speaks the chosen language alone.
 */
export function CitizenTicketScreen({ accessCode }: CitizenTicketScreenProps) {
  const live = useCitizenTicket(accessCode);
  const serviceOpening = useServiceOpening(accessCode);
  const reconnecting = useConnectionState() === 'reconnecting';
  const known = live.ticket !== null;

  // The check-in page a wall QR opens (/checkin/:code) checks in the tickets this phone opened.
  useEffect(() => {
    if (known) rememberTicket(accessCode);
  }, [known, accessCode]);

  const content: ReactNode = live.ticket ? (
    <TicketView
      accessCode={accessCode}
      ticket={live.ticket}
      serviceOpening={serviceOpening?.id === live.ticket.service.id ? serviceOpening : null}
      onTicket={live.replace}
    />
  ) : (
    <PhonePageWaiting
      missing={live.notFound}
      missingTitleKey="citizen.phone.notFound"
      missingHintKey="citizen.phone.notFoundHint"
      error={live.error}
      onRetry={live.retry}
    />
  );

  return (
    <CitizenPage
      titleKey="citizen.phone.title"
      // The number in the tab's title: a citizen who switched to another app finds the page again.
      tabPrefix={live.ticket?.number}
      hall={live.ticket?.hall ?? null}
      notice={
        reconnecting ? (
          <p className="phone-notice phone-notice-error" role="status">
            <Multilingual messageKey="citizen.phone.reconnecting" />
          </p>
        ) : null
      }
    >
      {content}
    </CitizenPage>
  );
}

interface TicketViewProps {
  accessCode: string;
  ticket: CitizenTicket;
  /** Whether the ticket's service issues tickets now; null while unknown. */
  serviceOpening: ServiceOpening | null;
  onTicket: (ticket: CitizenTicket) => void;
}

function TicketView({ accessCode, ticket, serviceOpening, onTicket }: TicketViewProps) {
  const alert = useCallAlert(callKey(ticket));
  useReminderAlert(accessCode, ticket, alert.chime);
  const reminder = reminderOfTicket(ticket);
  const remotePhase = remotePhaseOf(ticket);
  const peopleAhead = ticket.position ?? 0;
  const [thanked, setThanked] = useState(false);
  // Cancelled from this page: the focus goes from the vanished cancel button to what it did.
  const [cancelledHere, setCancelledHere] = useState(false);
  const callNotice = useRef<HTMLParagraphElement>(null);
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
          onDismiss={alert.dismiss}
          returnFocusTo={callNotice}
        />
      ) : null}
      {reminder === TicketReminder.ALMOST_YOUR_TURN ? (
        <AlmostYourTurnBanner peopleAhead={peopleAhead} />
      ) : null}
      {remotePhase === 'comeAndCheckIn' ? (
        <RemoteTicketNotice
          accessCode={accessCode}
          phase={remotePhase}
          peopleAhead={peopleAhead}
          onTicket={onTicket}
        />
      ) : null}
      <section className="phone-card phone-ticket" aria-labelledby="phone-ticket-number">
        <div className="phone-number-row">
          <p className="phone-caption">
            <Multilingual messageKey="citizen.ticket.number" />
          </p>
          {/* Numbers are not translated: one, big, for every language. */}
          <p id="phone-ticket-number" className="phone-number figures">
            {ticket.number}
          </p>
        </div>
        <p className="phone-service">
          <LocalizedName names={ticket.service.names} />
        </p>
        <p className="phone-status">
          <Multilingual className="phone-status-label" messageKey="citizen.phone.status" />{' '}
          <Multilingual as="strong" messageKey={`ticketStatus.${ticket.status}`} />
        </p>
        <StatusFacts ticket={ticket} counterLabel={counterLabel} cancelledHere={cancelledHere} />
        {/* Always there, so that a screen reader says the call the moment it comes (WCAG 4.1.3);
            its words change only with the call, so a reconnect repeats nothing. */}
        <div className="phone-call-live" aria-live="assertive" aria-atomic="true">
          {ticket.status === 'CALLED' ? (
            <p ref={callNotice} className="phone-notice phone-notice-call" tabIndex={-1}>
              <Multilingual messageKey="citizen.phone.goToCounter" values={{ label: counterLabel }} />
              {ticket.recallCount > 0 ? (
                <>
                  {' '}
                  <Multilingual
                    className="phone-notice-recall"
                    messageKey="citizen.phone.recalled"
                    values={{ count: ticket.recallCount + 1 }}
                  />
                </>
              ) : null}
            </p>
          ) : null}
        </div>
        {remotePhase === 'holdingPlace' || remotePhase === 'checkedIn' ? (
          <RemoteTicketNotice
            accessCode={accessCode}
            phase={remotePhase}
            peopleAhead={peopleAhead}
            onTicket={onTicket}
          />
        ) : null}
        <ClosedServiceNote ticket={ticket} opening={serviceOpening} />
      </section>

      {alert.soundBlocked && (ticket.status === 'WAITING' || ticket.status === 'CALLED') ? (
        <button type="button" className="phone-button" onClick={alert.enableSound}>
          <Multilingual messageKey="citizen.phone.enableSound" />
        </button>
      ) : null}

      {due ? (
        <RatingForm key={due.segmentId} accessCode={accessCode} due={due} onRated={rated} />
      ) : thanked ? (
        <RatingThanks />
      ) : null}

      {steps.length > 1 ? <RouteProgress steps={steps} /> : null}

      {canCancel(ticket) ? (
        <CancelControl
          accessCode={accessCode}
          onCancelled={(cancelled) => {
            setCancelledHere(true);
            onTicket(cancelled);
          }}
        />
      ) : null}
    </>
  );
}

/** Thanks for the rating, in place of the form that had the focus. */
function RatingThanks() {
  const thanks = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={thanks} className="phone-notice phone-notice-good" role="status" tabIndex={-1}>
      <Multilingual messageKey="citizen.rating.thanks" />
    </p>
  );
}

interface StatusFactsProps {
  ticket: CitizenTicket;
  counterLabel: string;
  /** The citizen cancelled it on this page just now: "cancelled" takes the focus. */
  cancelledHere: boolean;
}

/**
 * What the ticket's status means for the citizen, in a sentence or two; the call is said apart,
 * in its own live region. The place in the queue is a polite live region: a screen reader says it
 * when it changes, and only then (a push of the same place changes nothing in the page).
 */
function StatusFacts({ ticket, counterLabel, cancelledHere }: StatusFactsProps) {
  const label = { label: counterLabel };
  switch (ticket.status) {
    case 'WAITING': {
      const ahead = ticket.position ?? 0;
      return (
        <>
          <p className="phone-ahead" aria-live="polite" aria-atomic="true">
            {ahead === 0 ? (
              <Multilingual messageKey="citizen.phone.nextUp" />
            ) : (
              <Multilingual messageKey="citizen.phone.peopleAhead" values={{ count: ahead }} />
            )}
          </p>
          <p className="phone-wait">
            <Multilingual messageKey="citizen.phone.expectedWait" />{' '}
            <MultilingualText as="strong" text={(lang) => formatWaitRangeIn(lang, ticket.estimate)} />
          </p>
        </>
      );
    }
    case 'CALLED':
      return null;
    case 'SERVING':
      return (
        <p className="phone-notice">
          <Multilingual messageKey="citizen.phone.serving" values={label} />
        </p>
      );
    case 'PARKED':
      return (
        <p className="phone-notice">
          <Multilingual messageKey="citizen.phone.parked" />
        </p>
      );
    case 'DONE':
      return (
        <p className="phone-notice phone-notice-good">
          <Multilingual messageKey="citizen.phone.done" />
        </p>
      );
    case 'CANCELLED':
      return <CancelledNotice focus={cancelledHere} />;
    case 'NO_SHOW':
      return (
        <p className="phone-notice phone-notice-error">
          <Multilingual messageKey="citizen.phone.noShow" />
        </p>
      );
    case 'EXPIRED':
      return (
        <p className="phone-notice phone-notice-error">
          <Multilingual messageKey="citizen.phone.expired" />
        </p>
      );
    case 'TRANSFERRED':
      return null;
  }
}

/** "Your ticket is cancelled"; takes the focus when the citizen cancelled it just now. */
function CancelledNotice({ focus }: { focus: boolean }) {
  const notice = useFocusOnMount<HTMLParagraphElement>(focus);
  return (
    <p ref={notice} className="phone-notice" tabIndex={-1}>
      <Multilingual messageKey="citizen.phone.cancelled" />
    </p>
  );
}

interface ClosedServiceNoteProps {
  ticket: CitizenTicket;
  opening: ServiceOpening | null;
}

/** The ticket's service issues no tickets now: when it opens, and that a waiting ticket still counts. */
function ClosedServiceNote({ ticket, opening }: ClosedServiceNoteProps) {
  const now = usePhoneClock();
  const note = closedServiceNote(opening, ticket.status);
  if (note === 'none' || !opening) return null;
  const opensAt = opening.opensAt;
  return (
    <p className="phone-notice phone-notice-closed" role="status">
      {opensAt ? (
        <Multilingual
          messageKey="citizen.phone.serviceClosedUntil"
          values={(lang) => ({ when: formatOpeningTimeIn(lang, opensAt, now, ticket.hall.timezone) })}
        />
      ) : (
        <Multilingual messageKey="citizen.phone.serviceClosed" />
      )}
      {note === 'openingStillServed' ? (
        <>
          {' '}
          <Multilingual as="strong" messageKey="citizen.phone.stillServed" />
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
