import { randomUUID } from 'node:crypto';
import { Role } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Device } from '../../src/modules/devices/device.entity.js';
import { Hall } from '../../src/modules/halls/hall.entity.js';
import { Service } from '../../src/modules/services/service.entity.js';
import { Staff } from '../../src/modules/staff/staff.entity.js';
import { databaseSnapshot } from './database-snapshot.js';
import { sha256 } from './sha256.js';
import { startTestApp, testAdminPassword, type TestApp } from './test-app.js';

/*
 * Who may administer what (contract.md, "Who may call what"), one test per cell of a
 * caller × operation matrix; each module's *.roles.test.ts holds the rows of its own operations.
 * Hall B is a child of hall A; hall C is unrelated.
 */

export const callers = [
  'ADMIN',
  'MANAGER of A',
  'CLERK of A',
  'MANAGER of C',
  'KIOSK of A',
  'DISPLAY of A',
  'no token',
  'revoked device',
] as const;
export type Caller = (typeof callers)[number];

export const OK = 'OK';
export const NO = 'FORBIDDEN';
export const UN = 'UNAUTHENTICATED';
export type Expected = typeof OK | typeof NO | typeof UN;

export type HallKey = 'A' | 'B' | 'C';
/** The roles of accounts the staff mutations act on. */
export type AccountRole = typeof Role.ADMIN | typeof Role.CLERK;
export type Variables = Record<string, unknown>;
type Data = Record<string, unknown>;

let testApp: TestApp | undefined;
/** The callers' bearer tokens (null for "no token"). Filled before the file's tests. */
export const tokens = {} as Record<Caller, string | null>;
export const hallIds = {} as Record<HallKey, string>;
/** One service per hall, code `svc-<hall>`, prefix = the hall's letter. */
export const serviceIds = {} as Record<HallKey, string>;
export const deviceIds = {} as Record<'KIOSK of A' | 'DISPLAY of A', string>;

/** The running app of this file. */
export function matrixApp(): TestApp {
  if (!testApp) throw new Error('useRoleMatrix() starts the app before the tests');
  return testApp;
}

export const fork = () => matrixApp().app.orm.em.fork();

export const graphqlAs = <Result = Data>(caller: Caller, query: string, variables: Variables = {}) =>
  matrixApp().graphql<Result>(query, variables, { token: tokens[caller] });

async function asAdmin<Result>(query: string, variables: Variables): Promise<Result> {
  const result = await graphqlAs<Result>('ADMIN', query, variables);
  if (result.errors || !result.data) throw new Error(`set-up failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const createDeviceTokenMutation = `mutation CreateDeviceToken($hallId: ID!, $role: Role!, $name: String!) {
  createDeviceToken(hallId: $hallId, role: $role, name: $name) { id hallId role name token } }`;
const createStaffMutation = `mutation CreateStaff($input: StaffInput!) {
  createStaff(input: $input) { id username role halls { id } } }`;

/** The halls, their services and devices, the callers' accounts and tokens, once per test file. */
async function writeMatrixFixture(app: TestApp): Promise<void> {
  tokens.ADMIN = await app.login('admin', testAdminPassword);
  tokens['no token'] = null;

  const em = app.app.orm.em.fork();
  const hallA = em.create(Hall, { code: 'A', name: 'Hall A', timezone: 'Asia/Shanghai' });
  const hallB = em.create(Hall, { code: 'B', name: 'Hall B', timezone: 'Asia/Shanghai', parent: hallA });
  const hallC = em.create(Hall, { code: 'C', name: 'Hall C', timezone: 'Asia/Shanghai' });
  const halls = { A: hallA, B: hallB, C: hallC };
  for (const [key, hall] of Object.entries(halls) as [HallKey, Hall][]) {
    hallIds[key] = hall.id;
    serviceIds[key] = em.create(Service, {
      hall,
      code: `svc-${key}`,
      name: `Service ${key}`,
      prefix: key,
    }).id;
    em.create(Device, { hall, role: Role.DISPLAY, name: `Display ${key}`, tokenHash: sha256(randomUUID()) });
  }
  // Staff who only appear in lists: one of the child hall, one of both A and B.
  const clerkOfB = em.create(Staff, {
    username: 'clerk.b',
    displayName: 'Clerk B',
    role: Role.CLERK,
    passwordHash: 'no-login',
  });
  clerkOfB.halls.add(hallB);
  const clerkOfAB = em.create(Staff, {
    username: 'clerk.ab',
    displayName: 'Clerk AB',
    role: Role.CLERK,
    passwordHash: 'no-login',
  });
  clerkOfAB.halls.add(hallA, hallB);
  await em.flush();

  const accounts: [Caller, string, Role, HallKey][] = [
    ['MANAGER of A', 'manager.a', Role.MANAGER, 'A'],
    ['CLERK of A', 'clerk.a', Role.CLERK, 'A'],
    ['MANAGER of C', 'manager.c', Role.MANAGER, 'C'],
  ];
  for (const [caller, username, role, hall] of accounts) {
    await asAdmin(createStaffMutation, {
      input: {
        username,
        displayName: caller,
        role,
        hallIds: [hallIds[hall]],
        password: `${username}-password`,
      },
    });
    tokens[caller] = await app.login(username, `${username}-password`);
  }

  for (const role of [Role.KIOSK, Role.DISPLAY] as const) {
    const caller = role === Role.KIOSK ? 'KIOSK of A' : 'DISPLAY of A';
    const { createDeviceToken } = await asAdmin<{ createDeviceToken: { id: string; token: string } }>(
      createDeviceTokenMutation,
      { hallId: hallIds.A, role, name: caller },
    );
    tokens[caller] = createDeviceToken.token;
    deviceIds[caller] = createDeviceToken.id;
  }
  const { createDeviceToken: revoked } = await asAdmin<{ createDeviceToken: { id: string; token: string } }>(
    createDeviceTokenMutation,
    { hallId: hallIds.A, role: Role.KIOSK, name: 'Revoked kiosk' },
  );
  await asAdmin('mutation Revoke($deviceId: ID!) { revokeDevice(deviceId: $deviceId) { id } }', {
    deviceId: revoked.id,
  });
  tokens['revoked device'] = revoked.token;
}

/** Starts the app and writes the matrix's fixture before the file's tests; closes it after. */
export function useRoleMatrix(): void {
  beforeAll(async () => {
    testApp = await startTestApp();
    await writeMatrixFixture(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });
}

/** Creates a staff member straight in the database, as the target of a staff mutation. */
export async function insertStaff(username: string, role: AccountRole, halls: HallKey[]): Promise<string> {
  const em = fork();
  const staff = em.create(Staff, { username, displayName: username, role, passwordHash: 'no-login' });
  for (const hall of halls) staff.halls.add(em.getReference(Hall, hallIds[hall]));
  await em.flush();
  return staff.id;
}

let cellNumber = 0;
/** A unique number per cell, for names and codes that must not collide. */
export function nextCellNumber(): number {
  cellNumber += 1;
  return cellNumber;
}

export interface Operation {
  query: string;
  /** The root field, null when refused. */
  field: string;
  /** Creates what the call acts on and returns its variables. */
  prepare: (cell: number) => Promise<Variables> | Variables;
  /** Checks an OK answer: what came back and what is stored. */
  verify: (value: unknown, caller: Caller, variables: Variables) => Promise<void> | void;
}

/**
 * A row of the matrix: what each caller gets, in the order of {@link callers} (ADMIN, MANAGER of A,
 * CLERK of A, MANAGER of C, KIOSK of A, DISPLAY of A, no token, revoked device), then the operation.
 */
export type MatrixRow<OperationName extends string> = [
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  OperationName,
];

/** The rows as one test case per cell: caller, operation, expected answer. */
export function cellsOf<OperationName extends string>(
  table: MatrixRow<OperationName>[],
): [Caller, OperationName, Expected][] {
  return table.flatMap((row) => {
    const operation = row[8];
    return callers.map((caller, column): [Caller, OperationName, Expected] => [
      caller,
      operation,
      row[column] as Expected,
    ]);
  });
}

/** The operation names of the rows, sorted: each operation must have exactly one row. */
export const operationsOf = (table: MatrixRow<string>[]): string[] => table.map((row) => row[8]).sort();

/**
 * Calls the operation as the caller: an OK cell answers and stores what `verify` expects; a refused
 * one answers only the expected code and writes nothing at all.
 */
export async function expectCell(caller: Caller, operation: Operation, expected: Expected): Promise<void> {
  const variables = await operation.prepare(nextCellNumber());
  const before = await databaseSnapshot(matrixApp());
  const result = await graphqlAs(caller, operation.query, variables);
  if (expected === OK) {
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty(operation.field);
    await operation.verify(result.data?.[operation.field], caller, variables);
  } else {
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([expected]);
    expect(result.data?.[operation.field] ?? null).toBeNull();
    expect(await databaseSnapshot(matrixApp())).toEqual(before);
  }
}

/**
 * The matrix as tests, under the one title every *.roles.test.ts uses: every operation has exactly
 * one row, and each cell answers as its row says.
 */
export function describeRoleMatrix<OperationName extends string>(
  table: MatrixRow<OperationName>[],
  operations: Readonly<Record<OperationName, Operation>>,
): void {
  describe('administration by role', () => {
    it('covers every operation exactly once', () => {
      expect(operationsOf(table)).toEqual(Object.keys(operations).sort());
    });

    it.each(cellsOf(table))('%s × %s → %s', async (caller, operationName, expected) => {
      await expectCell(caller, operations[operationName], expected);
    });
  });
}
