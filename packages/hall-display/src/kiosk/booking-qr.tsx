import { type Locale, translatePublic } from '@onestop/shared';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Multilingual } from '../components/multilingual';
import { kioskBookingQuery } from './documents';
import { QrCode } from '../components/qr-code';

/** The address of the hall's booking page (预约), on the server that serves this kiosk. */
export function bookingUrlOf(hallCode: string, origin: string = window.location.origin): string {
  return `${origin}/book/${encodeURIComponent(hallCode)}`;
}

const bookingRereadMilliseconds = 5 * 60_000;

/** What {@link useKioskBooking} gives the kiosk. */
export interface KioskBooking {
  /** The booking page's address while an active service of the hall takes appointments, else null. */
  bookingUrl: string | null;
}

/**
 * Whether the hall takes appointments, for the start screen's "I have an appointment" and the
 * booking QR codes, read again every few minutes (an administrator may turn appointments on or
 * off meanwhile). Until the answer comes, and when it fails, the kiosk offers neither: tickets
 * come first, and a scan of a booking's QR code works all the same.
 */
export function useKioskBooking(hallId: string): KioskBooking {
  const [result, reexecute] = useQuery({
    query: kioskBookingQuery,
    variables: { hallId },
    requestPolicy: 'cache-and-network',
  });
  const hall = result.data?.hall;
  const takesAppointments =
    hall?.services.some((service) => service.active && service.appointmentSettings.enabled) ?? false;
  useEffect(() => {
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), bookingRereadMilliseconds);
    return () => clearInterval(timer);
  }, [reexecute]);
  return { bookingUrl: hall && takesAppointments ? bookingUrlOf(hall.code) : null };
}

/** Props of {@link BookingQr}. */
export interface BookingQrProps {
  bookingUrl: string;
  /** The language a screen reader reads the code's label in. */
  locale: Locale;
  className: string;
}

/** The booking page's QR code, small, captioned 扫码预约 / Book an appointment. */
export function BookingQr({ bookingUrl, locale, className }: BookingQrProps) {
  return (
    <figure className={className}>
      <QrCode
        className="booking-qr-code"
        text={bookingUrl}
        label={translatePublic(locale, 'citizen.kiosk.appointment.book')}
      />
      <Multilingual
        as="figcaption"
        className="booking-qr-caption"
        messageKey="citizen.kiosk.appointment.book"
      />
    </figure>
  );
}
