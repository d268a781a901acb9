import { holdsRight, type StaffRole, staffRoles } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { routeRights } from './route-rights';

describe('routeRights', () => {
  // The role lists the pages had before they were read from the shared rights table.
  it.each<[keyof typeof routeRights, StaffRole[]]>([
    ['counter', ['ADMIN', 'MANAGER', 'CLERK']],
    ['manager', ['ADMIN', 'MANAGER']],
    ['admin', ['ADMIN', 'MANAGER']],
  ])('opens the %s page to %j', (page, roles) => {
    expect(staffRoles.filter((role) => holdsRight(role, routeRights[page]))).toEqual(roles);
  });
});
