import { useParams } from 'react-router-dom';
import { BookingScreen } from '../booking/booking-screen';

/** `/book/:hallCode`: a citizen books an appointment at a hall, without a login. */
export function BookingPage() {
  const { hallCode = '' } = useParams();
  return <BookingScreen key={hallCode} hallCode={hallCode} />;
}
