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

const createHall = (parent: HallKey | null): Operation => ({
  query: `mutation CreateHall($input: CreateHallInput!) { createHall(input: $input) { id code parent { id } } }`,
  field: 'createHall',
  prepare: (cell) => ({
    input: {
      code: `NEW${cell}`,
      name: `New hall ${cell}`,
      timezone: 'Asia/Shanghai',
      parentId: parent && hallIds[parent],
    },
  }),
  verify: async (value, _caller, variables) => {
    const input = variables.input as { code: string };
    expect(value).toMatchObject({ code: input.code, parent: parent ? { id: hallIds[parent] } : null });
    const stored = await fork().findOneOrFail(Hall, { code: input.code });
    expect(stored.parent?.id ?? null).toBe(parent ? hallIds[parent] : null);
  },
});

/** Moves B below C; an OK cell puts it back below A for the rows after it. */
const moveBBelowC: Operation = {
  query: `mutation Move($hallId: ID!, $input: HallSettingsInput!) { updateHall(hallId: $hallId, input: $input) { id } }`,
  field: 'updateHall',
  prepare: () => ({ hallId: hallIds.B, input: { parentId: hallIds.C } }),
  verify: async () => {
    const em = fork();
    const moved = await em.findOneOrFail(Hall, hallIds.B);
    expect(moved.parent?.id).toBe(hallIds.C);
    moved.parent = em.getReference(Hall, hallIds.A, { wrapped: true });
    await em.flush();
  },
};

/** Deactivates a hall; an OK cell makes it active again for the rows after it. */
const deactivate = (hall: HallKey): Operation => ({
  query: `mutation Deactivate($hallId: ID!, $input: HallSettingsInput!) {
    updateHall(hallId: $hallId, input: $input) { id active } }`,
  field: 'updateHall',
  prepare: () => ({ hallId: hallIds[hall], input: { active: false } }),
  verify: async (value) => {
    expect(value).toEqual({ id: hallIds[hall], active: false });
    const em = fork();
    const stored = await em.findOneOrFail(Hall, hallIds[hall]);
    expect(stored.active).toBe(false);
    stored.active = true;
    await em.flush();
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
  'createHall(top)': createHall(null),
  'createHall(below A)': createHall('A'),
  'createHall(below B)': createHall('B'),
  'createHall(below C)': createHall('C'),
  'move B below C': moveBBelowC,
  'deactivate(A)': deactivate('A'),
  'deactivate(B)': deactivate('B'),
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
  // A MANAGER works below their own halls only: no top hall, no move out of their reach.
  [OK, NO, NO, NO, NO, NO, UN, UN, 'createHall(top)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createHall(below A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createHall(below B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createHall(below C)'],
  [OK, NO, NO, NO, NO, NO, UN, UN, 'move B below C'],
  [OK, NO, NO, NO, NO, NO, UN, UN, 'deactivate(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'deactivate(B)'],
];

describeRoleMatrix(table, operations);
