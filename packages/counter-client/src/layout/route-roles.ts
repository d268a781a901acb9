import { Role, type StaffRole } from '@onestop/shared';

/**
 * Which staff roles may open each page (contract.md, "Who may call what"). The server checks
 * every operation again; these only spare a clerk a page of FORBIDDEN errors.
 */
export const routeRoles = {
  counter: [Role.ADMIN, Role.MANAGER, Role.CLERK],
  manager: [Role.MANAGER, Role.ADMIN],
  admin: [Role.ADMIN, Role.MANAGER],
} as const satisfies Record<string, readonly StaffRole[]>;

/** True when `role` is among `allowed`. */
export function roleMayOpen(role: string, allowed: readonly StaffRole[]): boolean {
  return (allowed as readonly string[]).includes(role);
}
