import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { pickLocale } from '@onestop/shared';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import proxyAddress from 'proxy-addr';
import type { AppConfig } from '../config.js';
import { isMigrated } from '../db/orm.js';
import type { AppServices, RequestContext } from '../graphql/context.js';
import type { LoggedErrorFormatter } from '../graphql/error-format.js';
import {
  operationLimitRules,
  operationLimits,
  subscriptionsOnlyOverWebSocket,
} from '../graphql/operation-limits.js';
import type { Logger } from '../logger.js';
import { appsRouter } from './apps.js';
import { errorHandler } from './error-handler.js';
import { bearerToken, createRequestContext } from './graphql-context.js';
import { graphqlIdeRouter } from './graphql-ide.js';
import type { ServerMetrics } from './metrics.js';
import { currentLocale, currentRequestId, requestScopeMiddleware } from './request-scope.js';

const readinessTimeoutMs = 2_000;

/**
 * The express app every HTTP request enters, and how it learns a client's address: the socket's,
 * or what trusted proxies in front say it is (TRUST_PROXY). Routes are added by {@link mountRoutes}.
 */
export function createExpressApp(
  config: AppConfig,
  logger: Logger,
): { expressApp: Express; clientAddressOf: (request: IncomingMessage) => string } {
  const expressApp = express();
  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', config.trustProxy);
  const trustedProxy = expressApp.get('trust proxy fn') as Parameters<typeof proxyAddress>[1];
  const clientAddressOf = (request: IncomingMessage): string =>
    (config.trustProxy === false ? request.socket.remoteAddress : proxyAddress(request, trustedProxy)) ??
    'unknown';
  expressApp.use(requestScopeMiddleware(logger, pickLocale));
  return { expressApp, clientAddressOf };
}

/** Apollo Server for GraphQL over HTTP, started; draining the HTTP server also runs `onDrain`. */
export async function startApollo(parts: {
  schema: GraphQLSchema;
  httpServer: Server;
  config: AppConfig;
  metrics: ServerMetrics;
  formatError: LoggedErrorFormatter;
  onDrain: () => Promise<void>;
}): Promise<ApolloServer<RequestContext>> {
  const { schema, httpServer, config, metrics, formatError, onDrain } = parts;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: [...operationLimitRules(config.production), subscriptionsOnlyOverWebSocket],
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // main.ts orders the shutdown (HTTP, WebSocket, pool, database); Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    formatError: (_formatted, error) =>
      formatError(
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
          return { drainServer: onDrain };
        },
      },
    ],
  });
  await apollo.start();
  return apollo;
}

/** The HTTP routes: metrics, health, readiness, the GraphQL IDE and endpoint, the built apps. */
export function mountRoutes(
  expressApp: Express,
  parts: {
    apollo: ApolloServer<RequestContext>;
    orm: MikroORM<PostgreSqlDriver>;
    services: AppServices;
    config: AppConfig;
    metrics: ServerMetrics;
    logger: Logger;
  },
): void {
  const { apollo, orm, services, config, metrics, logger } = parts;
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
}
