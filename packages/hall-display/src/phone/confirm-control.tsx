import type { ClientErrorLike } from '@onestop/shared/client';
import type { UiMessageKey } from '@onestop/shared';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Multilingual } from '../components/multilingual';
import { ClientErrorText } from './client-error-text';

/** Props of {@link ConfirmControl}. */
export interface ConfirmControlProps {
  /** The button that asks. */
  startKey: UiMessageKey;
  questionKey: UiMessageKey;
  yesKey: UiMessageKey;
  noKey: UiMessageKey;
  /** Does it; resolves true when done, which closes the question. */
  onConfirm: () => Promise<boolean>;
  /** The last attempt's failure, shown under the question. */
  error: ClientErrorLike | null | undefined;
  busy: boolean;
}

/**
 * A step that cannot be undone (cancelling a ticket, a booking), asked twice: a slip of the thumb
 * must not do it. The safe answer comes first and has the focus, Escape gives it too, and the
 * focus goes back to the button that asked (WCAG 2.4.3).
 */
export function ConfirmControl({
  startKey,
  questionKey,
  yesKey,
  noKey,
  onConfirm,
  error,
  busy,
}: ConfirmControlProps) {
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const startButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // Only a question the citizen closed gives the focus back; on the first render nothing moves.
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) {
      asked.current = true;
      keepButton.current?.focus();
    } else if (asked.current) {
      startButton.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={startButton}
        type="button"
        className="phone-button phone-button-danger"
        onClick={() => setConfirming(true)}
      >
        <Multilingual messageKey={startKey} />
      </button>
    );
  }
  const keep = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setConfirming(false);
  };
  return (
    <div
      className="phone-card cancel-confirm"
      role="alertdialog"
      aria-labelledby={questionId}
      onKeyDown={keep}
    >
      <p id={questionId}>
        <Multilingual messageKey={questionKey} />
      </p>
      {error ? (
        <p className="phone-notice phone-notice-error" role="alert">
          <ClientErrorText error={error} />
        </p>
      ) : null}
      <div className="phone-actions">
        <button ref={keepButton} type="button" className="phone-button" onClick={() => setConfirming(false)}>
          <Multilingual messageKey={noKey} />
        </button>
        <button
          type="button"
          className="phone-button phone-button-danger"
          disabled={busy}
          onClick={() => void onConfirm().then((done) => done && setConfirming(false))}
        >
          <Multilingual messageKey={yesKey} />
        </button>
      </div>
    </div>
  );
}
