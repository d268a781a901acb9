import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from './config.js';
import { seedOnStart, type SeedReport } from './demo/seed.js';
import { poolStats } from './db/driver.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { openDatabase } from './db/orm.js';
import type { AppServices } from './graphql/context.js';
import { loggedErrorFormatter } from './graphql/error-format.js';
import { buildApiSchema } from './graphql/schema.js';
import { createExpressApp, mountRoutes, startApollo } from './http/http-endpoint.js';
import { ServerMetrics } from './http/metrics.js';
import { serveWebSocketEndpoint } from './http/websocket-endpoint.js';
import { createLogger, type Logger } from './logger.js';
import { AuthenticationCache } from './modules/auth/authentication-cache.js';
import { createRateLimits } from './modules/auth/rate-limits.js';
import { HallFeeds } from './modules/board/hall-feeds.js';
import { entities } from './modules/entities.js';
import { createHallEventBus } from './realtime/event-bus-factory.js';
import { LiveConnections } from './realtime/live-connections.js';

export interface App {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly orm: MikroORM<PostgreSqlDriver>;
  readonly schema: GraphQLSchema;
  /** The embedded PostgreSQL, when DATABASE_URL was not given. */
  readonly embeddedDatabase: EmbeddedDatabase | null;
  readonly seed: SeedReport;
  /** The long-lived parts resolvers use (event bus, live feeds, clock). */
  readonly services: AppServices;
  /** Binds the port; resolves with the base URL (http://host:port). */
  listen(): Promise<string>;
  /** Closes connections, the ORM and the embedded database; safe to call twice. */
  close(): Promise<void>;
}

/** Pending connections the listening socket queues (Linux caps it at net.core.somaxconn). */
const listenBacklog = 4096;

/** Builds the whole server from its configuration. Nothing listens until `listen()`. */
export async function createApp(
  config: AppConfig,
  logger: Logger = createLogger(config.logLevel),
): Promise<App> {
  const embeddedDatabase = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir, logger);
  let orm: MikroORM<PostgreSqlDriver> | null = null;
  try {
    orm = await openDatabase(config.databaseUrl ?? embeddedDatabase!.url, entities, logger);
    return await assembleApp(config, logger, orm, embeddedDatabase);
  } catch (error) {
    // A failed start must not leave a database process or a pool behind.
    await orm?.close(true).catch(() => undefined);
    await embeddedDatabase?.dispose();
    throw error;
  }
}

async function assembleApp(
  config: AppConfig,
  logger: Logger,
  orm: MikroORM<PostgreSqlDriver>,
  embeddedDatabase: EmbeddedDatabase | null,
): Promise<App> {
  // What may fail comes before the event bus: its connections would otherwise outlive a failed start.
  const seed = await seedOnStart(orm, config, logger);
  const schema = await buildApiSchema();
  const metrics = new ServerMetrics(() => poolStats(orm));
  const events = metrics.meteredBus(await createHallEventBus(config, orm.config.get('clientUrl')!, logger));
  const services: AppServices = {
    config,
    clock: config.clock,
    logger,
    // In memory for one instance; in PostgreSQL, shared, when several run (EVENT_BUS not memory).
    ...createRateLimits(config, orm),
    events,
    feeds: new HallFeeds(orm, events, config.clock, config.alertCheckSeconds * 1000),
    connections: new LiveConnections(),
    authentication: new AuthenticationCache(),
  };

  const formatError = loggedErrorFormatter(logger, config.production);
  const { expressApp, clientAddressOf } = createExpressApp(config, logger);
  const httpServer: Server = createServer(expressApp);
  const webSocket = serveWebSocketEndpoint({
    httpServer,
    schema,
    orm,
    config,
    services,
    metrics,
    logger,
    formatError,
    clientAddressOf,
  });
  const apollo = await startApollo({
    schema,
    httpServer,
    config,
    metrics,
    formatError,
    onDrain: webSocket.dispose,
  });
  mountRoutes(expressApp, { apollo, orm, services, config, metrics, logger });

  let closing: Promise<void> | null = null;
  return {
    config,
    logger,
    orm,
    schema,
    embeddedDatabase,
    seed,
    services,
    async listen() {
      await new Promise<void>((resolveListen, reject) => {
        // ws repeats a listen error on the WebSocketServer: unheard there, it would end the process.
        webSocket.webSocketServer.once('error', reject);
        httpServer.once('error', reject);
        // A hall's displays all come back at once after a network cut: a queue of pending
        // connections as long as the OS allows (Node's default is 511), so that a reconnect storm
        // is answered in turn rather than dropped and retried seconds later.
        httpServer.listen({ port: config.port, host: config.host, backlog: listenBacklog }, () => {
          httpServer.off('error', reject);
          webSocket.webSocketServer.off('error', reject);
          resolveListen();
        });
      });
      const { port } = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      const url = `http://${host}:${port}`;
      logger.info({ url }, 'OneStop listening');
      return url;
    },
    close() {
      closing ??= (async () => {
        for (const client of webSocket.webSocketServer.clients) client.terminate();
        logger.debug('closing: HTTP');
        // apollo.stop() drains the HTTP server (and the WebSocket cleanup) only after start.
        await apollo.stop();
        if (httpServer.listening)
          await new Promise<void>((resolveClose) => httpServer.close(() => resolveClose()));
        logger.debug('closing: WebSocket server');
        await new Promise<void>((resolveClose) => webSocket.webSocketServer.close(() => resolveClose()));
        logger.debug('closing: database pool');
        services.feeds.close();
        await services.events.close();
        await orm.close(true);
        logger.debug('closing: embedded database');
        await embeddedDatabase?.dispose();
      })();
      return closing;
    },
  };
}
