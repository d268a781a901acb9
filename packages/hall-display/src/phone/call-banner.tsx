import { useEffect, useRef } from 'react';
import { Multilingual } from '../components/multilingual';

/** Props of {@link CallBanner}. */
export interface CallBannerProps {
  ticketNumber: string;
  counterLabel: string;
  recallCount: number;
  onDismiss: () => void;
}

/** The whole screen says it: your number, go to counter N (again, on a recall). */
export function CallBanner({ ticketNumber, counterLabel, recallCount, onDismiss }: CallBannerProps) {
  const dismissButton = useRef<HTMLButtonElement>(null);
  useEffect(() => dismissButton.current?.focus(), [recallCount]);
  return (
    <div
      className="call-banner"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="call-banner-title"
      aria-describedby="call-banner-counter"
    >
      <div className="call-banner-content">
        <div className="call-banner-call">
          <p id="call-banner-title" className="call-banner-title">
            <Multilingual messageKey="citizen.phone.calledTitle" />
          </p>
          <p className="call-banner-number figures">{ticketNumber}</p>
        </div>
        <div className="call-banner-where">
          <p id="call-banner-counter" className="call-banner-counter">
            <Multilingual messageKey="citizen.phone.goToCounter" values={{ label: counterLabel }} />
          </p>
          {recallCount > 0 ? (
            <p className="call-banner-recall">
              <Multilingual messageKey="citizen.phone.recalled" values={{ count: recallCount + 1 }} />
            </p>
          ) : null}
          <button
            ref={dismissButton}
            type="button"
            className="phone-button call-banner-dismiss"
            onClick={onDismiss}
          >
            <Multilingual messageKey="citizen.phone.dismiss" />
          </button>
        </div>
      </div>
    </div>
  );
}
