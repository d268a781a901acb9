import { checkInCodePattern, translatePublic } from '@onestop/shared';
import { type FormEvent, useCallback, useState } from 'react';
import { Multilingual } from '../components/multilingual';
import { QrCode } from '../components/qr-code';
import { useCitizenLocale } from './citizen-page';
import { ClientErrorText } from './client-error-text';
import { QrScanner } from './qr-scanner';
import type { RemotePhase } from './ticket-reminders';
import { useCheckIn } from './use-check-in';
import type { CitizenTicket } from './use-citizen-ticket';

/** The address of a ticket's phone page: what the ticket's own QR code holds, for the kiosk's scanner. */
export function ticketUrlOf(accessCode: string): string {
  return `${window.location.origin}/t/${accessCode}`;
}

/** Props of {@link RemoteTicketNotice}. */
export interface RemoteTicketNoticeProps {
  accessCode: string;
  phase: Exclude<RemotePhase, 'none'>;
  peopleAhead: number;
  onTicket: (ticket: CitizenTicket) => void;
}

/**
 * What a remote ticket's citizen is told while it waits: that they hold a place and need not come
 * yet; then, prominently, to come to the hall and check in (with the ways to do it); then that it
 * is checked in.
 */
export function RemoteTicketNotice({ accessCode, phase, peopleAhead, onTicket }: RemoteTicketNoticeProps) {
  switch (phase) {
    case 'holdingPlace':
      return (
        <div className="phone-notice remote-holding" role="status" data-remote-phase={phase}>
          <p>
            <Multilingual messageKey="citizen.remote.holdingPlace" />
          </p>
          <p className="remote-not-checked-in">
            <Multilingual messageKey="citizen.remote.notCheckedIn" />
          </p>
        </div>
      );
    case 'comeAndCheckIn':
      return (
        <section
          className="phone-card remote-come"
          aria-labelledby="remote-come-title"
          data-remote-phase={phase}
        >
          <h2 id="remote-come-title" className="remote-come-title" role="status">
            <Multilingual messageKey="citizen.remote.comeTitle" />
          </h2>
          <p>
            <Multilingual messageKey="citizen.remote.comeHint" values={{ count: peopleAhead }} />
          </p>
          <CheckInControl accessCode={accessCode} onTicket={onTicket} />
        </section>
      );
    case 'checkedIn':
      return (
        <div
          className="phone-notice phone-notice-good remote-checked-in"
          role="status"
          data-remote-phase={phase}
        >
          <Multilingual as="strong" messageKey="citizen.remote.checkedIn" />{' '}
          <Multilingual messageKey="citizen.remote.checkedInHint" />
        </div>
      );
  }
}

interface CheckInControlProps {
  accessCode: string;
  onTicket: (ticket: CitizenTicket) => void;
}

/**
 * The check-in button and what it opens: the camera for the wall display's QR code, a field for the
 * six digits under it, and the ticket's own QR code for the kiosk's scanner.
 */
function CheckInControl({ accessCode, onTicket }: CheckInControlProps) {
  const locale = useCitizenLocale();
  const [open, setOpen] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [code, setCode] = useState('');
  const [codeChecked, setCodeChecked] = useState(false);
  const { state, checkIn } = useCheckIn(accessCode, onTicket);

  const scanned = useCallback(
    (checkInCode: string) => {
      setScanning(false);
      setCode(checkInCode);
      void checkIn(checkInCode);
    },
    [checkIn],
  );
  const closeScanner = useCallback(() => setScanning(false), []);

  if (!open) {
    return (
      <button
        type="button"
        className="phone-button phone-button-primary remote-check-in"
        onClick={() => setOpen(true)}
      >
        <Multilingual messageKey="citizen.remote.checkIn" />
      </button>
    );
  }

  const trimmed = code.trim();
  const codeWrong =
    (codeChecked && !checkInCodePattern.test(trimmed)) ||
    (state.kind === 'refused' && state.refusal.kind === 'codeRefused');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setCodeChecked(true);
    if (!checkInCodePattern.test(trimmed)) return;
    void checkIn(trimmed);
  };

  return (
    <div className="check-in-panel">
      {scanning ? (
        <QrScanner onCode={scanned} onClose={closeScanner} />
      ) : (
        <button type="button" className="phone-button phone-button-primary" onClick={() => setScanning(true)}>
          <Multilingual messageKey="citizen.remote.scan" />
        </button>
      )}
      <form className="check-in-code-form" onSubmit={submit} noValidate>
        <label className="booking-field">
          <Multilingual className="booking-field-label" messageKey="citizen.remote.codeLabel" />
          <input
            name="checkInCode"
            className="check-in-code-input figures"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            aria-invalid={codeWrong}
            aria-describedby={codeWrong ? 'check-in-code-problem' : undefined}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
          />
        </label>
        {codeWrong ? (
          <p id="check-in-code-problem" className="booking-field-problem" role="alert">
            <Multilingual
              messageKey={
                state.kind === 'refused' ? 'citizen.remote.codeRefused' : 'citizen.remote.codeInvalid'
              }
            />
          </p>
        ) : null}
        {state.kind === 'refused' && state.refusal.kind === 'other' ? (
          <p className="phone-notice phone-notice-error" role="alert">
            <ClientErrorText error={state.refusal.error} />
          </p>
        ) : null}
        {state.kind === 'sending' ? (
          <p className="phone-loading" role="status">
            <Multilingual messageKey="citizen.remote.checkingIn" />
          </p>
        ) : (
          <button type="submit" className="phone-button">
            <Multilingual messageKey="citizen.remote.submitCode" />
          </button>
        )}
      </form>
      <figure className="check-in-ticket-qr">
        <QrCode
          className="check-in-qr"
          text={ticketUrlOf(accessCode)}
          label={translatePublic(locale, 'citizen.remote.ticketQr')}
        />
        <figcaption>
          <Multilingual messageKey="citizen.remote.kioskLine" />
        </figcaption>
      </figure>
    </div>
  );
}

/** Props of {@link AlmostYourTurnBanner}. */
export interface AlmostYourTurnBannerProps {
  peopleAhead: number;
}

/**
 * "Almost your turn", at the top of the page while 3 or fewer are ahead; the vibration and chime
 * come once from useReminderAlert. Not a live region: a screen reader hears the same news from the
 * place's own (the ticket card's "N ahead of you"), and two would say each move twice.
 */
export function AlmostYourTurnBanner({ peopleAhead }: AlmostYourTurnBannerProps) {
  return (
    <div className="almost-your-turn">
      <p className="almost-your-turn-title">
        <Multilingual messageKey="citizen.remote.almostTitle" />
      </p>
      <p>
        {peopleAhead === 0 ? (
          <Multilingual messageKey="citizen.remote.almostNext" />
        ) : (
          <Multilingual messageKey="citizen.remote.almostHint" values={{ count: peopleAhead }} />
        )}
      </p>
    </div>
  );
}
