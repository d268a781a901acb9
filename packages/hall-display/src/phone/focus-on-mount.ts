import { type RefObject, useEffect, useRef } from 'react';

/**
 * A ref whose element takes the focus when it appears with `enabled`, or when `enabled` turns
 * true while it shows (once): the result of an action shown where the control that did it was
 * (booked, rated, cancelled), so that the focus does not fall back to the page's start and a
 * screen reader reads the result (WCAG 2.4.3). The push of a ticket's new status may show the
 * result before the action's own answer says it was this page's doing: hence "turns true". The
 * element needs `tabIndex={-1}` unless it is a control.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true): RefObject<T | null> {
  const element = useRef<T>(null);
  // Once: a later render must not pull the focus back from where the citizen went.
  const focused = useRef(false);
  useEffect(() => {
    if (!enabled || focused.current) return;
    focused.current = true;
    element.current?.focus();
  }, [enabled]);
  return element;
}
