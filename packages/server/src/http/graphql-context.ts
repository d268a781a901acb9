import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Locale } from '@onestop/shared';
import type { AppServices, RequestContext } from '../graphql/context.js';
import { authenticate } from '../modules/auth/auth.service.js';

/** The bearer token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}

/** One context per HTTP request or WebSocket operation, each with its own forked EntityManager. */
export async function createRequestContext(
  orm: MikroORM<PostgreSqlDriver>,
  app: AppServices,
  request: { token: string | null; locale: Locale; clientAddress: string },
): Promise<RequestContext> {
  const em = orm.em.fork();
  const actor = await authenticate(em, request.token, app.clock());
  // Worked out now, outside any transaction: loaded lazily inside one it would take a second pool
  // connection while holding the first, and under load every connection would wait on another.
  await actor.hallScope();
  return {
    em,
    actor,
    locale: request.locale,
    clientAddress: request.clientAddress,
    token: request.token,
    app,
  };
}
