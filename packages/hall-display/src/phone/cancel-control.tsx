import { useState } from 'react';
import { useMutation } from 'urql';
import { Multilingual } from '../components/multilingual';
import { ClientErrorText } from './client-error-text';
import { cancelTicketMutation } from './documents';
import type { CitizenTicket } from './use-citizen-ticket';

/** Props of {@link CancelControl}. */
export interface CancelControlProps {
  accessCode: string;
  onCancelled: (ticket: CitizenTicket) => void;
}

/** "Cancel my ticket", asked twice: a slip of the thumb must not throw away a place in the queue. */
export function CancelControl({ accessCode, onCancelled }: CancelControlProps) {
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
        <Multilingual messageKey="citizen.phone.cancel" />
      </button>
    );
  }
  return (
    <div className="phone-card cancel-confirm" role="alertdialog" aria-labelledby="cancel-question">
      <p id="cancel-question">
        <Multilingual messageKey="citizen.phone.cancelConfirm" />
      </p>
      {result.error ? (
        <p className="phone-notice phone-notice-error" role="alert">
          <ClientErrorText error={result.error} />
        </p>
      ) : null}
      <div className="phone-actions">
        <button
          type="button"
          className="phone-button phone-button-danger"
          disabled={result.fetching}
          onClick={() => void confirm()}
        >
          <Multilingual messageKey="citizen.phone.cancelYes" />
        </button>
        <button type="button" className="phone-button" onClick={() => setConfirming(false)}>
          <Multilingual messageKey="citizen.phone.cancelNo" />
        </button>
      </div>
    </div>
  );
}
