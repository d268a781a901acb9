import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '../db/driver.js';
import type { HallEventBus, HallEventListener } from '../realtime/event-bus.js';
import type { HallEventMessage } from '../realtime/events.js';

/** The process's own figures (CPU, memory, event loop), collected once however many apps run. */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'onestop_' });
  }
  return processRegistry;
}

/**
 * The server's figures in Prometheus' text format at `GET /metrics`. Labels stay few and fixed
 * (operation type and outcome, never a client-chosen operation name), so no caller can grow them.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly operationSeconds = new Histogram({
    name: 'onestop_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP, from request to response',
    labelNames: ['type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly resolverSeconds = new Histogram({
    name: 'onestop_graphql_resolver_duration_seconds',
    help: 'Execution of HTTP operations by their root fields (Query.*, Mutation.*) and outcome',
    labelNames: ['field', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly webSockets = new Gauge({
    name: 'onestop_websocket_connections',
    help: 'Open WebSocket connections',
    registers: [this.registry],
  });
  readonly subscriptions = new Gauge({
    name: 'onestop_graphql_subscriptions',
    help: 'Live GraphQL subscriptions over WebSocket',
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: 'onestop_hall_events_published_total',
    help: 'Hall events published to live subscribers after their commit',
    registers: [this.registry],
  });

  constructor(poolStats: () => PoolStats) {
    processMetrics();
    const pool = new Gauge({
      name: 'onestop_db_pool_connections',
      help: 'Database pool connections by state (used, free, pending acquires)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = poolStats();
        this.set({ state: 'used' }, stats.used);
        this.set({ state: 'free' }, stats.free);
        this.set({ state: 'pending' }, stats.pending);
      },
    });
    void pool;
  }

  /** The text `GET /metrics` answers: the process's figures, then the server's. */
  async text(): Promise<string> {
    return `${await processMetrics().metrics()}\n${await this.registry.metrics()}`;
  }

  /**
   * Times every HTTP GraphQL operation by its type and whether it answered with errors, and its
   * execution by each root field's name: the schema's own names (validation refuses any other),
   * so the labels stay bounded. Nothing hooks the fields themselves: a hook on one field makes
   * Apollo wrap every field of every response, which costs more than it tells.
   */
  apolloPlugin(): ApolloServerPlugin {
    const histogram = this.operationSeconds;
    const resolverHistogram = this.resolverSeconds;
    return {
      async requestDidStart() {
        const stop = histogram.startTimer();
        let executionStarted: number | null = null;
        return {
          async executionDidStart() {
            executionStarted = performance.now();
          },
          async willSendResponse({ operation, errors, response }) {
            const body = response.body;
            const outcome =
              Boolean(errors?.length) || (body.kind === 'single' && Boolean(body.singleResult.errors?.length))
                ? 'error'
                : 'ok';
            stop({ type: operation?.operation ?? 'unknown', outcome });
            if (executionStarted === null || !operation) return;
            const seconds = (performance.now() - executionStarted) / 1000;
            const rootType = operation.operation === 'mutation' ? 'Mutation' : 'Query';
            for (const selection of operation.selectionSet.selections) {
              if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) continue;
              resolverHistogram.observe({ field: `${rootType}.${selection.name.value}`, outcome }, seconds);
            }
          },
        };
      },
    };
  }

  /** The event bus, counting what it publishes. */
  meteredBus(bus: HallEventBus): HallEventBus {
    const counter = this.eventsPublished;
    return {
      publish(events: readonly HallEventMessage[]): void {
        counter.inc(events.length);
        bus.publish(events);
      },
      subscribe(hallId: string, listener: HallEventListener): () => void {
        return bus.subscribe(hallId, listener);
      },
      close: () => bus.close(),
    };
  }
}
