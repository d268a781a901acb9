/** How often the waits below look again. */
const pollMs = 50;

const pause = (): Promise<void> => new Promise((resolveWait) => setTimeout(resolveWait, pollMs));

/**
 * Retries an assertion until it passes or the time is up: no fixed sleeps in tests. The time is
 * not a latency figure (those are `pnpm bench`'s) but how long to wait before calling it a failure.
 */
export async function expectEventually(
  assertion: () => Promise<void> | void,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await pause();
    }
  }
}

/**
 * Waits until `probe` gives a value (anything but undefined, null or false) and returns it: for
 * waiting on the event itself — a push, a row, a state the server reached — and going on with it.
 */
export async function waitFor<Value>(
  what: string,
  probe: () => Promise<Value | undefined | null | false> | Value | undefined | null | false,
  timeoutMs = 5_000,
): Promise<Value> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await pause();
  }
}
