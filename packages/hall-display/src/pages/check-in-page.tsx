import { useParams } from 'react-router-dom';
import { CheckInScreen } from '../phone/check-in-screen';

/** `/checkin/:code`: the wall display's check-in QR code, opened by a phone's camera app. */
export function CheckInPage() {
  const { code = '' } = useParams();
  // A new code is a new attempt: nothing of the previous one carries over.
  return <CheckInScreen key={code} checkInCode={code} />;
}
