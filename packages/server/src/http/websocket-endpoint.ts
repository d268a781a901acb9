import type { IncomingMessage, Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ErrorCode, pickLocale } from '@onestop/shared';
import { GraphQLError, Kind, OperationTypeNode, type DefinitionNode, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { DomainError } from '../common/domain-error.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { AppServices, RequestContext } from '../graphql/context.js';
import { cachedParser, cachedValidator } from '../graphql/document-cache.js';
import type { LoggedErrorFormatter } from '../graphql/error-format.js';
import { operationLimits, validatorWithLimits } from '../graphql/operation-limits.js';
import { deliverDirectly, sharedSubscribe } from '../graphql/shared-subscriptions.js';
import { createRequestContext, releaseEntityManager } from './graphql-context.js';
import { serveGraphqlOverWebSocket } from './graphql-websocket.js';
import type { ServerMetrics } from './metrics.js';
import { requestIdFrom } from './request-scope.js';

/** What a WebSocket may have waiting to be sent before it counts as a client that stopped reading. */
const maxBufferedBytesPerSocket = 4 * 1024 * 1024;
/** A WebSocket must send connection_init within this long, or it is closed (4408). */
const webSocketInitTimeoutMs = 3_000;

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

/** What the WebSocket endpoint is built from. */
export interface WebSocketEndpointParts {
  httpServer: Server;
  schema: GraphQLSchema;
  orm: MikroORM<PostgreSqlDriver>;
  config: AppConfig;
  services: AppServices;
  metrics: ServerMetrics;
  logger: Logger;
  formatError: LoggedErrorFormatter;
  /** The client's address: the socket's, or what trusted proxies in front say it is. */
  clientAddressOf: (request: IncomingMessage) => string;
}

/**
 * GraphQL over WebSocket (graphql-ws) at /graphql on the HTTP server: a cap on sockets per client
 * address and on subscriptions per socket, documents parsed and validated once for all sockets,
 * each pushed value executed once for its subscribers, and errors in the caller's language.
 */
export function serveWebSocketEndpoint(parts: WebSocketEndpointParts): {
  webSocketServer: WebSocketServer;
  dispose(): Promise<void>;
} {
  const { httpServer, schema, orm, config, services, metrics, logger, formatError, clientAddressOf } = parts;
  const connectionsByAddress = new Map<string, number>();
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
  const cleanup = serveGraphqlOverWebSocket<Record<string, unknown>>(
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
              formatError(error, locale, {
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
        return { ...result, errors: result.errors.map((error) => formatError(error, locale, where)) };
      },
      onError: (connection, id, _payload, errors) => {
        const locale = pickLocale(connection.extra.acceptLanguage);
        const where = { connectionId: connection.extra.connectionId, subscriptionId: id };
        return errors.map((error) => formatError(error, locale, where));
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
  return { webSocketServer, dispose: () => cleanup.dispose() };
}
