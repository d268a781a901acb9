import { callSentences, type CallSentence, HallEventType } from '@onestop/shared';

/** How old a call may be when it reaches the screen and still be spoken. */
export const staleCallMilliseconds = 60_000;

/**
 * What says the calls out loud. Each promise settles when the sound has ended, so that the
 * next one never cuts it off.
 */
export interface Speaker {
  /** The attention chime before each call. */
  chime(): Promise<void>;
  /** One sentence in one language. */
  speak(sentence: CallSentence): Promise<void>;
}

/** The part of a hall event the queue reads. */
export interface CallEvent {
  seq: number;
  type: string;
  call: { ticketNumber: string; counterLabel: string; calledAt: string } | null;
}

/** What {@link AnnouncementQueue.offer} did with an event. */
export type OfferOutcome = 'queued' | 'duplicate' | 'stale' | 'not-a-call';

/** Options of {@link AnnouncementQueue}. */
export interface AnnouncementQueueOptions {
  speaker: Speaker;
  /** How long ago a call was, in server time (null when unknown): see `ServerClock.ageMilliseconds`. */
  ageOf: (calledAt: string) => number | null;
  /** Start held: nothing is spoken until {@link AnnouncementQueue.release} (sound not yet enabled). */
  held?: boolean;
  /** A speaker failure; the queue goes on with the next call. */
  onError?: (error: unknown) => void;
}

const spokenTypes: ReadonlySet<string> = new Set([
  HallEventType.TICKET_CALLED,
  HallEventType.TICKET_RECALLED,
]);

interface Pending {
  seq: number;
  calledAt: string;
  sentences: readonly CallSentence[];
}

/**
 * Speaks each TICKET_CALLED and TICKET_RECALLED event exactly once, in the order offered, one
 * at a time: a chime, the Chinese sentence, the English one, each awaited to its end before the
 * next sound starts. A seq already offered is not spoken again (a replay overlapping the live
 * feed), a recall has its own seq and is spoken again, and a call older than a minute when it
 * arrives (after an outage) is left to the screen, not spoken late.
 */
export class AnnouncementQueue {
  private readonly pending: Pending[] = [];
  private highestSeq = Number.NEGATIVE_INFINITY;
  private held: boolean;
  private running: Promise<void> | null = null;
  private disposed = false;

  constructor(private readonly options: AnnouncementQueueOptions) {
    this.held = options.held ?? false;
  }

  /** How many calls wait to be spoken (not counting the one being spoken). */
  get waiting(): number {
    return this.pending.length;
  }

  /** Takes one hall event; see the class comment for what is spoken. */
  offer(event: CallEvent): OfferOutcome {
    if (!spokenTypes.has(event.type) || !event.call) return 'not-a-call';
    if (event.seq <= this.highestSeq) return 'duplicate';
    this.highestSeq = event.seq;
    if (this.isStale(event.call.calledAt)) return 'stale';
    this.pending.push({
      seq: event.seq,
      calledAt: event.call.calledAt,
      sentences: callSentences(event.call),
    });
    this.run();
    return 'queued';
  }

  /** Stops speaking after the current call (sound is not available). */
  hold(): void {
    this.held = true;
  }

  /** Speaks again; calls that grew older than a minute while held are dropped, not spoken late. */
  release(): void {
    this.held = false;
    const fresh = this.pending.filter((item) => !this.isStale(item.calledAt));
    this.pending.splice(0, this.pending.length, ...fresh);
    this.run();
  }

  /** Resolves when nothing is being spoken and nothing waits (or the queue is held). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops for good: what waits is dropped; the sound being played is left to end by itself. */
  dispose(): void {
    this.disposed = true;
    this.pending.length = 0;
  }

  private isStale(calledAt: string): boolean {
    const age = this.options.ageOf(calledAt);
    return age !== null && age > staleCallMilliseconds;
  }

  private run(): void {
    if (this.running || this.held || this.disposed) return;
    this.running = (async () => {
      for (let next = this.take(); next; next = this.take()) {
        const { speaker } = this.options;
        await this.play(() => speaker.chime());
        for (const sentence of next.sentences) await this.play(() => speaker.speak(sentence));
      }
      this.running = null;
    })();
  }

  /** One sound; a failure is reported and skipped: it must not silence what follows, nor be repeated. */
  private async play(sound: () => Promise<void>): Promise<void> {
    try {
      await sound();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private take(): Pending | undefined {
    return this.held || this.disposed ? undefined : this.pending.shift();
  }
}
