import { useEffect, useRef } from 'react';
import { Multilingual } from '../components/multilingual';

/** Props of {@link IdleWarning}. */
export interface IdleWarningProps {
  secondsLeft: number;
  /** The one tap that gives the full time again. */
  onExtend: () => void;
}

/**
 * "10 秒后返回首页" and one large "继续使用" button, shown the last seconds before an unused kiosk
 * goes back to its start screen (WCAG 2.2.1). The button takes the focus while it shows; when it
 * goes (one tap on it, or any touch or key) the focus goes back to where it was, unless that
 * touch put it elsewhere. Not modal: a tap anywhere keeps the kiosk in use just as well.
 */
export function IdleWarning({ secondsLeft, onExtend }: IdleWarningProps) {
  const extendButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    const button = extendButton.current;
    button?.focus();
    return () => {
      const now = document.activeElement;
      // The button is gone; a tap elsewhere has put the focus where it wanted it.
      const lost = now === null || now === document.body || now === button;
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div className="kiosk-idle-warning" role="alertdialog" aria-labelledby="kiosk-idle-warning-text">
      <p id="kiosk-idle-warning-text" className="kiosk-idle-warning-text">
        <Multilingual messageKey="citizen.kiosk.returning" values={{ seconds: secondsLeft }} />
      </p>
      <button ref={extendButton} type="button" className="kiosk-take kiosk-idle-extend" onClick={onExtend}>
        <Multilingual messageKey="citizen.kiosk.keepUsing" />
      </button>
    </div>
  );
}
