import { type RenderedElement, renderElement } from '@onestop/shared/testing/react';
import { act, createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallBanner } from './call-banner';

// The banner covers the page (aria-modal): the focus must stay in it, and come back out after.

let rendered: RenderedElement | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

/** The page under the banner: a language button that had the focus, and the page's call notice. */
function page(banner: boolean, onDismiss = () => {}, notice = createRef<HTMLParagraphElement>()) {
  return (
    <>
      <button type="button" id="under">
        English
      </button>
      <p ref={notice} id="notice" tabIndex={-1}>
        请到 3 号窗口
      </p>
      {banner ? (
        <CallBanner
          ticketNumber="A007"
          counterLabel="3"
          recallCount={0}
          onDismiss={onDismiss}
          returnFocusTo={notice}
        />
      ) : null}
    </>
  );
}

const dismissButton = () => document.querySelector<HTMLButtonElement>('.call-banner-dismiss')!;
const under = () => document.querySelector<HTMLButtonElement>('#under')!;

function press(key: string, target: Element = document.activeElement ?? document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

describe('the call banner', () => {
  it('takes the focus to its button and keeps it there: Tab and a focus from outside stay in it', () => {
    rendered = renderElement(page(false));
    under().focus();
    rendered.rerender(page(true));

    expect(document.activeElement).toBe(dismissButton());
    const tab = press('Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(dismissButton());
    const backTab = new KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    act(() => {
      dismissButton().dispatchEvent(backTab);
    });
    expect(backTab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(dismissButton());
    // A screen reader's cursor or a script focusing the hidden page: pulled back in.
    act(() => under().focus());
    expect(document.activeElement).toBe(dismissButton());
  });

  it('closes on Escape, as "I know" does, and gives the focus back where it was', () => {
    const dismiss = vi.fn();
    rendered = renderElement(page(false, dismiss));
    under().focus();
    rendered.rerender(page(true, dismiss));
    expect(document.activeElement).toBe(dismissButton());

    press('Escape');
    expect(dismiss).toHaveBeenCalledTimes(1);
    // The screen closes it (the dismissal's state): the focus is back on the language button.
    rendered.rerender(page(false, dismiss));
    expect(document.activeElement).toBe(under());
  });

  it('gives the focus to the page’s call notice when nothing had it before', () => {
    rendered = renderElement(page(false));
    expect(document.activeElement).toBe(document.body);
    rendered.rerender(page(true));
    expect(document.activeElement).toBe(dismissButton());
    rendered.rerender(page(false));
    expect(document.activeElement).toBe(document.querySelector('#notice'));
  });
});
