import { useParams } from 'react-router-dom';
import { CitizenTicketScreen } from '../phone/citizen-ticket-screen';

/** `/t/:accessCode`: a citizen follows their ticket on their phone; the access code is the only key. */
export function TicketPage() {
  const { accessCode = '' } = useParams();
  // A new code is a new ticket: nothing of the previous one (banner, rating) carries over.
  return <CitizenTicketScreen key={accessCode} accessCode={accessCode} />;
}
