/** Retries an assertion until it passes or the time is up: no fixed sleeps in tests. */
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
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
  }
}
