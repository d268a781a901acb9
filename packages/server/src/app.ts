import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ErrorCode, pickLocale } from '@onestop/shared';
import express from 'express';
import { GraphQLError, Kind, OperationTypeNode, type DefinitionNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { DomainError } from './common/domain-error.js';
import type { AppConfig } from './config.js';
import { seedOnStart, type SeedReport } from './demo/seed.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { isMigrated, openDatabase } from './db/orm.js';
import type { AppServices, RequestContext } from './graphql/context.js';
import { formatApiError } from './graphql/error-format.js';
import { operationLimitRules, operationLimits, validatorWithLimits } from './graphql/operation-limits.js';
import { buildApiSchema } from './graphql/schema.js';
import { appsRouter } from './http/apps.js';
import { errorHandler } from './http/error-handler.js';
import { ServerMetrics, type PoolStats } from './http/metrics.js';
import { graphqlIdeRouter } from './http/graphql-ide.js';
import { bearerToken, createRequestContext } from './http/graphql-context.js';
import { currentLocale, requestLocale } from './http/request-locale.js';
import { createLogger, type Logger } from './logger.js';
import { FailureRateLimiter, RequestRateLimiter } from './modules/auth/rate-limiter.js';
import { InProcessHallEventBus } from './realtime/event-bus.js';
import { HallFeeds } from './realtime/hall-feeds.js';
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

const readinessTimeoutMs = 2_000;

/** The subscriptions a WebSocket connection holds, for the metrics' gauge. */
const subscriptionIdsByConnection = new WeakMap<object, Set<string>>();
function liveSubscriptionIds(connection: object): Set<string> {
  let ids = subscriptionIdsByConnection.get(connection);
  if (!ids) {
    ids = new Set();
    subscriptionIdsByConnection.set(connection, ids);
  }
  return ids;
}

function isSubscriptionOperation(definition: DefinitionNode): boolean {
  return (
    definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION
  );
}

/** The knex pool under MikroORM (tarn): connections in use, idle, and requests waiting for one. */
function poolStats(orm: MikroORM<PostgreSqlDriver>): PoolStats {
  const pool = orm.em.getConnection().getKnex().client.pool as
    { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
  return pool
    ? { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() }
    : { used: 0, free: 0, pending: 0 };
}
/** A WebSocket must send connection_init within this long, or it is closed (4408). */
const webSocketInitTimeoutMs = 3_000;

/** Builds the whole server from its configuration. Nothing listens until `listen()`. */
export async function createApp(
  config: AppConfig,
  logger: Logger = createLogger(config.logLevel),
): Promise<App> {
  const embeddedDatabase = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir, logger);
  let orm: MikroORM<PostgreSqlDriver> | null = null;
  try {
    orm = await openDatabase(config.databaseUrl ?? embeddedDatabase!.url, logger);
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
  const metrics = new ServerMetrics(() => poolStats(orm));
  const events = metrics.meteredBus(new InProcessHallEventBus());
  const services: AppServices = {
    config,
    clock: config.clock,
    logger,
    loginLimiter: {
      byUsername: new FailureRateLimiter(5, 15 * 60, config.clock),
      byAddress: new FailureRateLimiter(30, 15 * 60, config.clock),
    },
    events,
    feeds: new HallFeeds(orm, events, config.clock, config.alertCheckSeconds * 1000),
    connections: new LiveConnections(),
    requestLimits: {
      kioskIssues: new RequestRateLimiter(config.kioskIssuesPerMinute, config.clock),
      accessCodes: new RequestRateLimiter(config.accessCodeRequestsPerMinute, config.clock),
    },
  };
  const seed = await seedOnStart(orm, config, logger);
  const schema = await buildApiSchema();

  const expressApp = express();
  expressApp.disable('x-powered-by');
  const httpServer: Server = createServer(expressApp);
  const webSocketServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: operationLimits.maxBytes,
  });

  const webSocketCleanup = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema,
      validate: validatorWithLimits(config.production),
      // A socket that never says connection_init is closed (4408) after this long.
      connectionInitWaitTimeout: webSocketInitTimeoutMs,
      onSubscribe: (connection) => {
        // graphql-ws has registered this subscription already: it counts among them.
        if (Object.keys(connection.subscriptions).length > config.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError('too many subscriptions', {
              originalError: new DomainError(ErrorCode.RATE_LIMITED),
            }),
          ];
        }
        return undefined;
      },
      context: async (connection) => {
        const token = connection.connectionParams?.token;
        const language =
          connection.connectionParams?.locale ?? connection.extra.request.headers['accept-language'];
        const requestContext = await createRequestContext(orm, services, {
          token: typeof token === 'string' ? token : null,
          locale: pickLocale(typeof language === 'string' ? language : undefined),
          clientAddress: connection.extra.request.socket.remoteAddress ?? 'unknown',
        });
        services.connections.track(connection.extra.socket, requestContext.actor.principal);
        return requestContext;
      },
      onOperation: (connection, id, _payload, args) => {
        if (args.document.definitions.some(isSubscriptionOperation)) {
          liveSubscriptionIds(connection).add(id);
          metrics.subscriptions.inc();
        }
      },
      onComplete: (connection, id) => {
        if (liveSubscriptionIds(connection).delete(id)) metrics.subscriptions.dec();
      },
      onClose: (connection) => {
        const ids = liveSubscriptionIds(connection);
        metrics.subscriptions.dec(ids.size);
        ids.clear();
      },
      onNext: (_connection, _id, _payload, args, result) => {
        if (!result.errors) return result;
        const locale = (args.contextValue as RequestContext | undefined)?.locale ?? 'zh-CN';
        return {
          ...result,
          errors: result.errors.map((error) => formatApiError(error, locale, config.production)),
        };
      },
      onError: (connection, _id, _payload, errors) => {
        const locale = pickLocale(connection.extra.request.headers['accept-language']);
        return errors.map((error) => formatApiError(error, locale, config.production));
      },
    },
    webSocketServer,
  );
  webSocketServer.on('connection', (socket) => {
    metrics.webSockets.inc();
    socket.once('close', () => metrics.webSockets.dec());
  });

  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: operationLimitRules(config.production),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // main.ts orders the shutdown (HTTP, WebSocket, pool, database); Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    formatError: (_formatted, error) =>
      formatApiError(
        error instanceof GraphQLError
          ? error
          : new GraphQLError('internal', { originalError: error as Error }),
        currentLocale(),
        config.production,
      ),
    plugins: [
      metrics.apolloPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await webSocketCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  expressApp.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.text());
  });
  expressApp.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_request, response) => {
    const ready = await Promise.race([
      isMigrated(orm).catch(() => false),
      new Promise<false>((resolveTimeout) =>
        setTimeout(() => resolveTimeout(false), readinessTimeoutMs).unref(),
      ),
    ]);
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  if (config.graphqlIde) expressApp.use(graphqlIdeRouter());
  expressApp.use(
    '/graphql',
    (request, _response, next) => requestLocale.run(pickLocale(request.headers['accept-language']), next),
    express.json({ limit: operationLimits.maxBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        await createRequestContext(orm, services, {
          token: bearerToken(req.headers.authorization),
          locale: currentLocale(),
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        }),
    }),
  );
  if (config.appsDir) expressApp.use(appsRouter(config.appsDir));
  expressApp.use(errorHandler(logger));

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
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
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
        for (const client of webSocketServer.clients) client.terminate();
        logger.debug('closing: HTTP');
        // apollo.stop() drains the HTTP server (and the WebSocket cleanup) only after start.
        await apollo.stop();
        if (httpServer.listening)
          await new Promise<void>((resolveClose) => httpServer.close(() => resolveClose()));
        logger.debug('closing: WebSocket server');
        await new Promise<void>((resolveClose) => webSocketServer.close(() => resolveClose()));
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
