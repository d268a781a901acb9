import type { HallEventMessage } from './events.js';

export type HallEventListener = (event: HallEventMessage) => void;

/**
 * Carries committed hall events to subscribers, per hall, in `seq` order. Implementations are
 * transports: in-process for one server; PostgreSQL or Redis for several (the scale-out issue).
 */
export interface HallEventBus {
  /** Called after commit with the events of one transaction, in seq order. */
  publish(events: readonly HallEventMessage[]): void;
  /** Listens to one hall; returns the function that stops listening. */
  subscribe(hallId: string, listener: HallEventListener): () => void;
  close(): Promise<void>;
}

/** One server: events go straight to this process's listeners. */
export class InProcessHallEventBus implements HallEventBus {
  private readonly listeners = new Map<string, Set<HallEventListener>>();

  publish(events: readonly HallEventMessage[]): void {
    for (const event of events) {
      for (const listener of this.listeners.get(event.hallId) ?? []) listener(event);
    }
  }

  subscribe(hallId: string, listener: HallEventListener): () => void {
    let hallListeners = this.listeners.get(hallId);
    if (!hallListeners) {
      hallListeners = new Set();
      this.listeners.set(hallId, hallListeners);
    }
    hallListeners.add(listener);
    return () => {
      hallListeners.delete(listener);
      if (hallListeners.size === 0) this.listeners.delete(hallId);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
