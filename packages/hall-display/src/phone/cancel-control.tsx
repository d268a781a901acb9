import { useMutation } from 'urql';
import { ConfirmControl } from './confirm-control';
import { cancelTicketMutation } from './documents';
import type { CitizenTicket } from './use-citizen-ticket';

/** Props of {@link CancelControl}. */
export interface CancelControlProps {
  accessCode: string;
  onCancelled: (ticket: CitizenTicket) => void;
}

/** "Cancel my ticket", asked twice: a slip of the thumb must not throw away a place in the queue. */
export function CancelControl({ accessCode, onCancelled }: CancelControlProps) {
  const [result, cancel] = useMutation(cancelTicketMutation);
  return (
    <ConfirmControl
      startKey="citizen.phone.cancel"
      questionKey="citizen.phone.cancelConfirm"
      yesKey="citizen.phone.cancelYes"
      noKey="citizen.phone.cancelNo"
      error={result.error}
      busy={result.fetching}
      onConfirm={async () => {
        const answer = await cancel({ accessCode });
        if (answer.data) onCancelled(answer.data.cancelTicket);
        return Boolean(answer.data);
      }}
    />
  );
}
