/** Anything that carries a hall's per-hall, gapless, increasing `seq`. */
export interface Sequenced {
  readonly seq: number;
}

/** Events the client lacks: every seq after `afterSeq` and before `beforeSeq`. */
export interface SeqGap {
  readonly afterSeq: number;
  readonly beforeSeq: number;
}

/** What {@link HallEventCatchUp.receive} decided. */
export interface CatchUpResult<Event extends Sequenced> {
  /** Events to apply now, in seq order, each exactly once. */
  readonly ready: Event[];
  /** Events dropped because their seq was already applied or already held. */
  readonly duplicates: number;
  /** Set while events are held behind missing ones: replay these, then pass them to `receive`. */
  readonly gap: SeqGap | null;
}

/**
 * The client side of "catch-up by seq" for one hall's event stream. Events may come from the
 * live feed and from replays, overlapping, repeated or out of order; out of this comes each
 * event once, in seq order, with nothing skipped:
 * - a seq at or below the last applied one is a duplicate and is dropped;
 * - the next seq is applied, and so is every held event that follows on from it;
 * - a seq further ahead is held, and the missing range is reported as a gap to replay.
 *
 * No I/O here: {@link followHallEvents} does the subscribing and replaying.
 */
export class HallEventCatchUp<Event extends Sequenced> {
  private applied: number;
  private readonly held = new Map<number, Event>();

  /** @param lastSeq - the seq the client's picture already reflects (e.g. the board's `seq`). */
  constructor(lastSeq: number) {
    this.applied = lastSeq;
  }

  /** The last seq applied: resubscribe with it as `afterSeq` after a reconnect. */
  get lastSeq(): number {
    return this.applied;
  }

  /** The missing range while events are held, else null. */
  get gap(): SeqGap | null {
    if (this.held.size === 0) return null;
    return { afterSeq: this.applied, beforeSeq: Math.min(...this.held.keys()) };
  }

  /** Takes events from any source, in any order; see the class comment for what comes out. */
  receive(events: readonly Event[]): CatchUpResult<Event> {
    let duplicates = 0;
    for (const event of events) {
      if (event.seq <= this.applied || this.held.has(event.seq)) duplicates += 1;
      else this.held.set(event.seq, event);
    }
    return { ready: this.drain(), duplicates, gap: this.gap };
  }

  /**
   * Gives up on the current gap: a replay came back without the missing events, so the server
   * holds none (they cannot be fetched again). The held events after it are released in order.
   */
  skipGap(): Event[] {
    const gap = this.gap;
    if (!gap) return [];
    this.applied = gap.beforeSeq - 1;
    return this.drain();
  }

  private drain(): Event[] {
    const ready: Event[] = [];
    for (let next = this.held.get(this.applied + 1); next; next = this.held.get(this.applied + 1)) {
      this.held.delete(next.seq);
      this.applied = next.seq;
      ready.push(next);
    }
    return ready;
  }
}
