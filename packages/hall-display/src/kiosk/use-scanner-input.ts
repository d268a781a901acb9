import { useEffect, useRef } from 'react';

/** A pause longer than this between two keys starts a new scan: a scanner types far faster. */
const scanGapMilliseconds = 1_000;

/** Whether keys typed at this element are its own (a focused text field takes them itself). */
function typesItself(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
  );
}

/**
 * A kiosk's QR scanner is a keyboard: it types what it read, then Enter. While `active`, this
 * collects the keys typed anywhere on the page outside a text field and hands the text to
 * `onScan` at Enter, so that a scan works whatever has the focus (or nothing). A pause of more
 * than a second forgets what came before it: a half scan never spoils the next one.
 */
export function useScannerInput(active: boolean, onScan: (text: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  }, [onScan]);

  useEffect(() => {
    if (!active) return;
    let buffer = '';
    let lastKeyAt = 0;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (typesItself(event.target) || event.ctrlKey || event.altKey || event.metaKey) return;
      const now = Date.now();
      if (now - lastKeyAt > scanGapMilliseconds) buffer = '';
      lastKeyAt = now;
      if (event.key === 'Enter') {
        const text = buffer;
        buffer = '';
        if (text === '') return;
        // Enter would otherwise press the button that has the focus as well.
        event.preventDefault();
        latest.current(text);
      } else if (event.key.length === 1) {
        buffer += event.key;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
