import type { Locale } from '@onestop/shared';
import { describeClientError } from '@onestop/shared/client';
import { useState } from 'react';
import { useMutation } from 'urql';
import { cancelTicketMutation } from './documents';
import type { Text } from './text';
import type { CitizenTicket } from './use-citizen-ticket';

/** Props of {@link CancelControl}. */
export interface CancelControlProps {
  accessCode: string;
  locale: Locale;
  text: Text;
  onCancelled: (ticket: CitizenTicket) => void;
}

/** "Cancel my ticket", asked twice: a slip of the thumb must not throw away a place in the queue. */
export function CancelControl({ accessCode, locale, text, onCancelled }: CancelControlProps) {
  const [confirming, setConfirming] = useState(false);
  const [result, cancel] = useMutation(cancelTicketMutation);

  async function confirm(): Promise<void> {
    const answer = await cancel({ accessCode });
    if (answer.data) {
      setConfirming(false);
      onCancelled(answer.data.cancelTicket);
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="phone-button phone-button-danger" onClick={() => setConfirming(true)}>
        {text('citizen.phone.cancel')}
      </button>
    );
  }
  return (
    <div className="phone-card cancel-confirm" role="alertdialog" aria-labelledby="cancel-question">
      <p id="cancel-question">{text('citizen.phone.cancelConfirm')}</p>
      {result.error ? (
        <p className="phone-notice phone-notice-error" role="alert">
          {describeClientError(result.error, locale)}
        </p>
      ) : null}
      <div className="phone-actions">
        <button
          type="button"
          className="phone-button phone-button-danger"
          disabled={result.fetching}
          onClick={() => void confirm()}
        >
          {text('citizen.phone.cancelYes')}
        </button>
        <button type="button" className="phone-button" onClick={() => setConfirming(false)}>
          {text('citizen.phone.cancelNo')}
        </button>
      </div>
    </div>
  );
}
