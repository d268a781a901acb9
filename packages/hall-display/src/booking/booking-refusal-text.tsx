import { Multilingual } from '../components/multilingual';
import { ClientErrorText } from '../phone/client-error-text';
import type { BookingRefusal } from './booking-rules';

/** Why a booking or a move did not go through, in the page's languages. */
export function BookingRefusalText({ refusal }: { refusal: BookingRefusal }) {
  switch (refusal.kind) {
    case 'slotTaken':
    case 'slotGone':
      return <Multilingual messageKey="citizen.booking.slotTaken" />;
    case 'quota':
      return <Multilingual messageKey={`citizen.booking.quota.${refusal.quota}`} />;
    case 'phone':
      return <Multilingual messageKey="citizen.booking.phoneInvalid" />;
    case 'other':
      return <ClientErrorText error={refusal.error} />;
  }
}
