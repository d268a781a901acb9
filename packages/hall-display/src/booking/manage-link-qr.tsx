import { translatePublic, type UiMessageKey } from '@onestop/shared';
import { Multilingual } from '../components/multilingual';
import { QrCode } from '../components/qr-code';
import { useCitizenLocale } from '../phone/citizen-page';

/** The address of a booking's own page, where it is viewed, moved or cancelled. */
export function manageUrlOf(manageCode: string): string {
  return `${window.location.origin}/b/${manageCode}`;
}

/** Props of {@link ManageLinkQr}. */
export interface ManageLinkQrProps {
  manageCode: string;
  /** What the code is for, under it. */
  captionKey: UiMessageKey;
  /** Whether the address is written out as a link too (after booking: to keep it). */
  showLink: boolean;
}

/**
 * The booking page's address as a QR code: kept after booking (a photo of the screen will do) and
 * shown at the kiosk's scanner to check in.
 */
export function ManageLinkQr({ manageCode, captionKey, showLink }: ManageLinkQrProps) {
  const locale = useCitizenLocale();
  const url = manageUrlOf(manageCode);
  return (
    <section className="phone-card booking-qr-card">
      <QrCode className="booking-qr" text={url} label={translatePublic(locale, 'citizen.booking.manageQr')} />
      <p>
        <Multilingual messageKey={captionKey} />
      </p>
      {showLink ? (
        <a className="booking-manage-link" href={url}>
          {url}
        </a>
      ) : null}
    </section>
  );
}
