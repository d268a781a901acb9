import { expect } from 'vitest';
import {
  type Caller,
  describeRoleMatrix,
  type MatrixRow,
  OK,
  type Operation,
  UN,
  useRoleMatrix,
} from '../../../test/support/role-matrix.js';

/**
 * What `me` tells each caller: the auth row of the caller × operation matrix (the other modules'
 * rows are in their own *.roles.test.ts).
 */

useRoleMatrix();

const operations = {
  me: {
    query: '{ me { username role } }',
    field: 'me',
    prepare: () => ({}),
    verify: (value, caller) => {
      const staffAccounts: Partial<Record<Caller, { username: string; role: string }>> = {
        ADMIN: { username: 'admin', role: 'ADMIN' },
        'MANAGER of A': { username: 'manager.a', role: 'MANAGER' },
        'CLERK of A': { username: 'clerk.a', role: 'CLERK' },
        'MANAGER of C': { username: 'manager.c', role: 'MANAGER' },
      };
      expect(value).toEqual(staffAccounts[caller] ?? null);
    },
  },
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, OK, OK, OK, OK, OK, UN, 'me'],
];

describeRoleMatrix(table, operations);
