import { useEffect, useRef } from 'react';
import type { Text } from './text';

/** Props of {@link CallBanner}. */
export interface CallBannerProps {
  ticketNumber: string;
  counterLabel: string;
  recallCount: number;
  text: Text;
  onDismiss: () => void;
}

/** The whole screen says it: your number, go to counter N (again, on a recall). */
export function CallBanner({ ticketNumber, counterLabel, recallCount, text, onDismiss }: CallBannerProps) {
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
      <p id="call-banner-title" className="call-banner-title">
        {text('citizen.phone.calledTitle')}
      </p>
      <p className="call-banner-number figures">{ticketNumber}</p>
      <p id="call-banner-counter" className="call-banner-counter">
        {text('citizen.phone.goToCounter', { label: counterLabel })}
      </p>
      {recallCount > 0 ? (
        <p className="call-banner-recall">{text('citizen.phone.recalled', { count: recallCount + 1 })}</p>
      ) : null}
      <button
        ref={dismissButton}
        type="button"
        className="phone-button call-banner-dismiss"
        onClick={onDismiss}
      >
        {text('citizen.phone.dismiss')}
      </button>
    </div>
  );
}
