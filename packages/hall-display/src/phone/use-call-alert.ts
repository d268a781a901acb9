import { useCallback, useEffect, useRef, useState } from 'react';
import { type BrowserSpeaker, createBrowserSpeaker } from '../announcements/browser-speaker';

/** The vibration pattern of a call: three long pulses, felt in a pocket. */
export const callVibrationPattern = [400, 150, 400, 150, 400];

/** What {@link useCallAlert} gives the phone page. */
export interface CallAlert {
  /** The full-screen banner is up. */
  bannerOpen: boolean;
  dismiss: () => void;
  /** The browser waits for one tap before it plays sound. */
  soundBlocked: boolean;
  /** Call from that tap. */
  enableSound: () => void;
  /**
   * Plays the short chime of the page's other alerts (almost your turn), on the same permission:
   * silent until the citizen allowed sound once where the browser asks for a tap.
   */
  chime: () => void;
}

/**
 * Alerts the citizen once per call and once per recall (each a new `callKey`): the banner
 * opens, the phone vibrates and chimes where the browser allows it. A reload while called
 * opens the banner again, since the citizen may have missed it.
 */
export function useCallAlert(callKey: string | null): CallAlert {
  // The banner is open for every call the citizen has not dismissed yet.
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const speaker = useRef<BrowserSpeaker | null>(null);
  const alerted = useRef<string | null>(null);

  useEffect(() => {
    const created = createBrowserSpeaker();
    speaker.current = created;
    let cancelled = false;
    void created.canPlayWithoutGesture().then((allowed) => {
      if (!cancelled) setSoundBlocked(!allowed);
    });
    return () => {
      cancelled = true;
      speaker.current = null;
      created.dispose();
    };
  }, []);

  useEffect(() => {
    if (callKey === null || alerted.current === callKey) return;
    alerted.current = callKey;
    // Both are refused silently where the browser forbids them (no tap yet, no vibration motor).
    if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') {
      navigator.vibrate(callVibrationPattern);
    }
    void speaker.current?.chime();
  }, [callKey]);

  const dismiss = useCallback(() => setDismissedKey(callKey), [callKey]);
  const enableSound = useCallback(() => {
    speaker.current?.unlock();
    setSoundBlocked(false);
  }, []);
  const chime = useCallback(() => {
    void speaker.current?.chime();
  }, []);
  return {
    bannerOpen: callKey !== null && dismissedKey !== callKey,
    dismiss,
    soundBlocked,
    enableSound,
    chime,
  };
}
