import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

/** Props of {@link Modal}. */
export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra keys the dialog handles (digits picking a choice). */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

const focusable =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * A modal dialog for the keyboard: focus moves into it (to the element marked
 * `data-autofocus`, else the first control), stays inside on Tab, Escape closes it, and focus
 * returns where it was.
 */
export function Modal({ title, onClose, children, onKeyDown }: ModalProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = box.current;
    const first =
      element?.querySelector<HTMLElement>('[data-autofocus]') ??
      element?.querySelector<HTMLElement>(focusable);
    first?.focus();
    return () => previous?.focus();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'Tab' && box.current) {
      const controls = [...box.current.querySelectorAll<HTMLElement>(focusable)];
      const first = controls[0];
      const last = controls[controls.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
      return;
    }
    onKeyDown?.(event);
  }

  return (
    <div className="desk-modal-backdrop">
      <div
        ref={box}
        className="desk-modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={handleKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
