import { FocusTrap } from 'focus-trap-react';
import { type RefObject, useEffect, useRef } from 'react';
import { Multilingual } from '../components/multilingual';

/** Props of {@link CallBanner}. */
export interface CallBannerProps {
  ticketNumber: string;
  counterLabel: string;
  recallCount: number;
  /** "I know": closes the banner (Escape does the same). */
  onDismiss: () => void;
  /**
   * Where the focus goes when the banner closes, if what had it before is gone (the cancel button
   * of a ticket now called) or nothing had it: the page's own "go to counter N".
   */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * The whole screen says it: your number, go to counter N (again, on a recall). A modal dialog:
 * the focus goes to its button and stays in it, since what is under it is hidden (WCAG 2.4.3,
 * 2.4.11); Escape is "I know"; closed, the focus goes back where it was.
 */
export function CallBanner({
  ticketNumber,
  counterLabel,
  recallCount,
  onDismiss,
  returnFocusTo,
}: CallBannerProps) {
  const dismissButton = useRef<HTMLButtonElement>(null);
  // A recall while the banner is still up: the focus back on its button, and read out again.
  useEffect(() => dismissButton.current?.focus(), [recallCount]);

  return (
    <FocusTrap
      focusTrapOptions={{
        initialFocus: () => dismissButton.current ?? false,
        fallbackFocus: () => dismissButton.current ?? document.body,
        // Escape is its button ("I know"; the trap reads its options once, the button is current).
        // The banner goes when dismissed: its unmounting then gives the focus back.
        escapeDeactivates: () => {
          dismissButton.current?.click();
          return false;
        },
        returnFocusOnDeactivate: true,
        setReturnFocus: (previous) =>
          previous instanceof HTMLElement && previous.isConnected && previous !== document.body
            ? previous
            : (returnFocusTo?.current ?? false),
        // Tabbable's visibility check needs layout; the banner shows whenever it is rendered.
        tabbableOptions: { displayCheck: 'none' },
      }}
    >
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
    </FocusTrap>
  );
}
