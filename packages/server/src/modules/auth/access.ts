import type { EntityManager } from '@mikro-orm/postgresql';
import { holdsRight, Role, type Right } from '@onestop/shared';
import { forbidden, unauthenticated } from '../../common/domain-error.js';
import { runSql, sql, type SqlFragment } from '../../db/sql.js';
import type { Principal } from './principal.js';

/** The halls a caller may see: every hall, or a set. */
export type HallScope = { kind: 'all' } | { kind: 'some'; hallIds: ReadonlySet<string> };

/**
 * The ids of the halls a staff member reaches, as an SQL array: a MANAGER's halls and every hall
 * below them, a CLERK's halls (an ADMIN reaches all, whatever this says). `staffId` and `role` are
 * SQL: values, or the columns of a row the caller's statement reads.
 */
export function reachedHallIdsSql(staffId: SqlFragment, role: SqlFragment): SqlFragment {
  return sql`CASE ${role}
      WHEN 'MANAGER' THEN ARRAY(
        WITH RECURSIVE reach(hall_id) AS (
          SELECT hall_id FROM staff_hall WHERE staff_id = ${staffId}
          UNION SELECT hall.id FROM hall JOIN reach ON hall.parent_id = reach.hall_id)
        SELECT hall_id FROM reach)
      ELSE ARRAY(SELECT hall_id FROM staff_hall WHERE staff_id = ${staffId})
    END`;
}

/** A staff member's scope from their role and the halls {@link reachedHallIdsSql} gave. */
export function staffHallScope(role: Role, reachedHallIds: readonly string[] | null): HallScope {
  return role === Role.ADMIN ? { kind: 'all' } : { kind: 'some', hallIds: new Set(reachedHallIds ?? []) };
}

/**
 * The caller of one request or WebSocket operation, with the halls it reaches worked out once
 * and kept for the rest of the operation.
 */
export class Actor {
  private scope: Promise<HallScope> | null;

  constructor(
    readonly principal: Principal | null,
    /** A token was sent but is expired, revoked or unknown. */
    readonly tokenRejected: boolean,
    /** Only to load the scope; let go once it is loaded (a subscription's actor lives for hours). */
    private em: EntityManager | null,
    /** The scope, when whoever found the principal read it too. */
    scope?: HallScope,
  ) {
    this.scope = scope ? Promise.resolve(scope) : null;
    if (scope) this.em = null;
  }

  get role(): Role | null {
    return this.principal?.role ?? null;
  }

  /** ADMIN: every hall. MANAGER: their halls and all halls below them. CLERK: their halls. Devices: their hall. */
  hallScope(): Promise<HallScope> {
    this.scope ??= this.loadScope(this.em!).finally(() => {
      this.em = null;
    });
    return this.scope;
  }

  private async loadScope(em: EntityManager): Promise<HallScope> {
    const principal = this.principal;
    if (!principal) return { kind: 'some', hallIds: new Set() };
    if (principal.kind === 'device') return { kind: 'some', hallIds: new Set([principal.hallId]) };
    if (principal.role === Role.ADMIN) return { kind: 'all' };
    const [row] = await runSql<{ hall_ids: string[] }>(
      em,
      sql`SELECT ${reachedHallIdsSql(sql`${principal.staffId}::uuid`, sql`${principal.role}::text`)} AS hall_ids`,
    );
    return staffHallScope(principal.role, row?.hall_ids ?? null);
  }
}

/**
 * The caller, who must hold `right` (the rights table of packages/shared): UNAUTHENTICATED
 * without a valid token, FORBIDDEN when their role does not hold it.
 */
export function requireRight(actor: Actor, right: Right): Principal {
  const principal = actor.principal;
  if (!principal) throw unauthenticated();
  if (!holdsRight(principal.role, right)) throw forbidden();
  return principal;
}

/** Like {@link requireRight}, and the hall must be one the caller reaches. */
export async function requireHall(actor: Actor, hallId: string, right: Right): Promise<Principal> {
  const principal = requireRight(actor, right);
  if (!(await reachesHall(actor, hallId))) throw forbidden();
  return principal;
}

export async function reachesHall(actor: Actor, hallId: string): Promise<boolean> {
  const scope = await actor.hallScope();
  return scope.kind === 'all' || scope.hallIds.has(hallId);
}
