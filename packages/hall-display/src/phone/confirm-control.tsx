import type { ClientErrorLike } from '@onestop/shared/client';
import type { UiMessageKey } from '@onestop/shared';
import { useState } from 'react';
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

/** A step that cannot be undone (cancelling a ticket, a booking), asked twice: a slip of the thumb must not do it. */
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

  if (!confirming) {
    return (
      <button type="button" className="phone-button phone-button-danger" onClick={() => setConfirming(true)}>
        <Multilingual messageKey={startKey} />
      </button>
    );
  }
  return (
    <div className="phone-card cancel-confirm" role="alertdialog" aria-labelledby="confirm-question">
      <p id="confirm-question">
        <Multilingual messageKey={questionKey} />
      </p>
      {error ? (
        <p className="phone-notice phone-notice-error" role="alert">
          <ClientErrorText error={error} />
        </p>
      ) : null}
      <div className="phone-actions">
        <button
          type="button"
          className="phone-button phone-button-danger"
          disabled={busy}
          onClick={() => void onConfirm().then((done) => done && setConfirming(false))}
        >
          <Multilingual messageKey={yesKey} />
        </button>
        <button type="button" className="phone-button" onClick={() => setConfirming(false)}>
          <Multilingual messageKey={noKey} />
        </button>
      </div>
    </div>
  );
}
