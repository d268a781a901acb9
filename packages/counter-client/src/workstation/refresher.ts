/**
 * Runs `load` again on request, never twice at once: a request while one runs is folded into
 * one more run after it. The promise a caller gets settles once the data is at least as new as
 * its request, so an operation can wait for the screen to show its effect.
 */
export class Refresher {
  private running: Promise<void> | null = null;
  private dirty = false;

  constructor(private readonly load: () => Promise<void>) {}

  refresh(): Promise<void> {
    if (this.running) {
      this.dirty = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.dirty = false;
          await this.load();
        } while (this.dirty);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
