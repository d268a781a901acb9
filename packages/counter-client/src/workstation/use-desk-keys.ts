import { useEffect, useRef } from 'react';
import { type DeskOperation, operationsOfKey } from './desk-actions';
import type { WorkstationOperation } from './operations';
import { type KeyedOperation, operationForKey } from './workstation-config';

/** What {@link useDeskKeys} reads at the moment of a press. */
export interface DeskKeys {
  keys: Readonly<Record<KeyedOperation, string>>;
  legal: ReadonlySet<WorkstationOperation>;
  /** Dialogs take their own keys. */
  dialogOpen: boolean;
  /** Presses the operation as its button would. */
  onPress: (operation: DeskOperation) => void;
}

/**
 * The workstation's keys: a configured key presses the first of its operations that is legal
 * now (F9 pauses an open counter, resumes a paused one), with the latest state on screen.
 */
export function useDeskKeys(state: DeskKeys): void {
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    const { keys, legal, dialogOpen, onPress } = state;
    keyHandler.current = (event) => {
      const keyed = operationForKey(keys, event.key);
      if (!keyed) return;
      // F1 (help) and F3 (find) must not do the browser's thing at a counter.
      event.preventDefault();
      // A held key repeats: one press, one operation.
      if (event.repeat || dialogOpen) return;
      // The operations themselves ignore a press while another is in flight (the double-press
      // guard); F4 and F9 only open a dialog, whose confirm button waits for it.
      const operation = operationsOfKey(keyed).find((candidate) => legal.has(candidate));
      if (operation) onPress(operation);
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
