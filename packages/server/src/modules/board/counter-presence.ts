import type { Clock } from '../../config.js';

/**
 * Which counters have a workstation following them in this process (a live
 * `counterQueueUpdated` subscription), so that a counter left OPEN by a client that vanished —
 * a closed laptop, a crashed tab — shows up on the manager's screen. One process only: with
 * several server instances each knows its own connections (the scale-out issue shares this).
 */
export class CounterPresence {
  private readonly followers = new Map<string, number>();
  private readonly leftAt = new Map<string, Date>();
  private readonly startedAt: Date;

  constructor(private readonly clock: Clock) {
    this.startedAt = clock();
  }

  /** A workstation starts following the counter; returns the function that stops it. */
  follow(counterId: string): () => void {
    this.followers.set(counterId, (this.followers.get(counterId) ?? 0) + 1);
    this.leftAt.delete(counterId);
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      const remaining = (this.followers.get(counterId) ?? 1) - 1;
      if (remaining > 0) {
        this.followers.set(counterId, remaining);
        return;
      }
      this.followers.delete(counterId);
      this.leftAt.set(counterId, this.clock());
    };
  }

  /**
   * Since when no workstation follows the counter: when the last one left, or when this process
   * started for a counter nobody has followed since; null while one follows it.
   */
  unfollowedSince(counterId: string): Date | null {
    if (this.followers.has(counterId)) return null;
    return this.leftAt.get(counterId) ?? this.startedAt;
  }
}
