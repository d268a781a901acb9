import type { HallEventBus } from './event-bus.js';
import type { HallEventMessage } from './events.js';
import { pushIterator } from './push-iterator.js';

/**
 * One value per key (a hall's board, a counter's queue), recomputed once per change however
 * many subscribers share it: subscriber count never multiplies database work. Changes that arrive
 * while a computation runs are folded into one more computation after it.
 */
export class SharedComputation<Value> {
  /** How many values were computed in all: one per change per key, whatever the subscriber count. */
  computations = 0;

  private readonly entries = new Map<
    string,
    {
      subscribers: Set<(value: Value) => void>;
      latest: Value | null;
      running: Promise<void> | null;
      dirty: boolean;
      /** A change (not a periodic check) asked for the run: its value goes out whatever it is. */
      changed: boolean;
      stopListening: () => void;
    }
  >();

  constructor(
    private readonly bus: HallEventBus,
    private readonly compute: (key: string) => Promise<Value>,
    /** Whether an event of the key's hall changes the key's value. */
    private readonly affects: (event: HallEventMessage) => boolean = () => true,
    /**
     * Whether a value recomputed by {@link recheckAll} differs enough from the last one pushed to
     * be pushed (values that also depend on time, not only on events).
     */
    private readonly differs: (previous: Value, next: Value) => boolean = () => true,
  ) {}

  /**
   * The current value first, then every recomputed one; `hallId` is the hall whose events change
   * it. `onClose` runs once when this subscriber goes.
   */
  subscribe(
    key: string,
    hallId: string,
    onClose: () => void = () => undefined,
  ): AsyncIterableIterator<Value> {
    let entry = this.entries.get(key);
    if (!entry) {
      const created = {
        subscribers: new Set<(value: Value) => void>(),
        latest: null as Value | null,
        running: null as Promise<void> | null,
        dirty: false,
        changed: false,
        stopListening: (): void => undefined,
      };
      created.stopListening = this.bus.subscribe(hallId, (event) => {
        if (this.affects(event)) this.refresh(key);
      });
      this.entries.set(key, created);
      entry = created;
    }
    const current = entry;
    const stream = pushIterator<Value>(() => {
      onClose();
      current.subscribers.delete(stream.push);
      if (current.subscribers.size === 0) {
        current.stopListening();
        this.entries.delete(key);
      }
    });
    current.subscribers.add(stream.push);
    if (current.latest !== null && !current.running) stream.push(current.latest);
    else this.refresh(key);
    return stream.iterable;
  }

  /**
   * Recomputes every key that has subscribers and pushes the values that {@link differs} from
   * the last push: for what time alone changes (a wait passing its target, a device falling silent).
   */
  recheckAll(): void {
    for (const key of this.entries.keys()) this.refresh(key, false);
  }

  /**
   * Recomputes and pushes the keys whose last value `isStale` says time has outdated (a value
   * that also depends on the clock, such as a code that changes every minute).
   */
  refreshWhere(isStale: (value: Value) => boolean): void {
    for (const [key, entry] of this.entries) {
      if (entry.latest !== null && isStale(entry.latest)) this.refresh(key);
    }
  }

  private refresh(key: string, changed = true): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.changed ||= changed;
    if (entry.running) {
      entry.dirty = true;
      return;
    }
    entry.running = (async () => {
      do {
        entry.dirty = false;
        const mustPush = entry.changed;
        entry.changed = false;
        try {
          this.computations += 1;
          const value = await this.compute(key);
          const previous = entry.latest;
          entry.latest = value;
          if (mustPush || previous === null || this.differs(previous, value)) {
            for (const subscriber of entry.subscribers) subscriber(value);
          }
        } catch {
          // The next change recomputes; subscribers keep the last good value meanwhile.
        }
      } while (entry.dirty && this.entries.get(key) === entry);
      entry.running = null;
    })();
  }
}
