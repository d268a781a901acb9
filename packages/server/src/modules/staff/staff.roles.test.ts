import { Role } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../../../test/support/database-snapshot.js';
import {
  type AccountRole,
  type Caller,
  describeRoleMatrix,
  fork,
  graphqlAs,
  hallIds,
  type HallKey,
  insertStaff,
  matrixApp,
  type MatrixRow,
  nextCellNumber,
  NO,
  OK,
  type Operation,
  UN,
  useRoleMatrix,
} from '../../../test/support/role-matrix.js';
import { Staff } from './staff.entity.js';

/** Who may list and administer which staff: the staff rows of the caller × operation matrix. */

useRoleMatrix();

interface StaffData {
  username: string;
  halls: { id: string }[];
}

const usernamesOf = (staff: StaffData[]): string[] => staff.map((member) => member.username);

function expectStaffList(staff: StaffData[], present: string[], absent: string[]): void {
  const usernames = usernamesOf(staff);
  expect(usernames).toEqual(expect.arrayContaining(present));
  for (const username of absent) expect(usernames).not.toContain(username);
  expect(new Set(usernames).size).toBe(usernames.length);
}

const staffOfHallQuery = (hall: 'A' | 'C'): Operation => ({
  query: 'query StaffOfHall($hallId: ID) { staff(hallId: $hallId) { username halls { id } } }',
  field: 'staff',
  prepare: () => ({ hallId: hallIds[hall] }),
  verify: (value) => {
    const staff = value as StaffData[];
    for (const member of staff) expect(member.halls.map((entry) => entry.id)).toContain(hallIds[hall]);
    if (hall === 'A')
      expectStaffList(staff, ['manager.a', 'clerk.a', 'clerk.ab'], ['clerk.b', 'manager.c', 'admin']);
    else expectStaffList(staff, ['manager.c'], ['manager.a', 'clerk.a', 'clerk.b', 'admin']);
  },
});

interface StaffRow {
  role: string;
  displayName: string;
  halls: string[];
  passwordHash: string;
}
async function storedStaff(where: { id: string } | { username: string }): Promise<StaffRow> {
  const staff = await fork().findOneOrFail(Staff, where, { populate: ['halls'] });
  return {
    role: staff.role,
    displayName: staff.displayName,
    halls: staff.halls.getItems().map((hall) => hall.id),
    passwordHash: staff.passwordHash,
  };
}

const createStaff = (role: AccountRole, hall: HallKey | null): Operation => ({
  query: `mutation CreateStaff($input: StaffInput!) { createStaff(input: $input) { username role } }`,
  field: 'createStaff',
  prepare: (cell) => ({
    input: {
      username: `new.${role.toLowerCase()}.${cell}`,
      displayName: `New ${cell}`,
      role,
      hallIds: hall ? [hallIds[hall]] : [],
    },
  }),
  verify: async (value, _caller, variables) => {
    const { username } = variables.input as { username: string };
    expect(value).toEqual({ username, role });
    expect(await storedStaff({ username })).toMatchObject({ role, halls: hall ? [hallIds[hall]] : [] });
  },
});

/** updateStaff on a fresh account of `role` in `from`, moving it to `to`. */
const updateStaff = (role: AccountRole, from: HallKey[], to: HallKey[]): Operation => ({
  query: `mutation UpdateStaff($staffId: ID!, $input: StaffInput!) {
    updateStaff(staffId: $staffId, input: $input) { id displayName } }`,
  field: 'updateStaff',
  prepare: async (cell) => {
    const username = `target.${cell}`;
    const staffId = await insertStaff(username, role, from);
    return {
      staffId,
      input: { username, displayName: `Renamed ${cell}`, role, hallIds: to.map((hall) => hallIds[hall]) },
    };
  },
  verify: async (value, _caller, variables) => {
    const { displayName } = variables.input as { displayName: string };
    expect(value).toEqual({ id: variables.staffId, displayName });
    expect(await storedStaff({ id: variables.staffId as string })).toMatchObject({
      role,
      displayName,
      halls: to.map((hall) => hallIds[hall]),
    });
  },
});

const resetPassword = (role: AccountRole, halls: HallKey[]): Operation => ({
  query: `mutation ResetPassword($staffId: ID!, $password: String!) {
    resetPassword(staffId: $staffId, password: $password) { id } }`,
  field: 'resetPassword',
  prepare: async (cell) => ({
    staffId: await insertStaff(`reset.${cell}`, role, halls),
    password: `new-password-${cell}`,
  }),
  verify: async (value, _caller, variables) => {
    expect(value).toEqual({ id: variables.staffId });
    expect((await storedStaff({ id: variables.staffId as string })).passwordHash).toMatch(/^\$argon2id\$/);
  },
});

const operations = {
  'staff(A)': staffOfHallQuery('A'),
  'staff(C)': staffOfHallQuery('C'),
  staff: {
    query: '{ staff { username halls { id } } }',
    field: 'staff',
    prepare: () => ({}),
    verify: (value, caller) => {
      const staff = value as StaffData[];
      // Every member listed to a manager works in a hall the manager reaches (halls shows only those).
      if (caller !== 'ADMIN') for (const member of staff) expect(member.halls).not.toEqual([]);
      if (caller === 'ADMIN') {
        expectStaffList(staff, ['admin', 'manager.a', 'clerk.a', 'manager.c', 'clerk.b', 'clerk.ab'], []);
      } else if (caller === 'MANAGER of A') {
        expectStaffList(staff, ['manager.a', 'clerk.a', 'clerk.b', 'clerk.ab'], ['admin', 'manager.c']);
      } else {
        expectStaffList(staff, ['manager.c'], ['admin', 'manager.a', 'clerk.a', 'clerk.b', 'clerk.ab']);
      }
    },
  },
  'createStaff(CLERK of A)': createStaff(Role.CLERK, 'A'),
  'createStaff(CLERK of B)': createStaff(Role.CLERK, 'B'),
  'createStaff(CLERK of C)': createStaff(Role.CLERK, 'C'),
  'createStaff(ADMIN)': createStaff(Role.ADMIN, null),
  'updateStaff(CLERK of A)': updateStaff(Role.CLERK, ['A'], ['A']),
  'updateStaff(CLERK of B)': updateStaff(Role.CLERK, ['B'], ['B']),
  'updateStaff(CLERK of C)': updateStaff(Role.CLERK, ['C'], ['C']),
  'updateStaff(CLERK of A, moved to C)': updateStaff(Role.CLERK, ['A'], ['C']),
  'updateStaff(ADMIN)': updateStaff(Role.ADMIN, [], []),
  'resetPassword(CLERK of A)': resetPassword(Role.CLERK, ['A']),
  'resetPassword(CLERK of C)': resetPassword(Role.CLERK, ['C']),
  'resetPassword(ADMIN)': resetPassword(Role.ADMIN, []),
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, NO, NO, NO, NO, UN, UN, 'staff(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'staff(C)'],
  [OK, OK, NO, OK, NO, NO, UN, UN, 'staff'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createStaff(CLERK of A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createStaff(CLERK of B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createStaff(CLERK of C)'],
  [OK, NO, NO, NO, NO, NO, UN, UN, 'createStaff(ADMIN)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateStaff(CLERK of A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateStaff(CLERK of B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'updateStaff(CLERK of C)'],
  [OK, NO, NO, NO, NO, NO, UN, UN, 'updateStaff(CLERK of A, moved to C)'],
  [OK, NO, NO, NO, NO, NO, UN, UN, 'updateStaff(ADMIN)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'resetPassword(CLERK of A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'resetPassword(CLERK of C)'],
  [OK, NO, NO, NO, NO, NO, UN, UN, 'resetPassword(ADMIN)'],
];

describeRoleMatrix(table, operations);

/**
 * A manager outside the hall (or asking for an ADMIN account) must be refused before the input is
 * looked at: otherwise "username is already taken" tells a manager of C which accounts exist in A.
 * createService, createCounter and the rest check access first; createStaff and updateStaff
 * validate first (staff.service.ts: validateStaffInput runs before requireStaffAdministration).
 */
describe('staff administration refuses an out-of-scope manager before validating the input', () => {
  const cases: [caller: Caller, label: string, operation: Operation][] = [
    [
      'MANAGER of C',
      'createStaff of a CLERK for hall A under the taken username clerk.a',
      {
        ...createStaff(Role.CLERK, 'A'),
        prepare: () => ({
          input: { username: 'clerk.a', displayName: 'Probe', role: Role.CLERK, hallIds: [hallIds.A] },
        }),
      },
    ],
    [
      'MANAGER of A',
      'createStaff of an ADMIN under the taken username admin',
      {
        ...createStaff(Role.ADMIN, null),
        prepare: () => ({
          input: { username: 'admin', displayName: 'Probe', role: Role.ADMIN, hallIds: [] },
        }),
      },
    ],
    [
      'MANAGER of A',
      'updateStaff moving a CLERK of A to hall C under the taken username manager.c',
      {
        ...updateStaff(Role.CLERK, ['A'], ['C']),
        prepare: async (cell) => ({
          staffId: await insertStaff(`probe.${cell}`, Role.CLERK, ['A']),
          input: { username: 'manager.c', displayName: 'Probe', role: Role.CLERK, hallIds: [hallIds.C] },
        }),
      },
    ],
  ];

  it.each(cases)('%s: %s → FORBIDDEN', async (caller, _label, operation) => {
    const variables = await operation.prepare(nextCellNumber());
    const before = await databaseSnapshot(matrixApp());
    const result = await graphqlAs(caller, operation.query, variables);
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: NO }]);
    expect(await databaseSnapshot(matrixApp())).toEqual(before);
  });
});
