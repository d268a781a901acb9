import { expect } from 'vitest';
import {
  type Caller,
  describeRoleMatrix,
  fork,
  hallIds,
  type HallKey,
  type MatrixRow,
  NO,
  OK,
  type Operation,
  UN,
  useRoleMatrix,
} from '../../../test/support/role-matrix.js';
import { Hall } from './hall.entity.js';

/** Who may read and administer which halls: the halls rows of the caller × operation matrix. */

useRoleMatrix();

/** The halls each caller reaches: MANAGER of A also reaches the child hall B. */
const reachableHalls: Record<Exclude<Caller, 'no token' | 'revoked device'>, HallKey[]> = {
  ADMIN: ['A', 'B', 'C'],
  'MANAGER of A': ['A', 'B'],
  'CLERK of A': ['A'],
  'MANAGER of C': ['C'],
  'KIOSK of A': ['A'],
  'DISPLAY of A': ['A'],
};

const hallQuery = (hall: HallKey): Operation => ({
  query: 'query Hall($id: ID!) { hall(id: $id) { id code } }',
  field: 'hall',
  prepare: () => ({ id: hallIds[hall] }),
  verify: (value) => expect(value).toEqual({ id: hallIds[hall], code: hall }),
});

const updateHall = (hall: HallKey): Operation => ({
  query: `mutation UpdateHall($hallId: ID!, $input: HallSettingsInput!) {
    updateHall(hallId: $hallId, input: $input) { id name maxRecalls } }`,
  field: 'updateHall',
  prepare: (cell) => ({
    hallId: hallIds[hall],
    input: { name: `Hall ${hall} #${cell}`, maxRecalls: cell % 20 },
  }),
  verify: async (value, _caller, variables) => {
    const input = variables.input as { name: string; maxRecalls: number };
    expect(value).toEqual({ id: hallIds[hall], ...input });
    expect(await fork().findOneOrFail(Hall, hallIds[hall])).toMatchObject(input);
  },
});

const operations = {
  halls: {
    query: '{ halls { id code } }',
    field: 'halls',
    prepare: () => ({}),
    verify: (value, caller) => {
      const reached = reachableHalls[caller as keyof typeof reachableHalls];
      expect(value).toEqual(reached.map((hall) => ({ id: hallIds[hall], code: hall })));
    },
  },
  'hall(A)': hallQuery('A'),
  'hall(B)': hallQuery('B'),
  'hall(C)': hallQuery('C'),
  'updateHall(A)': updateHall('A'),
  'updateHall(B)': updateHall('B'),
  'updateHall(C)': updateHall('C'),
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, OK, OK, OK, OK, UN, UN, 'halls'],
  [OK, OK, OK, NO, OK, OK, UN, UN, 'hall(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'hall(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'hall(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateHall(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateHall(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'updateHall(C)'],
];

describeRoleMatrix(table, operations);
