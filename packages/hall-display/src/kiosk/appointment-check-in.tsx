import { formatOpeningTimeIn, type Locale, type PublicLanguage, translatePublic } from '@onestop/shared';
import { type ClientErrorLike, describeClientError, errorCodeOf, opensAtOf } from '@onestop/shared/client';
import type { FormEvent } from 'react';
import { Multilingual, MultilingualText } from '../components/multilingual';

/** The keypad's keys: the checkInCode is digits only (freeCheckInCode on the server). */
const keypadDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/** Props of {@link CodeEntry}. */
export interface CodeEntryProps {
  /** What has been typed so far. */
  entry: string;
  onEntryChange: (entry: string) => void;
  /** Check in with what was typed (a code, or a scanned link: the kiosk reads the code from it). */
  onSubmit: (typed: string) => void;
  onBack: () => void;
  locale: Locale;
}

/**
 * "I have an appointment": the six-digit check-in code on an on-screen keypad, or the booking's
 * QR code held to the scanner. The field takes a scanner's keys when it has the focus; elsewhere
 * the kiosk screen collects them (useScannerInput). The field opens no system keyboard: the
 * keypad is the keyboard.
 */
export function CodeEntry({ entry, onEntryChange, onSubmit, onBack, locale }: CodeEntryProps) {
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (entry.trim() !== '') onSubmit(entry);
  };
  return (
    <form className="kiosk-check-in" onSubmit={submit}>
      <h2 id="kiosk-check-in-title" className="kiosk-title">
        <Multilingual messageKey="citizen.kiosk.appointment.enterCode" />
      </h2>
      {/* Named by the heading above it, its visible label, in every language shown (WCAG 2.5.3). */}
      <input
        className="kiosk-check-in-code figures"
        aria-labelledby="kiosk-check-in-title"
        value={entry}
        onChange={(event) => onEntryChange(event.target.value)}
        inputMode="none"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
      />
      <Multilingual as="p" className="kiosk-check-in-hint" messageKey="citizen.kiosk.appointment.scanHint" />
      <div
        className="kiosk-keypad"
        role="group"
        aria-label={translatePublic(locale, 'citizen.kiosk.appointment.code')}
      >
        {keypadDigits.map((digit) => (
          <button
            key={digit}
            type="button"
            className="kiosk-key figures"
            onClick={() => onEntryChange(entry + digit)}
          >
            {digit}
          </button>
        ))}
        <button type="button" className="kiosk-key kiosk-key-word" onClick={() => onEntryChange('')}>
          <Multilingual messageKey="citizen.kiosk.appointment.clear" />
        </button>
        <button
          type="button"
          className="kiosk-key"
          aria-label={translatePublic(locale, 'citizen.kiosk.appointment.deleteDigit')}
          onClick={() => onEntryChange(entry.slice(0, -1))}
        >
          ⌫
        </button>
      </div>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-secondary" onClick={onBack}>
          <Multilingual messageKey="citizen.kiosk.back" />
        </button>
        <button type="submit" className="kiosk-take" disabled={entry.trim() === ''}>
          <Multilingual messageKey="citizen.kiosk.appointment.checkIn" />
        </button>
      </div>
    </form>
  );
}

/** The appointment's status a refusal (INVALID_TRANSITION) names. */
function statusOf(error: ClientErrorLike): unknown {
  const extensions = error.graphQLErrors[0]?.extensions;
  return typeof extensions === 'object' && extensions !== null
    ? (extensions as Record<string, unknown>)['status']
    : undefined;
}

/** What the citizen can do after a refused check-in. */
type Way = 'tryAgain' | 'ordinary' | 'start';

/** Why a check-in was refused, in one language, and the way on the kiosk offers first. */
function refusalOf(
  error: ClientErrorLike,
  now: number,
  timeZone: string,
): { text: (lang: PublicLanguage) => string | null; way: Way } {
  const code = errorCodeOf(error);
  const opensAt = opensAtOf(error);
  if (code === 'TOO_EARLY' && opensAt) {
    return {
      text: (lang) =>
        translatePublic(lang, 'citizen.kiosk.appointment.tooEarly', {
          when: formatOpeningTimeIn(lang, opensAt, now, timeZone),
        }),
      way: 'start',
    };
  }
  if (code === 'INVALID_TRANSITION') {
    const status = statusOf(error);
    const key =
      status === 'MISSED'
        ? 'citizen.kiosk.appointment.missed'
        : status === 'CANCELLED'
          ? 'citizen.kiosk.appointment.cancelled'
          : 'citizen.kiosk.appointment.notCheckable';
    return { text: (lang) => translatePublic(lang, key), way: 'ordinary' };
  }
  if (code === 'NOT_FOUND') {
    return { text: (lang) => translatePublic(lang, 'citizen.kiosk.appointment.notFound'), way: 'tryAgain' };
  }
  // Error messages exist in zh-CN and en only (error-messages.ts): no Mongolian line.
  return {
    text: (lang) => (lang === 'en' || lang === 'zh-CN' ? describeClientError(error, lang) : null),
    way: 'start',
  };
}

/** Props of {@link CheckInRefusal}. */
export interface CheckInRefusalProps {
  error: ClientErrorLike;
  now: number;
  timeZone: string;
  /** Back to the code entry, empty. */
  onTryAgain: () => void;
  /** Back to the service choice, for an ordinary ticket. */
  onOrdinary: () => void;
  /** Back to the start screen. */
  onStart: () => void;
}

/**
 * A check-in the server refused: too early (from when it opens), missed or cancelled (with an
 * ordinary ticket one press away), an unknown code (type it again), or another error.
 */
export function CheckInRefusal({
  error,
  now,
  timeZone,
  onTryAgain,
  onOrdinary,
  onStart,
}: CheckInRefusalProps) {
  const { text, way } = refusalOf(error, now, timeZone);
  return (
    <section className="kiosk-panel" role="alert">
      <Multilingual as="p" className="kiosk-panel-title" messageKey="citizen.kiosk.appointment.failed" />
      <p className="kiosk-notice kiosk-notice-error kiosk-refusal">
        <MultilingualText text={text} />
      </p>
      <div className="kiosk-actions">
        {way === 'tryAgain' ? (
          <button type="button" className="kiosk-take" onClick={onTryAgain}>
            <Multilingual messageKey="citizen.kiosk.appointment.tryAgain" />
          </button>
        ) : null}
        {way === 'ordinary' ? (
          <button type="button" className="kiosk-take" onClick={onOrdinary}>
            <Multilingual messageKey="citizen.kiosk.appointment.takeOrdinary" />
          </button>
        ) : null}
        <button
          type="button"
          className={way === 'start' ? 'kiosk-take' : 'kiosk-secondary'}
          onClick={onStart}
        >
          <Multilingual messageKey="citizen.kiosk.back" />
        </button>
      </div>
    </section>
  );
}
