import { createHash, randomUUID } from 'node:crypto';
import { Role } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdminPassword, type TestApp } from '../../../test/support/test-app.js';
import { Counter, CounterService } from '../counters/counter.entity.js';
import { Device } from '../devices/device.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';

/**
 * Who may administer what (contract.md, "Who may call what"), one test per cell of a
 * caller × operation matrix. Hall B is a child of hall A; hall C is unrelated.
 */

const callers = [
  'ADMIN',
  'MANAGER of A',
  'CLERK of A',
  'MANAGER of C',
  'KIOSK of A',
  'DISPLAY of A',
  'no token',
  'revoked device',
] as const;
type Caller = (typeof callers)[number];

const OK = 'OK';
const NO = 'FORBIDDEN';
const UN = 'UNAUTHENTICATED';
type Expected = typeof OK | typeof NO | typeof UN;

type HallKey = 'A' | 'B' | 'C';
/** The roles of accounts the staff mutations act on. */
type AccountRole = typeof Role.ADMIN | typeof Role.CLERK;
type Variables = Record<string, unknown>;
type Data = Record<string, unknown>;

let testApp: TestApp;
const tokens = {} as Record<Caller, string | null>;
const hallIds = {} as Record<HallKey, string>;
/** One service per hall, code `svc-<hall>`, prefix = the hall's letter. */
const serviceIds = {} as Record<HallKey, string>;
const deviceIds = {} as Record<'KIOSK of A' | 'DISPLAY of A', string>;

const graphqlAs = <Result = Data>(caller: Caller, query: string, variables: Variables = {}) =>
  testApp.graphql<Result>(query, variables, { token: tokens[caller] });

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function asAdmin<Result>(query: string, variables: Variables): Promise<Result> {
  const result = await graphqlAs<Result>('ADMIN', query, variables);
  if (result.errors || !result.data) throw new Error(`set-up failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

const createDeviceTokenMutation = `mutation CreateDeviceToken($hallId: ID!, $role: Role!, $name: String!) {
  createDeviceToken(hallId: $hallId, role: $role, name: $name) { id hallId role name token } }`;
const createStaffMutation = `mutation CreateStaff($input: StaffInput!) {
  createStaff(input: $input) { id username role halls { id } } }`;

beforeAll(async () => {
  testApp = await startTestApp();
  tokens.ADMIN = await testApp.login('admin', testAdminPassword);
  tokens['no token'] = null;

  const em = testApp.app.orm.em.fork();
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
    tokens[caller] = await testApp.login(username, `${username}-password`);
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
});
afterAll(async () => {
  await testApp?.close();
});

/** Every row of every table, so a refusal can be shown to have written nothing at all. */
async function databaseSnapshot(): Promise<Record<string, unknown>> {
  const em = testApp.app.orm.em.fork();
  const tables = await em.execute<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'mikro_orm%'
     ORDER BY table_name`,
  );
  const snapshot: Record<string, unknown> = {};
  for (const { table_name: table } of tables) {
    const [result] = await em.execute<{ rows: unknown }[]>(
      `SELECT coalesce(json_agg(row_data ORDER BY row_data::text), '[]'::json) AS rows FROM "${table}" AS row_data`,
    );
    snapshot[table] = result?.rows;
  }
  return snapshot;
}

/** Creates a staff member straight in the database, as the target of a staff mutation. */
async function insertStaff(username: string, role: AccountRole, halls: HallKey[]): Promise<string> {
  const em = testApp.app.orm.em.fork();
  const staff = em.create(Staff, { username, displayName: username, role, passwordHash: 'no-login' });
  for (const hall of halls) staff.halls.add(em.getReference(Hall, hallIds[hall]));
  await em.flush();
  return staff.id;
}

const fork = () => testApp.app.orm.em.fork();

/** A unique number per cell, for names and codes that must not collide. */
let cellNumber = 0;
/** Three capital letters from a number, for unique ticket prefixes (all start with Z). */
const prefixFor = (number: number): string =>
  'Z' + String.fromCharCode(65 + (Math.floor(number / 26) % 26)) + String.fromCharCode(65 + (number % 26));

interface Operation {
  query: string;
  /** The root field, null when refused. */
  field: string;
  /** Creates what the call acts on and returns its variables. */
  prepare: (cell: number) => Promise<Variables> | Variables;
  /** Checks an OK answer: what came back and what is stored. */
  verify: (value: unknown, caller: Caller, variables: Variables) => Promise<void> | void;
}

interface StaffData {
  username: string;
  halls: { id: string }[];
}
interface DeviceData {
  id: string;
  hallId: string;
  role: string;
  lastSeenAt: string | null;
  online: boolean;
  revoked: boolean;
}

/** The halls each caller reaches: MANAGER of A also reaches the child hall B. */
const reachableHalls: Record<Exclude<Caller, 'no token' | 'revoked device'>, HallKey[]> = {
  ADMIN: ['A', 'B', 'C'],
  'MANAGER of A': ['A', 'B'],
  'CLERK of A': ['A'],
  'MANAGER of C': ['C'],
  'KIOSK of A': ['A'],
  'DISPLAY of A': ['A'],
};

const usernamesOf = (staff: StaffData[]): string[] => staff.map((member) => member.username);

function expectStaffList(staff: StaffData[], present: string[], absent: string[]): void {
  const usernames = usernamesOf(staff);
  expect(usernames).toEqual(expect.arrayContaining(present));
  for (const username of absent) expect(usernames).not.toContain(username);
  expect(new Set(usernames).size).toBe(usernames.length);
}

const hallQuery = (hall: HallKey): Operation => ({
  query: 'query Hall($id: ID!) { hall(id: $id) { id code } }',
  field: 'hall',
  prepare: () => ({ id: hallIds[hall] }),
  verify: (value) => expect(value).toEqual({ id: hallIds[hall], code: hall }),
});

const devicesQuery = (hall: HallKey): Operation => ({
  query: 'query Devices($hallId: ID!) { devices(hallId: $hallId) { id hallId name } }',
  field: 'devices',
  prepare: () => ({ hallId: hallIds[hall] }),
  verify: (value) => {
    const devices = value as { id: string; hallId: string; name: string }[];
    expect(devices.map((device) => device.name)).toContain(`Display ${hall}`);
    for (const device of devices) expect(device.hallId).toBe(hallIds[hall]);
    if (hall === 'A') {
      expect(devices.map((device) => device.id)).toEqual(
        expect.arrayContaining([deviceIds['KIOSK of A'], deviceIds['DISPLAY of A']]),
      );
    }
  },
});

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

const createService = (hall: HallKey): Operation => ({
  query: `mutation CreateService($hallId: ID!, $input: ServiceInput!) {
    createService(hallId: $hallId, input: $input) { id code prefix hall { id } } }`,
  field: 'createService',
  prepare: (cell) => ({
    hallId: hallIds[hall],
    input: { code: `new-${cell}`, name: `New service ${cell}`, prefix: prefixFor(cell) },
  }),
  verify: async (value, _caller, variables) => {
    const input = variables.input as { code: string; prefix: string };
    const created = value as { id: string };
    expect(value).toEqual({
      id: expect.any(String),
      code: input.code,
      prefix: input.prefix,
      hall: { id: hallIds[hall] },
    });
    const stored = await fork().findOneOrFail(Service, created.id);
    expect(stored).toMatchObject({ code: input.code, prefix: input.prefix });
    expect(stored.hall.id).toBe(hallIds[hall]);
  },
});

const updateService = (hall: HallKey): Operation => ({
  query: `mutation UpdateService($serviceId: ID!, $input: ServiceInput!) {
    updateService(serviceId: $serviceId, input: $input) { id name } }`,
  field: 'updateService',
  prepare: (cell) => ({
    serviceId: serviceIds[hall],
    input: { code: `svc-${hall}`, name: `Service ${hall} #${cell}`, prefix: hall },
  }),
  verify: async (value, _caller, variables) => {
    const name = (variables.input as { name: string }).name;
    expect(value).toEqual({ id: serviceIds[hall], name });
    expect((await fork().findOneOrFail(Service, serviceIds[hall])).name).toBe(name);
  },
});

const createCounter = (hall: HallKey): Operation => ({
  query: `mutation CreateCounter($hallId: ID!, $label: String!) {
    createCounter(hallId: $hallId, label: $label) { id label hall { id } } }`,
  field: 'createCounter',
  prepare: (cell) => ({ hallId: hallIds[hall], label: `W${cell}` }),
  verify: async (value, _caller, variables) => {
    const created = value as { id: string };
    expect(value).toEqual({ id: expect.any(String), label: variables.label, hall: { id: hallIds[hall] } });
    const stored = await fork().findOneOrFail(Counter, created.id);
    expect(stored.label).toBe(variables.label);
    expect(stored.hall.id).toBe(hallIds[hall]);
  },
});

const setCounterServices = (hall: HallKey): Operation => ({
  query: `mutation SetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {
    setCounterServices(counterId: $counterId, services: $services) { id services { rank service { id } } } }`,
  field: 'setCounterServices',
  // A fresh counter with no services, so an OK answer must have written the link.
  prepare: async (cell) => {
    const em = fork();
    const counter = em.create(Counter, { hall: hallIds[hall], label: `S${cell}` });
    await em.flush();
    return { counterId: counter.id, services: [{ serviceId: serviceIds[hall], rank: 1 }] };
  },
  verify: async (value, _caller, variables) => {
    expect(value).toEqual({
      id: variables.counterId,
      services: [{ rank: 1, service: { id: serviceIds[hall] } }],
    });
    const links = await fork().find(CounterService, { counter: variables.counterId as string });
    expect(links.map((link) => [link.service.id, link.rank])).toEqual([[serviceIds[hall], 1]]);
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

const createDeviceToken = (hall: HallKey): Operation => ({
  query: createDeviceTokenMutation,
  field: 'createDeviceToken',
  prepare: (cell) => ({ hallId: hallIds[hall], role: Role.KIOSK, name: `Kiosk ${cell}` }),
  verify: async (value, _caller, variables) => {
    const created = value as { id: string; token: string };
    expect(value).toEqual({
      id: expect.any(String),
      hallId: hallIds[hall],
      role: 'KIOSK',
      name: variables.name,
      token: expect.stringMatching(/^osd_/),
    });
    const stored = await fork().findOneOrFail(Device, created.id);
    expect(stored.tokenHash).toBe(sha256(created.token));
    expect(stored.hall.id).toBe(hallIds[hall]);
  },
});

const revokeDevice = (hall: HallKey): Operation => ({
  query: 'mutation RevokeDevice($deviceId: ID!) { revokeDevice(deviceId: $deviceId) { id revoked } }',
  field: 'revokeDevice',
  prepare: async (cell) => {
    const em = fork();
    const device = em.create(Device, {
      hall: hallIds[hall],
      role: Role.KIOSK,
      name: `To revoke ${cell}`,
      tokenHash: sha256(randomUUID()),
    });
    await em.flush();
    return { deviceId: device.id };
  },
  verify: async (value, _caller, variables) => {
    expect(value).toEqual({ id: variables.deviceId, revoked: true });
    expect((await fork().findOneOrFail(Device, variables.deviceId as string)).revokedAt).toEqual(
      testApp.clock.now(),
    );
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
  'devices(A)': devicesQuery('A'),
  'devices(B)': devicesQuery('B'),
  'devices(C)': devicesQuery('C'),
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
  myDevice: {
    query: '{ myDevice { id hallId role revoked } }',
    field: 'myDevice',
    prepare: () => ({}),
    verify: (value, caller) => {
      if (caller === 'KIOSK of A' || caller === 'DISPLAY of A') {
        const role = caller === 'KIOSK of A' ? 'KIOSK' : 'DISPLAY';
        expect(value).toEqual({ id: deviceIds[caller], hallId: hallIds.A, role, revoked: false });
      } else {
        expect(value).toBeNull();
      }
    },
  },
  heartbeat: {
    query: 'mutation { heartbeat { id hallId role lastSeenAt online revoked } }',
    field: 'heartbeat',
    prepare: () => {
      testApp.clock.advance(1000);
      return {};
    },
    verify: async (value, caller) => {
      const device = value as DeviceData;
      const now = testApp.clock.now();
      expect(device).toMatchObject({ id: deviceIds[caller as keyof typeof deviceIds], hallId: hallIds.A });
      expect(new Date(device.lastSeenAt ?? 0)).toEqual(now);
      expect(device.online).toBe(true);
      expect((await fork().findOneOrFail(Device, device.id)).lastSeenAt).toEqual(now);
    },
  },
  'updateHall(A)': updateHall('A'),
  'updateHall(B)': updateHall('B'),
  'updateHall(C)': updateHall('C'),
  'createService(A)': createService('A'),
  'createService(B)': createService('B'),
  'createService(C)': createService('C'),
  'updateService(A)': updateService('A'),
  'updateService(B)': updateService('B'),
  'updateService(C)': updateService('C'),
  'createCounter(A)': createCounter('A'),
  'createCounter(C)': createCounter('C'),
  'setCounterServices(A)': setCounterServices('A'),
  'setCounterServices(B)': setCounterServices('B'),
  'setCounterServices(C)': setCounterServices('C'),
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
  'createDeviceToken(A)': createDeviceToken('A'),
  'createDeviceToken(B)': createDeviceToken('B'),
  'createDeviceToken(C)': createDeviceToken('C'),
  'revokeDevice(A)': revokeDevice('A'),
  'revokeDevice(C)': revokeDevice('C'),
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

/**
 * The matrix. Columns: ADMIN, MANAGER of A, CLERK of A, MANAGER of C, KIOSK of A, DISPLAY of A,
 * no token, revoked device.
 */
const table: [
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  Expected,
  OperationName,
][] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, OK, OK, OK, OK, UN, UN, 'halls'],
  [OK, OK, OK, NO, OK, OK, UN, UN, 'hall(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'hall(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'hall(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'devices(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'devices(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'devices(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'staff(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'staff(C)'],
  [OK, OK, NO, OK, NO, NO, UN, UN, 'staff'],
  [OK, OK, OK, OK, OK, OK, OK, UN, 'me'],
  [OK, OK, OK, OK, OK, OK, OK, UN, 'myDevice'],
  [NO, NO, NO, NO, OK, OK, UN, UN, 'heartbeat'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateHall(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateHall(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'updateHall(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createService(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createService(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createService(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateService(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateService(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'updateService(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createCounter(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createCounter(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'setCounterServices(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'setCounterServices(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'setCounterServices(C)'],
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
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createDeviceToken(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createDeviceToken(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createDeviceToken(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'revokeDevice(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'revokeDevice(C)'],
];

const cells: [Caller, OperationName, Expected][] = table.flatMap((row) => {
  const operation = row[8];
  return callers.map((caller, column): [Caller, OperationName, Expected] => [
    caller,
    operation,
    row[column] as Expected,
  ]);
});

describe('administration by role', () => {
  it('covers every operation exactly once', () => {
    expect(table.map((row) => row[8]).sort()).toEqual(Object.keys(operations).sort());
  });

  it.each(cells)('%s × %s → %s', async (caller, operationName, expected) => {
    const operation: Operation = operations[operationName];
    cellNumber += 1;
    const variables = await operation.prepare(cellNumber);
    const before = await databaseSnapshot();
    const result = await graphqlAs(caller, operation.query, variables);
    if (expected === OK) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toHaveProperty(operation.field);
      await operation.verify(result.data?.[operation.field], caller, variables);
    } else {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([expected]);
      expect(result.data?.[operation.field] ?? null).toBeNull();
      expect(await databaseSnapshot()).toEqual(before);
    }
  });
});

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
    cellNumber += 1;
    const variables = await operation.prepare(cellNumber);
    const before = await databaseSnapshot();
    const result = await graphqlAs(caller, operation.query, variables);
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: NO }]);
    expect(await databaseSnapshot()).toEqual(before);
  });
});
