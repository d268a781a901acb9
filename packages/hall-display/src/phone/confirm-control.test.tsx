import { type RenderedElement, renderElement } from '@onestop/shared/testing/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublicLanguages } from '../components/multilingual';
import { ConfirmControl } from './confirm-control';

// The question before a step that cannot be undone: the safe answer first, focused, on Escape too.

let rendered: RenderedElement | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function open(onConfirm: () => Promise<boolean> = async () => true) {
  rendered = renderElement(
    <PublicLanguages languages={['zh-CN']}>
      <ConfirmControl
        startKey="citizen.phone.cancel"
        questionKey="citizen.phone.cancelConfirm"
        yesKey="citizen.phone.cancelYes"
        noKey="citizen.phone.cancelNo"
        error={null}
        busy={false}
        onConfirm={onConfirm}
      />
    </PublicLanguages>,
  );
  return rendered.container;
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function ask(container: HTMLElement): void {
  const start = button(container, '取消排队');
  start.focus();
  act(() => start.click());
}

describe('the confirmation of a step that cannot be undone', () => {
  it('puts "keep my place" first and gives it the focus', () => {
    const container = open();
    ask(container);
    const question = container.querySelector('[role="alertdialog"]')!;
    expect([...question.querySelectorAll('button')].map((candidate) => candidate.textContent)).toEqual([
      '继续排队',
      '确定取消',
    ]);
    expect(document.activeElement).toBe(button(container, '继续排队'));
    // Named by its question.
    expect(document.getElementById(question.getAttribute('aria-labelledby')!)?.textContent).toBe(
      '确定要取消排队吗？取消后此号码作废。',
    );
  });

  it('takes Escape as "keep my place", and gives the focus back to the button that asked', () => {
    const onConfirm = vi.fn(async () => true);
    const container = open(onConfirm);
    ask(container);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      document.activeElement!.dispatchEvent(escape);
    });
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button(container, '取消排队'));
  });

  it('gives the focus back to the button that asked after "keep my place"', () => {
    const container = open();
    ask(container);
    act(() => button(container, '继续排队').click());
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(button(container, '取消排队'));
  });

  it('moves no focus before it is asked', () => {
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    open();
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
