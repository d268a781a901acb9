import type { Right } from '@onestop/shared';

/**
 * The right each page needs, from the shared rights table the server checks (contract.md, "Who
 * may call what"). The server checks every operation again; these only spare a clerk a page of
 * FORBIDDEN errors.
 */
export const routeRights = {
  counter: 'operateCounter',
  manager: 'readHallStatus',
  admin: 'administerHall',
} as const satisfies Record<string, Right>;
