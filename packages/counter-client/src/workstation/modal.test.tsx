import { renderElement, type RenderedElement } from '@onestop/shared/testing/react';
import { act, type ReactElement, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Modal } from './modal';

// The desk's dialogs (WCAG 2.1.2, 2.4.3): focus goes in, stays in, and comes back to the opener.

let rendered: RenderedElement | undefined;
let closes = 0;

/** A page with a button that opens the dialog, and a field outside it. */
function Page({ pending = false, autofocus = false }: { pending?: boolean; autofocus?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="opener" onClick={() => setOpen(true)}>
        完成
      </button>
      <input type="text" data-testid="outside" />
      {open ? (
        <Modal
          title="办结 A001"
          pending={pending}
          onClose={() => {
            closes += 1;
            setOpen(false);
          }}
        >
          <input type="text" data-testid="first" />
          <button type="button" data-testid="confirm" data-autofocus={autofocus || undefined}>
            确认办结
          </button>
          <button type="button" data-testid="cancel">
            取消
          </button>
        </Modal>
      ) : null}
    </>
  );
}

function byTestId(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function openFromButton(page: ReactElement): void {
  rendered = renderElement(page);
  const opener = byTestId('opener');
  opener.focus();
  act(() => opener.click());
}

function key(key: string, shiftKey = false): void {
  act(() => {
    (document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }),
    );
  });
}

afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
  closes = 0;
});

describe('a dialog at the desk', () => {
  it('is a modal dialog named by its title', () => {
    openFromButton(<Page />);
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      '办结 A001',
    );
  });

  it('puts focus on its first field, or on the control marked to take it', () => {
    openFromButton(<Page />);
    expect(document.activeElement).toBe(byTestId('first'));
    rendered?.unmount();
    openFromButton(<Page autofocus />);
    expect(document.activeElement).toBe(byTestId('confirm'));
  });

  it('keeps Tab inside, both ways round', () => {
    openFromButton(<Page />);
    byTestId('cancel').focus();
    key('Tab');
    expect(document.activeElement).toBe(byTestId('first'));
    key('Tab', true);
    expect(document.activeElement).toBe(byTestId('cancel'));
  });

  it('takes focus back when something outside grabs it', () => {
    openFromButton(<Page />);
    act(() => byTestId('outside').focus());
    expect(byTestId('outside')).not.toBe(document.activeElement);
    expect(document.querySelector('[role="dialog"]')?.contains(document.activeElement)).toBe(true);
  });

  it('closes on Escape and gives focus back to the button that opened it', () => {
    openFromButton(<Page />);
    key('Escape');
    expect(closes).toBe(1);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(byTestId('opener'));
  });

  it('stays open on Escape while its operation is on its way', () => {
    openFromButton(<Page pending />);
    key('Escape');
    expect(closes).toBe(0);
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
  });
});
