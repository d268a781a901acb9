import { isRemoteTicket, type PublicLanguage, translatePublic, type UiMessageKey } from '@onestop/shared';
import { type ClientErrorLike, describeClientError, errorCodeOf } from '@onestop/shared/client';
import { useEffect, useRef } from 'react';
import { LocalizedName, Multilingual, MultilingualText } from '../components/multilingual';
import type { TicketCheckInState } from './use-ticket-check-in';

/** Why the server refused a remote ticket's check-in, in one language (null: no line in it). */
function refusalText(error: ClientErrorLike, lang: PublicLanguage): string | null {
  const code = errorCodeOf(error);
  // FORBIDDEN: the kiosk may check in its own hall's tickets only (requireHall on the server).
  const key: UiMessageKey | null =
    code === 'INVALID_TRANSITION'
      ? 'citizen.remoteHall.kiosk.notWaiting'
      : code === 'NOT_FOUND'
        ? 'citizen.remoteHall.kiosk.notFound'
        : code === 'FORBIDDEN'
          ? 'citizen.remoteHall.kiosk.otherHall'
          : null;
  if (key) return translatePublic(lang, key);
  // Error messages exist in zh-CN and en only (error-messages.ts): no Mongolian line.
  return lang === 'en' || lang === 'zh-CN' ? describeClientError(error, lang) : null;
}

/** Props of {@link TicketCheckInPanel}. */
export interface TicketCheckInPanelProps {
  /** Any phase but idle. */
  state: Exclude<TicketCheckInState, { phase: 'idle' }>;
  /** Seconds until the kiosk goes back to its start screen by itself; null while its warning says so. */
  secondsLeft: number | null;
  /** Back to the start screen. */
  onDone: () => void;
}

/**
 * A remote ticket's check-in at the kiosk: under way (and retrying), checked in — "已签到，请留意叫号"
 * with the ticket's number, then back to the start — or refused: the ticket is not waiting any
 * more (called, done, cancelled), no ticket has the code, or it is another hall's. A ticket that needs no check-in (the
 * kiosk's own printed one) is told so: it is in the line already.
 */
export function TicketCheckInPanel({ state, secondsLeft, onDone }: TicketCheckInPanelProps) {
  // Checked in, the focus goes to what to do next, as after a printed ticket.
  const doneButton = useRef<HTMLButtonElement>(null);
  const checkedInTicketId = state.phase === 'checkedIn' ? state.ticket.id : null;
  useEffect(() => {
    if (checkedInTicketId !== null) doneButton.current?.focus();
  }, [checkedInTicketId]);
  if (state.phase === 'checkingIn') {
    return (
      <section className="kiosk-panel kiosk-ticket-check-in" role="status" aria-live="polite">
        <Multilingual as="p" className="kiosk-panel-title" messageKey="citizen.remoteHall.kiosk.checkingIn" />
        {state.attempt > 1 ? (
          <p className="kiosk-notice kiosk-notice-error">
            <Multilingual messageKey="citizen.kiosk.retrying" values={{ attempt: state.attempt }} />
          </p>
        ) : null}
        {state.attempt > 1 ? (
          <button type="button" className="kiosk-secondary" onClick={onDone}>
            <Multilingual messageKey="citizen.kiosk.giveUp" />
          </button>
        ) : null}
      </section>
    );
  }
  if (state.phase === 'refused') {
    return (
      <section className="kiosk-panel kiosk-ticket-check-in" role="alert">
        <Multilingual as="p" className="kiosk-panel-title" messageKey="citizen.remoteHall.kiosk.failed" />
        <p className="kiosk-notice kiosk-notice-error kiosk-refusal">
          <MultilingualText text={(lang) => refusalText(state.error, lang)} />
        </p>
        <button type="button" className="kiosk-take" onClick={onDone}>
          <Multilingual messageKey="citizen.kiosk.back" />
        </button>
        <Countdown secondsLeft={secondsLeft} />
      </section>
    );
  }
  const { ticket } = state;
  return (
    <section className="kiosk-panel kiosk-ticket-check-in kiosk-ticket-checked-in" aria-live="polite">
      <Multilingual
        as="p"
        className="kiosk-panel-title"
        messageKey={
          isRemoteTicket(ticket)
            ? 'citizen.remoteHall.kiosk.checkedIn'
            : 'citizen.remoteHall.kiosk.noCheckInNeeded'
        }
      />
      <div className="kiosk-ticket-check-in-ticket">
        <Multilingual
          className="kiosk-ticket-check-in-caption"
          messageKey="citizen.remoteHall.kiosk.yourNumber"
        />
        <span className="kiosk-ticket-check-in-number figures">{ticket.number}</span>
        <LocalizedName className="kiosk-ticket-check-in-service" names={ticket.service.names} />
      </div>
      <button ref={doneButton} type="button" className="kiosk-take" onClick={onDone}>
        <Multilingual messageKey="citizen.kiosk.done" />
      </button>
      <Countdown secondsLeft={secondsLeft} />
    </section>
  );
}

/** "Back to the start in n s" (counted from the last touch: useIdleTimeout); nothing while the warning says it. */
function Countdown({ secondsLeft }: { secondsLeft: number | null }) {
  if (secondsLeft === null) return null;
  return (
    <p className="kiosk-countdown">
      <Multilingual messageKey="citizen.kiosk.returning" values={{ seconds: secondsLeft }} />
    </p>
  );
}
