import { useParams } from 'react-router-dom';
import { ManageBookingScreen } from '../booking/manage-booking-screen';

/** `/b/:manageCode`: a citizen's booking; the manage code is the only key. */
export function ManageBookingPage() {
  const { manageCode = '' } = useParams();
  return <ManageBookingScreen key={manageCode} manageCode={manageCode} />;
}
