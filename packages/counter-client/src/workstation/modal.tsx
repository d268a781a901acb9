import { FocusTrap } from 'focus-trap-react';
import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

/** Props of {@link Modal}. */
export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** An operation the dialog started is on its way: Escape leaves it open until the answer. */
  pending?: boolean;
  /** Extra keys the dialog handles (digits picking a choice). */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * A modal dialog for the keyboard (WCAG 2.1.2, 2.4.3): focus moves into it (to the element marked
 * `data-autofocus`, else the first control), cannot leave it by Tab or a click outside, Escape
 * closes it unless its operation is on its way, and focus returns to where it was when it opened.
 */
export function Modal({ title, onClose, children, pending = false, onKeyDown }: ModalProps) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      // Closing now would hide the answer (or the refusal) of the operation on its way.
      if (!pending) onClose();
      return;
    }
    onKeyDown?.(event);
  }

  return (
    <div className="desk-modal-backdrop">
      <FocusTrap
        focusTrapOptions={{
          initialFocus: () => box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? undefined,
          fallbackFocus: () => box.current ?? document.body,
          // Escape is the dialog's own (above): it knows whether an operation is on its way.
          escapeDeactivates: false,
          returnFocusOnDeactivate: true,
          // Focus is inside as the dialog appears, so a key pressed at once lands in it.
          delayInitialFocus: false,
          // Without it tabbable takes every element of a layout-less test DOM for hidden; the
          // dialog holds nothing hidden that could be tabbed to.
          tabbableOptions: { displayCheck: 'none' },
        }}
      >
        <div
          ref={box}
          className="desk-modal"
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={handleKeyDown}
        >
          <h2 id={titleId}>{title}</h2>
          {children}
        </div>
      </FocusTrap>
    </div>
  );
}
