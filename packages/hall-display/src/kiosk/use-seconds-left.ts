import { useEffect, useState } from 'react';

/** Whole seconds left of `total`, counted down from the moment the component appears. */
export function useSecondsLeft(total: number): number {
  const [left, setLeft] = useState(Math.ceil(total));
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(
      () => setLeft(Math.max(0, Math.ceil(total - (Date.now() - started) / 1000))),
      250,
    );
    return () => clearInterval(timer);
  }, [total]);
  return left;
}
