import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Locale } from '@onestop/shared';
import type { AppServices, RequestContext } from '../graphql/context.js';
import type { Actor } from '../modules/auth/access.js';
import { authenticate } from '../modules/auth/auth.service.js';

/** The bearer token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}

/**
 * The context of one HTTP request or WebSocket operation. Its EntityManager is forked when first
 * used and can be let go: a subscription lives for hours, and each push it executes should read
 * the database afresh rather than from entities loaded hours ago.
 */
class OperationContext implements RequestContext {
  private entityManager: EntityManager | null;

  constructor(
    private readonly orm: MikroORM<PostgreSqlDriver>,
    entityManager: EntityManager | null,
    readonly actor: Actor,
    readonly locale: Locale,
    readonly clientAddress: string,
    readonly token: string | null,
    readonly app: AppServices,
  ) {
    this.entityManager = entityManager;
  }

  get em(): EntityManager {
    this.entityManager ??= this.orm.em.fork();
    return this.entityManager;
  }

  releaseEntityManager(): void {
    this.entityManager = null;
  }
}

/** Lets go of a context's EntityManager and what it loaded; the next use forks a fresh one. */
export function releaseEntityManager(context: unknown): void {
  if (context instanceof OperationContext) context.releaseEntityManager();
}

/**
 * One context per HTTP request or WebSocket operation, each with its own forked EntityManager,
 * forked only when a resolver first uses it (the queue engine's hot paths run plain statements
 * and never need one).
 */
export async function createRequestContext(
  orm: MikroORM<PostgreSqlDriver>,
  app: AppServices,
  request: { token: string | null; locale: Locale; clientAddress: string },
): Promise<RequestContext> {
  // authenticate runs one plain statement on the pool (no entity is loaded into this EntityManager)
  // and reads the caller's halls with it: loaded lazily inside a transaction, they would take a
  // second pool connection while holding the first, and under load every connection would wait.
  const actor = await authenticate(orm.em, request.token, app.clock(), app.authentication);
  await actor.hallScope();
  return new OperationContext(orm, null, actor, request.locale, request.clientAddress, request.token, app);
}
