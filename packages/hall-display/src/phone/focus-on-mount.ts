import { type RefObject, useEffect, useRef } from 'react';

/**
 * A ref whose element takes the focus when it appears, if `enabled`: the result of an action
 * shown where the control that did it was (booked, rated, cancelled), so that the focus does not
 * fall back to the page's start and a screen reader reads the result (WCAG 2.4.3). The element
 * needs `tabIndex={-1}` unless it is a control.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true): RefObject<T | null> {
  const element = useRef<T>(null);
  // Only on arrival: a later render must not pull the focus back from where the citizen went.
  const enabledAtMount = useRef(enabled);
  useEffect(() => {
    if (enabledAtMount.current) element.current?.focus();
  }, []);
  return element;
}
