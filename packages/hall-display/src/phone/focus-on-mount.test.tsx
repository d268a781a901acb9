import { type RenderedElement, renderElement } from '@onestop/shared/testing/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnMount } from './focus-on-mount';

// The result of an action takes the focus: on arrival, or once it is known to be this page's doing.

let rendered: RenderedElement | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function Result({ focus }: { focus: boolean }) {
  const notice = useFocusOnMount<HTMLParagraphElement>(focus);
  return (
    <p ref={notice} tabIndex={-1}>
      done
    </p>
  );
}

describe('useFocusOnMount', () => {
  it('focuses the element when it appears enabled', () => {
    rendered = renderElement(<Result focus />);
    expect(document.activeElement).toBe(rendered.container.querySelector('p'));
  });

  it('leaves the focus alone when it appears not enabled', () => {
    rendered = renderElement(<Result focus={false} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses it when enabled turns true after it appeared (a push came before the answer)', () => {
    rendered = renderElement(<Result focus={false} />);
    rendered.rerender(<Result focus />);
    expect(document.activeElement).toBe(rendered.container.querySelector('p'));
  });

  it('focuses it once: a later render does not pull the focus back', () => {
    rendered = renderElement(<Result focus />);
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    rendered.rerender(<Result focus />);
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
