import { renderElement } from '@onestop/shared/testing/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleStateAt, type IdleTimeoutOptions, useIdleTimeout } from './idle-timer';

describe('idleStateAt', () => {
  it.each([
    [0, { warning: false, secondsLeft: 20, expired: false }],
    [9_999, { warning: false, secondsLeft: 11, expired: false }],
    [10_000, { warning: true, secondsLeft: 10, expired: false }],
    [19_001, { warning: true, secondsLeft: 1, expired: false }],
    [20_000, { warning: false, secondsLeft: 0, expired: true }],
    [25_000, { warning: false, secondsLeft: 0, expired: true }],
  ])('%i ms after the last touch of 20 s with a 10 s warning', (elapsed, expected) => {
    expect(idleStateAt(1_000, 1_000 + elapsed, 20_000, 10_000)).toEqual(expected);
  });
});

describe('useIdleTimeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  let unmount: (() => void) | undefined;
  afterEach(() => unmount?.());

  /** Renders the hook in a probe component; `result.current` is what it gave last. */
  function renderIdle(options: Partial<IdleTimeoutOptions> = {}) {
    const onTimeout = vi.fn();
    const result: { current: ReturnType<typeof useIdleTimeout> } = {
      current: { warning: false, secondsLeft: 0, extend: () => {} },
    };
    function Probe(props: IdleTimeoutOptions) {
      result.current = useIdleTimeout(props);
      return null;
    }
    const rendered = renderElement(
      <Probe timeoutMs={20_000} warnMs={10_000} onTimeout={onTimeout} enabled {...options} />,
    );
    unmount = rendered.unmount;
    const rerender = (props: IdleTimeoutOptions) => rendered.rerender(<Probe {...props} />);
    return { result, onTimeout, rerender };
  }

  const wait = (milliseconds: number) => act(() => vi.advanceTimersByTime(milliseconds));
  const touch = (type = 'pointerdown') =>
    act(() => {
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
    });

  it('times out after the full time without a touch', () => {
    const { result, onTimeout } = renderIdle();
    wait(19_500);
    expect(onTimeout).not.toHaveBeenCalled();
    wait(750);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(result.current.warning).toBe(false);
  });

  it('warns 10 s before the timeout, counting the seconds down', () => {
    const { result } = renderIdle();
    wait(9_500);
    expect(result.current.warning).toBe(false);
    expect(result.current.secondsLeft).toBe(11);
    wait(750);
    expect(result.current.warning).toBe(true);
    expect(result.current.secondsLeft).toBe(10);
    wait(5_000);
    expect(result.current.secondsLeft).toBe(5);
  });

  it.each(['pointerdown', 'touchstart', 'keydown'])(
    'counts from the last touch or key: a %s at 15 s postpones the timeout past 20 s',
    (type) => {
      const { result, onTimeout } = renderIdle();
      wait(15_000);
      expect(result.current.warning).toBe(true);
      touch(type);
      expect(result.current.warning).toBe(false);
      wait(10_000);
      expect(onTimeout).not.toHaveBeenCalled();
      expect(result.current.warning).toBe(true);
      wait(10_500);
      expect(onTimeout).toHaveBeenCalledTimes(1);
    },
  );

  it('gives the full time again with one extend', () => {
    const { result, onTimeout } = renderIdle();
    wait(12_000);
    expect(result.current.warning).toBe(true);
    act(() => result.current.extend());
    expect(result.current.warning).toBe(false);
    expect(result.current.secondsLeft).toBe(20);
    wait(19_000);
    expect(onTimeout).not.toHaveBeenCalled();
    wait(1_250);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('does not count while disabled, and starts afresh when enabled', () => {
    const { result, onTimeout, rerender } = renderIdle({ enabled: false });
    wait(30_000);
    expect(onTimeout).not.toHaveBeenCalled();
    expect(result.current.warning).toBe(false);
    rerender({ timeoutMs: 20_000, warnMs: 10_000, onTimeout, enabled: true });
    wait(15_000);
    expect(result.current.warning).toBe(true);
    rerender({ timeoutMs: 20_000, warnMs: 10_000, onTimeout, enabled: false });
    expect(result.current.warning).toBe(false);
    rerender({ timeoutMs: 20_000, warnMs: 10_000, onTimeout, enabled: true });
    expect(result.current.secondsLeft).toBe(20);
    wait(19_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('ignores touches once disabled', () => {
    const { onTimeout, rerender } = renderIdle();
    rerender({ timeoutMs: 20_000, warnMs: 10_000, onTimeout, enabled: false });
    touch();
    wait(30_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
