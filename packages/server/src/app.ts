import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ErrorCode, pickLocale, type Locale } from '@onestop/shared';
import express from 'express';
import proxyAddress from 'proxy-addr';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { DomainError } from './common/domain-error.js';
import type { AppConfig } from './config.js';
import { seedOnStart, type SeedReport } from './demo/seed.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded-postgres.js';
import { isMigrated, openDatabase } from './db/orm.js';
import type { AppServices, RequestContext } from './graphql/context.js';
import { cachedParser, cachedValidator } from './graphql/document-cache.js';
import { formatApiError } from './graphql/error-format.js';
import {
  operationLimitRules,
  operationLimits,
  subscriptionsOnlyOverWebSocket,
  validatorWithLimits,
} from './graphql/operation-limits.js';
import { buildApiSchema } from './graphql/schema.js';
import { deliverDirectly, sharedSubscribe } from './graphql/shared-subscriptions.js';
import { appsRouter } from './http/apps.js';
import { errorHandler } from './http/error-handler.js';
import { ServerMetrics, type PoolStats } from './http/metrics.js';
import { graphqlIdeRouter } from './http/graphql-ide.js';
import { bearerToken, createRequestContext, releaseEntityManager } from './http/graphql-context.js';
import { serveGraphqlOverWebSocket } from './http/graphql-websocket.js';
import {
  currentLocale,
  currentRequestId,
  requestIdFrom,
  requestScopeMiddleware,
} from './http/request-scope.js';
import { createLogger, type Logger } from './logger.js';
import { createRateLimits } from './modules/auth/rate-limits.js';
import { createHallEventBus } from './realtime/event-bus-factory.js';
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
/** What a WebSocket may have waiting to be sent before it counts as a client that stopped reading. */
const maxBufferedBytesPerSocket = 4 * 1024 * 1024;
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
  };

  /**
   * An error in words for the caller; one nobody expected (INTERNAL) is also logged with its cause
   * and where it happened (request or WebSocket id), since the caller is told nothing about it.
   */
  const formatLogged = (
    error: GraphQLError,
    locale: Locale,
    where: Record<string, unknown>,
  ): GraphQLFormattedError => {
    const formatted = formatApiError(error, locale, config.production);
    if (formatted.extensions?.code === ErrorCode.INTERNAL) {
      logger.error({ ...where, err: error.originalError ?? error, path: error.path }, 'unexpected error');
    }
    return formatted;
  };

  const expressApp = express();
  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', config.trustProxy);
  const trustedProxy = expressApp.get('trust proxy fn') as Parameters<typeof proxyAddress>[1];
  /** The client's address: the socket's, or what trusted proxies in front say it is. */
  const clientAddressOf = (request: IncomingMessage): string =>
    (config.trustProxy === false ? request.socket.remoteAddress : proxyAddress(request, trustedProxy)) ??
    'unknown';
  const connectionsByAddress = new Map<string, number>();
  expressApp.use(requestScopeMiddleware(logger, pickLocale));
  const httpServer: Server = createServer(expressApp);
  const webSocketServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: operationLimits.maxBytes,
    // One address may hold only so many sockets: refused at the handshake, before any work.
    verifyClient: ({ req }, allow) => {
      if ((connectionsByAddress.get(clientAddressOf(req)) ?? 0) < config.maxConnectionsPerAddress)
        allow(true);
      else allow(false, 429, 'Too many connections from this address');
    },
  });

  const parseDocument = cachedParser();
  const webSocketCleanup = serveGraphqlOverWebSocket<Record<string, unknown>>(
    {
      schema,
      // Ten thousand displays send one document: parsed and validated once.
      parse: parseDocument,
      validate: cachedValidator(validatorWithLimits(config.production)),
      // One execution and one serialisation per pushed value, shared by its subscribers.
      subscribe: sharedSubscribe({ afterExecution: releaseEntityManager }),
      // A socket that never says connection_init is closed (4408) after this long.
      connectionInitWaitTimeout: webSocketInitTimeoutMs,
      onSubscribe: (connection, _id, payload) => {
        // graphql-ws has registered this subscription already: it counts among them.
        if (Object.keys(connection.subscriptions).length > config.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError('too many subscriptions', {
              originalError: new DomainError(ErrorCode.RATE_LIMITED),
            }),
          ];
        }
        // graphql-ws's own parse throws on a syntax error and closes the whole socket as an internal
        // error (4500): parsed here first, the error is answered (BAD_USER_INPUT) and the socket lives.
        try {
          parseDocument(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return undefined;
      },
      context: async (connection) => {
        const token = connection.connectionParams?.token;
        const language = connection.connectionParams?.locale ?? connection.extra.acceptLanguage;
        const requestContext = await createRequestContext(orm, services, {
          token: typeof token === 'string' ? token : null,
          locale: pickLocale(typeof language === 'string' ? language : undefined),
          clientAddress: connection.extra.clientAddress,
        });
        services.connections.track(connection.extra.socket, requestContext.actor.principal);
        return requestContext;
      },
      onOperation: (connection, id, _payload, args, result) => {
        if (args.document.definitions.some(isSubscriptionOperation)) {
          liveSubscriptionIds(connection).add(id);
          metrics.subscriptions.inc();
        }
        // The subscription is set up: what its resolver loaded is not needed while it lives.
        releaseEntityManager(args.contextValue);
        const socket = connection.extra.socket;
        const locale = (args.contextValue as RequestContext | undefined)?.locale ?? 'zh-CN';
        return deliverDirectly(result, {
          id,
          send: (message) => {
            if (socket.readyState !== socket.OPEN) return;
            // A display that stopped reading is dropped rather than buffered without end.
            if (socket.bufferedAmount > maxBufferedBytesPerSocket) socket.terminate();
            else socket.send(message, { binary: false });
          },
          formatResult: (failed) => ({
            ...failed,
            errors: failed.errors?.map((error) =>
              formatLogged(error, locale, {
                connectionId: connection.extra.connectionId,
                subscriptionId: id,
              }),
            ),
          }),
        });
      },
      onComplete: (connection, id) => {
        if (liveSubscriptionIds(connection).delete(id)) metrics.subscriptions.dec();
      },
      onClose: (connection) => {
        const ids = liveSubscriptionIds(connection);
        metrics.subscriptions.dec(ids.size);
        ids.clear();
      },
      onNext: (connection, id, _payload, args, result) => {
        if (!result.errors) return result;
        const locale = (args.contextValue as RequestContext | undefined)?.locale ?? 'zh-CN';
        const where = { connectionId: connection.extra.connectionId, subscriptionId: id };
        return { ...result, errors: result.errors.map((error) => formatLogged(error, locale, where)) };
      },
      onError: (connection, id, _payload, errors) => {
        const locale = pickLocale(connection.extra.acceptLanguage);
        const where = { connectionId: connection.extra.connectionId, subscriptionId: id };
        return errors.map((error) => formatLogged(error, locale, where));
      },
    },
    webSocketServer,
    (socket, request) => {
      const connectionId = requestIdFrom(request.headers['x-request-id']);
      const address = clientAddressOf(request);
      connectionsByAddress.set(address, (connectionsByAddress.get(address) ?? 0) + 1);
      logger.debug({ connectionId, address }, 'WebSocket opened');
      metrics.webSockets.inc();
      socket.once('close', (code) => {
        const remaining = (connectionsByAddress.get(address) ?? 1) - 1;
        if (remaining > 0) connectionsByAddress.set(address, remaining);
        else connectionsByAddress.delete(address);
        metrics.webSockets.dec();
        logger.debug({ connectionId, code }, 'WebSocket closed');
      });
      const acceptLanguage = request.headers['accept-language'];
      return { clientAddress: address, acceptLanguage, connectionId };
    },
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: [...operationLimitRules(config.production), subscriptionsOnlyOverWebSocket],
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // main.ts orders the shutdown (HTTP, WebSocket, pool, database); Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    formatError: (_formatted, error) =>
      formatLogged(
        error instanceof GraphQLError
          ? error
          : new GraphQLError('internal', { originalError: error as Error }),
        currentLocale(),
        { requestId: currentRequestId() },
      ),
    plugins: [
      metrics.apolloPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers here, and its hook on every field costs every request.
      ApolloServerPluginCacheControlDisabled(),
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
