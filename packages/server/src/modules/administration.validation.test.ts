import { createHash, randomUUID } from 'node:crypto';
import { Role } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdminPassword, type TestApp } from '../../test/support/test-app.js';
import { hashPassword } from './auth/secrets.js';
import { StaffSession } from './auth/session.entity.js';
import { Counter, CounterService } from './counters/counter.entity.js';
import { Device } from './devices/device.entity.js';
import { Hall } from './halls/hall.entity.js';
import { Service } from './services/service.entity.js';
import { Staff } from './staff/staff.entity.js';

/**
 * Every administration mutation refuses bad input with BAD_USER_INPUT naming the field and writes
 * nothing; unknown ids give NOT_FOUND; and each mutation's success path stores what it returns.
 */

let testApp: TestApp;
let adminToken: string;

/** Rows the refusal cases point at; created once through the ORM. */
interface Fixture {
  /** "Main hall", whose default target wait (35) differs from the column default. */
  hallId: string;
  otherHallId: string;
  /** code `passport`, prefix P, in the main hall. */
  passportServiceId: string;
  /** code `visa`, prefix V, in the main hall. */
  visaServiceId: string;
  /** code `tax`, prefix T, in the other hall. */
  otherHallServiceId: string;
  /** label `01` in the main hall, serving passport at rank 1. */
  counterId: string;
  /** `clerk.one`, CLERK of the main hall. */
  clerkId: string;
  deviceId: string;
}
let fixture: Fixture;

const clerkPassword = 'clerk-password-1';

beforeAll(async () => {
  testApp = await startTestApp();
  adminToken = await testApp.login('admin', testAdminPassword);
  const em = testApp.app.orm.em.fork();
  const hall = em.create(Hall, {
    code: 'MAIN',
    name: 'Main hall',
    timezone: 'Asia/Shanghai',
    targetWaitMinutes: 35,
  });
  const otherHall = em.create(Hall, { code: 'OTHER', name: 'Other hall', timezone: 'Asia/Shanghai' });
  const passport = em.create(Service, { hall, code: 'passport', name: 'Passport', prefix: 'P' });
  const visa = em.create(Service, { hall, code: 'visa', name: 'Visa', prefix: 'V' });
  const tax = em.create(Service, { hall: otherHall, code: 'tax', name: 'Tax', prefix: 'T' });
  const counter = em.create(Counter, { hall, label: '01' });
  em.create(CounterService, { counter, service: passport, rank: 1 });
  const clerk = em.create(Staff, {
    username: 'clerk.one',
    displayName: 'Clerk One',
    role: Role.CLERK,
    passwordHash: await hashPassword(clerkPassword),
  });
  clerk.halls.add(hall);
  const device = em.create(Device, {
    hall,
    role: Role.KIOSK,
    name: 'Kiosk 1',
    tokenHash: sha256(randomUUID()),
  });
  await em.flush();
  fixture = {
    hallId: hall.id,
    otherHallId: otherHall.id,
    passportServiceId: passport.id,
    visaServiceId: visa.id,
    otherHallServiceId: tax.id,
    counterId: counter.id,
    clerkId: clerk.id,
    deviceId: device.id,
  };
});
afterAll(async () => {
  await testApp?.close();
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

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

async function insertHall(code: string, targetWaitMinutes = 20): Promise<string> {
  const em = testApp.app.orm.em.fork();
  const hall = em.create(Hall, { code, name: `Hall ${code}`, timezone: 'Asia/Shanghai', targetWaitMinutes });
  await em.flush();
  return hall.id;
}

const hallFields = 'id name nameEn timezone targetWaitMinutes maxRecalls';
const serviceFields = 'id code name nameEn prefix targetWaitMinutes dailyQuota active hall { id }';
const counterFields = 'id label status hall { id } services { rank service { id } }';
const staffFields = 'id username displayName role active halls { id }';

const updateHallMutation = `mutation UpdateHall($hallId: ID!, $input: HallSettingsInput!) {
  updateHall(hallId: $hallId, input: $input) { ${hallFields} } }`;
const createServiceMutation = `mutation CreateService($hallId: ID!, $input: ServiceInput!) {
  createService(hallId: $hallId, input: $input) { ${serviceFields} } }`;
const updateServiceMutation = `mutation UpdateService($serviceId: ID!, $input: ServiceInput!) {
  updateService(serviceId: $serviceId, input: $input) { ${serviceFields} } }`;
const createCounterMutation = `mutation CreateCounter($hallId: ID!, $label: String!) {
  createCounter(hallId: $hallId, label: $label) { ${counterFields} } }`;
const setCounterServicesMutation = `mutation SetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {
  setCounterServices(counterId: $counterId, services: $services) { ${counterFields} } }`;
const createStaffMutation = `mutation CreateStaff($input: StaffInput!) {
  createStaff(input: $input) { ${staffFields} } }`;
const updateStaffMutation = `mutation UpdateStaff($staffId: ID!, $input: StaffInput!) {
  updateStaff(staffId: $staffId, input: $input) { ${staffFields} } }`;
const resetPasswordMutation = `mutation ResetPassword($staffId: ID!, $password: String!) {
  resetPassword(staffId: $staffId, password: $password) { id username } }`;
const createDeviceTokenMutation = `mutation CreateDeviceToken($hallId: ID!, $role: Role!, $name: String!) {
  createDeviceToken(hallId: $hallId, role: $role, name: $name) { id hallId role name token } }`;
const revokeDeviceMutation = `mutation RevokeDevice($deviceId: ID!) {
  revokeDevice(deviceId: $deviceId) { id revoked } }`;

type Variables = Record<string, unknown>;

interface RefusalCase {
  label: string;
  field: string;
  query: string;
  variables: (fixture: Fixture) => Variables;
}

const tooLong = (length: number): string => 'x'.repeat(length);

/** A valid new service; each case spoils one field. */
const newServiceInput = (overrides: Variables = {}): Variables => ({
  code: 'new-service',
  name: 'New service',
  prefix: 'N',
  ...overrides,
});
/** The passport service as it is; each case spoils one field. */
const passportInput = (overrides: Variables = {}): Variables => ({
  code: 'passport',
  name: 'Passport',
  prefix: 'P',
  ...overrides,
});
const newStaffInput = (hallId: string, overrides: Variables = {}): Variables => ({
  username: 'new.clerk',
  displayName: 'New Clerk',
  role: Role.CLERK,
  hallIds: [hallId],
  password: 'long-enough-password',
  ...overrides,
});
const clerkInput = (hallId: string, overrides: Variables = {}): Variables => ({
  username: 'clerk.one',
  displayName: 'Clerk One',
  role: Role.CLERK,
  hallIds: [hallId],
  ...overrides,
});

type CaseRow<Override> = [label: string, field: string, override: Override];

const updateHallCases: RefusalCase[] = (
  [
    ['empty name', 'name', { name: '' }],
    ['whitespace-only name', 'name', { name: '   ' }],
    ['name over 100 characters', 'name', { name: tooLong(101) }],
    ['nameEn over 100 characters', 'nameEn', { nameEn: tooLong(101) }],
    ['unknown zone Mars/Olympus', 'timezone', { timezone: 'Mars/Olympus' }],
    ['offset UTC+8 instead of a zone', 'timezone', { timezone: 'UTC+8' }],
    ['empty timezone', 'timezone', { timezone: '' }],
    ['targetWaitMinutes 0', 'targetWaitMinutes', { targetWaitMinutes: 0 }],
    ['targetWaitMinutes -1', 'targetWaitMinutes', { targetWaitMinutes: -1 }],
    ['maxRecalls -1', 'maxRecalls', { maxRecalls: -1 }],
    ['a valid name beside maxRecalls -1', 'maxRecalls', { name: 'Renamed', maxRecalls: -1 }],
  ] satisfies CaseRow<Variables>[]
).map(([label, field, input]) => ({
  label,
  field,
  query: updateHallMutation,
  variables: (current) => ({ hallId: current.hallId, input }),
}));

const serviceInputRows: CaseRow<Variables>[] = [
  ['empty code', 'code', { code: '' }],
  ['code with a space', 'code', { code: 'has space' }],
  ['code with a slash', 'code', { code: 'a/b' }],
  ['code over 32 characters', 'code', { code: tooLong(33) }],
  ['empty name', 'name', { name: '' }],
  ['whitespace-only name', 'name', { name: '   ' }],
  ['name over 100 characters', 'name', { name: tooLong(101) }],
  ['nameEn over 100 characters', 'nameEn', { nameEn: tooLong(101) }],
  ['lower-case prefix "ab"', 'prefix', { prefix: 'ab' }],
  ['four-letter prefix "ABCD"', 'prefix', { prefix: 'ABCD' }],
  ['prefix with a digit "A1"', 'prefix', { prefix: 'A1' }],
  ['empty prefix', 'prefix', { prefix: '' }],
  ['prefix V of another service in the hall', 'prefix', { prefix: 'V' }],
  ['code visa of another service in the hall', 'code', { code: 'visa' }],
  ['targetWaitMinutes 0', 'targetWaitMinutes', { targetWaitMinutes: 0 }],
  ['dailyQuota 0', 'dailyQuota', { dailyQuota: 0 }],
  ['dailyQuota -5', 'dailyQuota', { dailyQuota: -5 }],
  ['queueAlertThreshold 0', 'queueAlertThreshold', { queueAlertThreshold: 0 }],
  ['queueAlertThreshold 10 001', 'queueAlertThreshold', { queueAlertThreshold: 10_001 }],
];

const createServiceCases: RefusalCase[] = [
  ...serviceInputRows,
  ['prefix P of the passport service', 'prefix', { prefix: 'P' }] satisfies CaseRow<Variables>,
  ['code passport of the passport service', 'code', { code: 'passport' }] satisfies CaseRow<Variables>,
].map(([label, field, override]) => ({
  label,
  field,
  query: createServiceMutation,
  variables: (current) => ({ hallId: current.hallId, input: newServiceInput(override) }),
}));

const updateServiceCases: RefusalCase[] = serviceInputRows.map(([label, field, override]) => ({
  label,
  field,
  query: updateServiceMutation,
  variables: (current) => ({ serviceId: current.passportServiceId, input: passportInput(override) }),
}));

const createCounterCases: RefusalCase[] = (
  [
    ['empty label', 'label', ''],
    ['whitespace-only label', 'label', '   '],
    ['label over 32 characters', 'label', tooLong(33)],
    ['label 01 of another counter in the hall', 'label', '01'],
    ['label " 01 " that trims to a taken one', 'label', ' 01 '],
  ] satisfies CaseRow<string>[]
).map(([label, field, counterLabel]) => ({
  label,
  field,
  query: createCounterMutation,
  variables: (current) => ({ hallId: current.hallId, label: counterLabel }),
}));

const setCounterServicesCases: RefusalCase[] = (
  [
    ['an unknown service id', 'services.serviceId', () => [{ serviceId: randomUUID(), rank: 1 }]],
    [
      "another hall's service",
      'services.serviceId',
      (current) => [{ serviceId: current.otherHallServiceId, rank: 1 }],
    ],
    ['a service id that is no uuid', 'services.serviceId', () => [{ serviceId: 'not-a-uuid', rank: 1 }]],
    [
      'a valid service beside an unknown one',
      'services.serviceId',
      (current) => [
        { serviceId: current.visaServiceId, rank: 1 },
        { serviceId: randomUUID(), rank: 2 },
      ],
    ],
    [
      'the same service twice',
      'services',
      (current) => [
        { serviceId: current.visaServiceId, rank: 1 },
        { serviceId: current.visaServiceId, rank: 2 },
      ],
    ],
    ['rank 0', 'services.rank', (current) => [{ serviceId: current.visaServiceId, rank: 0 }]],
    ['rank -1', 'services.rank', (current) => [{ serviceId: current.visaServiceId, rank: -1 }]],
    ['rank 100', 'services.rank', (current) => [{ serviceId: current.visaServiceId, rank: 100 }]],
  ] satisfies CaseRow<(fixture: Fixture) => Variables[]>[]
).map(([label, field, services]) => ({
  label,
  field,
  query: setCounterServicesMutation,
  variables: (current) => ({ counterId: current.counterId, services: services(current) }),
}));

const staffInputRows: CaseRow<(fixture: Fixture) => Variables>[] = [
  ['upper-case username', 'username', () => ({ username: 'Clerk' })],
  ['one-character username', 'username', () => ({ username: 'a' })],
  ['username with a space', 'username', () => ({ username: 'new clerk' })],
  ['username with @', 'username', () => ({ username: 'clerk@hall' })],
  ['username over 32 characters', 'username', () => ({ username: 'a'.repeat(33) })],
  ['empty username', 'username', () => ({ username: '' })],
  ['username admin, which is taken', 'username', () => ({ username: 'admin' })],
  ['empty displayName', 'displayName', () => ({ displayName: '' })],
  ['whitespace-only displayName', 'displayName', () => ({ displayName: '  ' })],
  ['displayName over 100 characters', 'displayName', () => ({ displayName: tooLong(101) })],
  ['role KIOSK', 'role', () => ({ role: Role.KIOSK })],
  ['role DISPLAY', 'role', () => ({ role: Role.DISPLAY })],
  ['an unknown hall id', 'hallIds', () => ({ hallIds: [randomUUID()] })],
  ['a hall id that is no uuid', 'hallIds', () => ({ hallIds: ['not-a-uuid'] })],
  [
    'a known hall beside an unknown one',
    'hallIds',
    (current) => ({ hallIds: [current.hallId, randomUUID()] }),
  ],
  ['the same hall twice', 'hallIds', (current) => ({ hallIds: [current.hallId, current.hallId] })],
  ['a CLERK with no halls', 'hallIds', () => ({ role: Role.CLERK, hallIds: [] })],
  ['a MANAGER with no halls', 'hallIds', () => ({ role: Role.MANAGER, hallIds: [] })],
  ['a 7-character password', 'password', () => ({ password: 'short-7' })],
  ['an empty password', 'password', () => ({ password: '' })],
];

const createStaffCases: RefusalCase[] = [
  ...staffInputRows,
  ['username clerk.one, which is taken', 'username', () => ({ username: 'clerk.one' })] satisfies CaseRow<
    (fixture: Fixture) => Variables
  >,
].map(([label, field, override]) => ({
  label,
  field,
  query: createStaffMutation,
  variables: (current) => ({ input: newStaffInput(current.hallId, override(current)) }),
}));

const updateStaffCases: RefusalCase[] = staffInputRows.map(([label, field, override]) => ({
  label,
  field,
  query: updateStaffMutation,
  variables: (current) => ({
    staffId: current.clerkId,
    input: clerkInput(current.hallId, override(current)),
  }),
}));

const resetPasswordCases: RefusalCase[] = (
  [
    ['an empty password', 'password', ''],
    ['a 7-character password', 'password', 'short-7'],
    ['a password over 200 characters', 'password', tooLong(201)],
  ] satisfies CaseRow<string>[]
).map(([label, field, password]) => ({
  label,
  field,
  query: resetPasswordMutation,
  variables: (current) => ({ staffId: current.clerkId, password }),
}));

const createDeviceTokenCases: RefusalCase[] = (
  [
    ['role CLERK', 'role', { role: Role.CLERK, name: 'Kiosk 2' }],
    ['role ADMIN', 'role', { role: Role.ADMIN, name: 'Kiosk 2' }],
    ['empty name', 'name', { role: Role.KIOSK, name: '' }],
    ['whitespace-only name', 'name', { role: Role.DISPLAY, name: '  ' }],
    ['name over 100 characters', 'name', { role: Role.KIOSK, name: tooLong(101) }],
  ] satisfies CaseRow<Variables>[]
).map(([label, field, variables]) => ({
  label,
  field,
  query: createDeviceTokenMutation,
  variables: (current) => ({ hallId: current.hallId, ...variables }),
}));

const refusalsByMutation: [string, RefusalCase[]][] = [
  ['updateHall', updateHallCases],
  ['createService', createServiceCases],
  ['updateService', updateServiceCases],
  ['createCounter', createCounterCases],
  ['setCounterServices', setCounterServicesCases],
  ['createStaff', createStaffCases],
  ['updateStaff', updateStaffCases],
  ['resetPassword', resetPasswordCases],
  ['createDeviceToken', createDeviceTokenCases],
];

describe.each(refusalsByMutation)('%s refuses bad input', (_mutation, cases) => {
  it.each(cases)('$label → BAD_USER_INPUT on $field, nothing written', async (refusal) => {
    const before = await databaseSnapshot();
    const result = await testApp.graphql(refusal.query, refusal.variables(fixture), { token: adminToken });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: refusal.field });
    expect(result.errors?.[0]?.message).toContain(refusal.field);
    expect(result.data ?? null).toBeNull();
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe('refusal messages', () => {
  it.each([
    ['en', /^Field prefix must be 1–3 capital letters$/],
    ['zh-CN', /^字段 prefix 须为 1–3 个大写字母$/],
  ] as const)('are in %s and name the field', async (locale, message) => {
    const result = await testApp.graphql(
      createServiceMutation,
      { hallId: fixture.hallId, input: newServiceInput({ prefix: 'ab' }) },
      { token: adminToken, locale },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefix' });
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it.each([
    ['en', /^Field timezone is not a valid IANA time zone$/],
    ['zh-CN', /^字段 timezone 不是有效的 IANA 时区$/],
  ] as const)('for a time zone are in %s', async (locale, message) => {
    const result = await testApp.graphql(
      updateHallMutation,
      { hallId: fixture.hallId, input: { timezone: 'Mars/Olympus' } },
      { token: adminToken, locale },
    );
    expect(result.errors?.[0]?.message).toMatch(message);
  });
});

const unknownIds = [
  ['a random uuid', randomUUID()],
  ['a string that is no uuid', 'not-a-uuid'],
] as const;

const notFoundCases: [mutation: string, query: string, variables: (id: string) => Variables][] = [
  ['updateHall', updateHallMutation, (id) => ({ hallId: id, input: { name: 'Renamed' } })],
  ['createService', createServiceMutation, (id) => ({ hallId: id, input: newServiceInput() })],
  ['updateService', updateServiceMutation, (id) => ({ serviceId: id, input: passportInput() })],
  ['createCounter', createCounterMutation, (id) => ({ hallId: id, label: '99' })],
  ['setCounterServices', setCounterServicesMutation, (id) => ({ counterId: id, services: [] })],
  [
    'updateStaff',
    updateStaffMutation,
    (id) => ({ staffId: id, input: clerkInput(fixture.hallId, { displayName: 'Renamed' }) }),
  ],
  ['resetPassword', resetPasswordMutation, (id) => ({ staffId: id, password: 'long-enough-password' })],
  [
    'createDeviceToken',
    createDeviceTokenMutation,
    (id) => ({ hallId: id, role: Role.KIOSK, name: 'Kiosk 9' }),
  ],
  ['revokeDevice', revokeDeviceMutation, (id) => ({ deviceId: id })],
];

describe.each(notFoundCases)('%s with an unknown id', (_mutation, query, variables) => {
  it.each(unknownIds)('%s → NOT_FOUND, nothing written', async (_label, id) => {
    const before = await databaseSnapshot();
    const result = await testApp.graphql(query, variables(id), { token: adminToken });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await databaseSnapshot()).toEqual(before);
  });
});

interface HallData {
  id: string;
  name: string;
  nameEn: string | null;
  timezone: string;
  targetWaitMinutes: number;
  maxRecalls: number;
}
interface ServiceData {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  prefix: string;
  targetWaitMinutes: number;
  dailyQuota: number | null;
  active: boolean;
  hall: { id: string };
}
interface CounterData {
  id: string;
  label: string;
  status: string;
  hall: { id: string };
  services: { rank: number; service: { id: string } }[];
}
interface StaffData {
  id: string;
  username: string;
  displayName: string;
  role: string;
  active: boolean;
  halls: { id: string }[];
}
interface DeviceTokenData {
  id: string;
  hallId: string;
  role: string;
  name: string;
  token: string;
}

async function storedCounterServices(counterId: string): Promise<{ serviceId: string; rank: number }[]> {
  const links = await testApp.app.orm.em
    .fork()
    .find(CounterService, { counter: counterId }, { orderBy: { rank: 'asc' } });
  return links.map((link) => ({ serviceId: link.service.id, rank: link.rank }));
}

describe('updateHall succeeds', () => {
  it('stores every given setting, trimmed, and returns it', async () => {
    const hallId = await insertHall('UPD1');
    const result = await testApp.graphql<{ updateHall: HallData }>(
      updateHallMutation,
      {
        hallId,
        input: {
          name: '  Renamed hall  ',
          nameEn: 'Renamed',
          timezone: 'Europe/Berlin',
          targetWaitMinutes: 1440,
          maxRecalls: 0,
        },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const expected = {
      id: hallId,
      name: 'Renamed hall',
      nameEn: 'Renamed',
      timezone: 'Europe/Berlin',
      targetWaitMinutes: 1440,
      maxRecalls: 0,
    };
    expect(result.data?.updateHall).toEqual(expected);
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Hall, hallId);
    expect(stored).toMatchObject({ ...expected });
  });

  it('changes only the fields given; nameEn null clears it; 100 characters are accepted', async () => {
    const hallId = await insertHall('UPD2', 25);
    const before = await testApp.app.orm.em.fork().findOneOrFail(Hall, hallId);
    const first = await testApp.graphql<{ updateHall: HallData }>(
      updateHallMutation,
      { hallId, input: { maxRecalls: 20, nameEn: 'English name', name: '大'.repeat(100) } },
      { token: adminToken },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateHall).toEqual({
      id: hallId,
      name: '大'.repeat(100),
      nameEn: 'English name',
      timezone: before.timezone,
      targetWaitMinutes: 25,
      maxRecalls: 20,
    });
    const second = await testApp.graphql<{ updateHall: HallData }>(
      updateHallMutation,
      { hallId, input: { nameEn: null } },
      { token: adminToken },
    );
    expect(second.errors).toBeUndefined();
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Hall, hallId);
    expect(stored).toMatchObject({
      name: '大'.repeat(100),
      nameEn: null,
      timezone: 'Asia/Shanghai',
      targetWaitMinutes: 25,
      maxRecalls: 20,
    });
  });
});

describe('createService succeeds', () => {
  it("takes the hall's targetWaitMinutes when none is given, and stores what it returns", async () => {
    const result = await testApp.graphql<{ createService: ServiceData }>(
      createServiceMutation,
      {
        hallId: fixture.hallId,
        input: { code: ' residence ', name: '  Residence permit ', nameEn: '  ', prefix: 'R' },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createService;
    expect(created).toEqual({
      id: expect.any(String),
      code: 'residence',
      name: 'Residence permit',
      nameEn: null,
      prefix: 'R',
      targetWaitMinutes: 35,
      dailyQuota: null,
      active: true,
      hall: { id: fixture.hallId },
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Service, created.id);
    expect(stored).toMatchObject({
      code: 'residence',
      name: 'Residence permit',
      nameEn: null,
      prefix: 'R',
      targetWaitMinutes: 35,
      dailyQuota: null,
      active: true,
    });
    expect(stored.hall.id).toBe(fixture.hallId);
  });

  it("allows another hall's prefix and code, and stores given limits", async () => {
    const hallId = await insertHall('SVC1');
    const result = await testApp.graphql<{ createService: ServiceData }>(
      createServiceMutation,
      {
        hallId,
        input: {
          code: 'tax',
          name: 'Tax',
          prefix: 'T',
          targetWaitMinutes: 1,
          dailyQuota: 1,
          active: false,
        },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createService;
    expect(created).toMatchObject({
      prefix: 'T',
      code: 'tax',
      targetWaitMinutes: 1,
      dailyQuota: 1,
      active: false,
    });
    expect(await testApp.app.orm.em.fork().count(Service, { prefix: 'T', code: 'tax' })).toBe(2);
  });
});

describe('updateService succeeds', () => {
  it('keeps its own prefix and code, keeps targetWaitMinutes when none is given, and stores the rest', async () => {
    const hallId = await insertHall('SVC2', 40);
    const em = testApp.app.orm.em.fork();
    const service = em.create(Service, {
      hall: hallId,
      code: 'birth',
      name: 'Birth',
      prefix: 'B',
      targetWaitMinutes: 12,
    });
    await em.flush();
    const result = await testApp.graphql<{ updateService: ServiceData }>(
      updateServiceMutation,
      {
        serviceId: service.id,
        input: { code: 'birth', name: 'Birth registration', nameEn: 'Birth', prefix: 'B', dailyQuota: 300 },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const expected = {
      id: service.id,
      code: 'birth',
      name: 'Birth registration',
      nameEn: 'Birth',
      prefix: 'B',
      targetWaitMinutes: 12,
      dailyQuota: 300,
      active: true,
    };
    expect(result.data?.updateService).toEqual({ ...expected, hall: { id: hallId } });
    expect(await testApp.app.orm.em.fork().findOneOrFail(Service, service.id)).toMatchObject(expected);
  });

  it("moves to a prefix another hall uses (here the other hall's T)", async () => {
    const hallId = await insertHall('SVC3');
    const em = testApp.app.orm.em.fork();
    const service = em.create(Service, { hall: hallId, code: 'land', name: 'Land', prefix: 'L' });
    await em.flush();
    const result = await testApp.graphql<{ updateService: ServiceData }>(
      updateServiceMutation,
      { serviceId: service.id, input: { code: 'land', name: 'Land', prefix: 'T', targetWaitMinutes: 30 } },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateService).toMatchObject({ prefix: 'T', targetWaitMinutes: 30 });
    expect(await testApp.app.orm.em.fork().findOneOrFail(Service, service.id)).toMatchObject({
      prefix: 'T',
      targetWaitMinutes: 30,
    });
  });
});

describe('createCounter succeeds', () => {
  it('stores a CLOSED counter with the trimmed label and no services', async () => {
    const result = await testApp.graphql<{ createCounter: CounterData }>(
      createCounterMutation,
      { hallId: fixture.hallId, label: ' 02 ' },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createCounter;
    expect(created).toEqual({
      id: expect.any(String),
      label: '02',
      status: 'CLOSED',
      hall: { id: fixture.hallId },
      services: [],
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Counter, created.id);
    expect(stored).toMatchObject({ label: '02', status: 'CLOSED', staff: null });
    expect(stored.hall.id).toBe(fixture.hallId);
  });

  it("allows a label another hall's counter has", async () => {
    const result = await testApp.graphql<{ createCounter: CounterData }>(
      createCounterMutation,
      { hallId: fixture.otherHallId, label: '01' },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createCounter).toMatchObject({ label: '01', hall: { id: fixture.otherHallId } });
  });
});

describe('setCounterServices succeeds', () => {
  it('replaces the services and ranks, returned in rank order; an empty list clears them', async () => {
    const em = testApp.app.orm.em.fork();
    const counter = em.create(Counter, { hall: fixture.hallId, label: '03' });
    em.create(CounterService, { counter, service: fixture.passportServiceId, rank: 1 });
    await em.flush();

    const result = await testApp.graphql<{ setCounterServices: CounterData }>(
      setCounterServicesMutation,
      {
        counterId: counter.id,
        services: [
          { serviceId: fixture.passportServiceId, rank: 2 },
          { serviceId: fixture.visaServiceId, rank: 1 },
        ],
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setCounterServices.services).toEqual([
      { rank: 1, service: { id: fixture.visaServiceId } },
      { rank: 2, service: { id: fixture.passportServiceId } },
    ]);
    expect(await storedCounterServices(counter.id)).toEqual([
      { serviceId: fixture.visaServiceId, rank: 1 },
      { serviceId: fixture.passportServiceId, rank: 2 },
    ]);

    const cleared = await testApp.graphql<{ setCounterServices: CounterData }>(
      setCounterServicesMutation,
      { counterId: counter.id, services: [] },
      { token: adminToken },
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.setCounterServices.services).toEqual([]);
    expect(await storedCounterServices(counter.id)).toEqual([]);
  });
});

describe('createStaff succeeds', () => {
  it('stores the account with its halls and a password that logs in', async () => {
    const result = await testApp.graphql<{ createStaff: StaffData }>(
      createStaffMutation,
      {
        input: newStaffInput(fixture.hallId, {
          username: ' new.manager ',
          displayName: ' New Manager ',
          role: Role.MANAGER,
          hallIds: [fixture.hallId, fixture.otherHallId],
          password: 'manager-password',
        }),
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createStaff;
    expect({ ...created, halls: created.halls.map((hall) => hall.id).sort() }).toEqual({
      id: expect.any(String),
      username: 'new.manager',
      displayName: 'New Manager',
      role: 'MANAGER',
      active: true,
      halls: [fixture.hallId, fixture.otherHallId].sort(),
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Staff, created.id, { populate: ['halls'] });
    expect(stored).toMatchObject({ username: 'new.manager', displayName: 'New Manager', role: 'MANAGER' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      stored.halls
        .getItems()
        .map((hall) => hall.id)
        .sort(),
    ).toEqual([fixture.hallId, fixture.otherHallId].sort());
    const token = await testApp.login('new.manager', 'manager-password');
    const me = await testApp.graphql('{ me { username } }', {}, { token });
    expect(me.data).toEqual({ me: { username: 'new.manager' } });
  });

  it('creates an ADMIN with no halls', async () => {
    const result = await testApp.graphql<{ createStaff: StaffData }>(
      createStaffMutation,
      { input: newStaffInput(fixture.hallId, { username: 'second.admin', role: Role.ADMIN, hallIds: [] }) },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createStaff).toMatchObject({ username: 'second.admin', role: 'ADMIN', halls: [] });
    expect(await testApp.app.orm.em.fork().count(Staff, { username: 'second.admin', role: Role.ADMIN })).toBe(
      1,
    );
  });
});

async function insertStaff(username: string, password: string, hallIds: string[]): Promise<string> {
  const em = testApp.app.orm.em.fork();
  const staff = em.create(Staff, {
    username,
    displayName: username,
    role: Role.CLERK,
    passwordHash: await hashPassword(password),
  });
  for (const hallId of hallIds) staff.halls.add(em.getReference(Hall, hallId));
  await em.flush();
  return staff.id;
}

describe('updateStaff succeeds', () => {
  it('stores the new name, role and halls, and keeps sessions when no password is given', async () => {
    const staffId = await insertStaff('clerk.two', clerkPassword, [fixture.hallId]);
    const token = await testApp.login('clerk.two', clerkPassword);
    const result = await testApp.graphql<{ updateStaff: StaffData }>(
      updateStaffMutation,
      {
        staffId,
        input: {
          username: 'clerk.two',
          displayName: 'Clerk Two',
          role: Role.MANAGER,
          hallIds: [fixture.otherHallId],
        },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateStaff).toEqual({
      id: staffId,
      username: 'clerk.two',
      displayName: 'Clerk Two',
      role: 'MANAGER',
      active: true,
      halls: [{ id: fixture.otherHallId }],
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId, { populate: ['halls'] });
    expect(stored).toMatchObject({ displayName: 'Clerk Two', role: 'MANAGER', active: true });
    expect(stored.halls.getItems().map((hall) => hall.id)).toEqual([fixture.otherHallId]);
    expect((await testApp.graphql('{ me { role } }', {}, { token })).data).toEqual({
      me: { role: 'MANAGER' },
    });
  });

  it('with a new password ends the open sessions; deactivating refuses further logins', async () => {
    const staffId = await insertStaff('clerk.three', clerkPassword, [fixture.hallId]);
    const token = await testApp.login('clerk.three', clerkPassword);
    const input = clerkInput(fixture.hallId, { username: 'clerk.three', displayName: 'Clerk Three' });
    const result = await testApp.graphql<{ updateStaff: StaffData }>(
      updateStaffMutation,
      { staffId, input: { ...input, password: 'a-new-password' } },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect((await testApp.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const newToken = await testApp.login('clerk.three', 'a-new-password');

    const deactivated = await testApp.graphql<{ updateStaff: StaffData }>(
      updateStaffMutation,
      { staffId, input: { ...input, active: false } },
      { token: adminToken },
    );
    expect(deactivated.data?.updateStaff.active).toBe(false);
    expect((await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId)).active).toBe(false);
    expect(
      (await testApp.graphql('{ me { id } }', {}, { token: newToken })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('resetPassword succeeds', () => {
  it('sets a password that logs in, refuses the old one and ends open sessions', async () => {
    const staffId = await insertStaff('clerk.four', clerkPassword, [fixture.hallId]);
    const token = await testApp.login('clerk.four', clerkPassword);
    const hashBefore = (await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId)).passwordHash;
    const result = await testApp.graphql<{ resetPassword: { id: string; username: string } }>(
      resetPasswordMutation,
      { staffId, password: 'reset-password' },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.resetPassword).toEqual({ id: staffId, username: 'clerk.four' });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId);
    expect(stored.passwordHash).not.toBe(hashBefore);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const openSessions = await testApp.app.orm.em
      .fork()
      .count(StaffSession, { staff: staffId, revokedAt: null });
    expect(openSessions).toBe(0);
    expect((await testApp.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await expect(testApp.login('clerk.four', clerkPassword)).rejects.toThrow(/UNAUTHENTICATED/);
    expect(await testApp.login('clerk.four', 'reset-password')).toMatch(/^oss_/);
  });
});

describe('createDeviceToken succeeds', () => {
  it('returns the token once and stores only its hash', async () => {
    const result = await testApp.graphql<{ createDeviceToken: DeviceTokenData }>(
      createDeviceTokenMutation,
      { hallId: fixture.hallId, role: Role.DISPLAY, name: '  Wall display  ' },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createDeviceToken;
    expect(created).toEqual({
      id: expect.any(String),
      hallId: fixture.hallId,
      role: 'DISPLAY',
      name: 'Wall display',
      token: expect.stringMatching(/^osd_/),
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Device, created.id);
    expect(stored).toMatchObject({
      role: 'DISPLAY',
      name: 'Wall display',
      tokenHash: sha256(created.token),
      revokedAt: null,
      createdAt: testApp.clock.now(),
    });
    const myDevice = await testApp.graphql('{ myDevice { id hallId role } }', {}, { token: created.token });
    expect(myDevice.data).toEqual({ myDevice: { id: created.id, hallId: fixture.hallId, role: 'DISPLAY' } });
  });
});

describe('revokeDevice succeeds', () => {
  it('marks the device revoked at the current time and refuses its token from then on', async () => {
    const created = await testApp.graphql<{ createDeviceToken: DeviceTokenData }>(
      createDeviceTokenMutation,
      { hallId: fixture.hallId, role: Role.KIOSK, name: 'Kiosk to revoke' },
      { token: adminToken },
    );
    const device = created.data!.createDeviceToken;
    const result = await testApp.graphql<{ revokeDevice: { id: string; revoked: boolean } }>(
      revokeDeviceMutation,
      { deviceId: device.id },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.revokeDevice).toEqual({ id: device.id, revoked: true });
    const revokedAt = testApp.clock.now();
    expect((await testApp.app.orm.em.fork().findOneOrFail(Device, device.id)).revokedAt).toEqual(revokedAt);
    const refused = await testApp.graphql('{ myDevice { id } }', {}, { token: device.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    testApp.clock.advance(60_000);
    const again = await testApp.graphql<{ revokeDevice: { id: string; revoked: boolean } }>(
      revokeDeviceMutation,
      { deviceId: device.id },
      { token: adminToken },
    );
    expect(again.data?.revokeDevice.revoked).toBe(true);
    expect((await testApp.app.orm.em.fork().findOneOrFail(Device, device.id)).revokedAt).toEqual(revokedAt);
  });
});

describe('concurrent writers', () => {
  it('of one prefix: exactly one service is created, the others get BAD_USER_INPUT on prefix', async () => {
    const hallId = await insertHall('RACE1');
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((index) =>
        testApp.graphql(
          createServiceMutation,
          { hallId, input: { code: `race-${index}`, name: `Race ${index}`, prefix: 'Q' } },
          { token: adminToken },
        ),
      ),
    );
    const created = results.filter((result) => !result.errors);
    const refused = results.flatMap((result) => result.errors ?? []);
    expect(created).toHaveLength(1);
    expect(refused.map((error) => error.extensions)).toEqual(
      Array(4).fill({ code: 'BAD_USER_INPUT', field: 'prefix', problem: { kind: 'taken' } }),
    );
    expect(await testApp.app.orm.em.fork().count(Service, { hall: hallId })).toBe(1);
  });

  it('of one counter label: exactly one counter is created, the others get BAD_USER_INPUT on label', async () => {
    const hallId = await insertHall('RACE2');
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        testApp.graphql(createCounterMutation, { hallId, label: '07' }, { token: adminToken }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions)).toEqual(
      Array(4).fill({ code: 'BAD_USER_INPUT', field: 'label', problem: { kind: 'taken' } }),
    );
    expect(await testApp.app.orm.em.fork().count(Counter, { hall: hallId })).toBe(1);
  });

  it('of one username: exactly one account is created, the others get BAD_USER_INPUT on username', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        testApp.graphql(
          createStaffMutation,
          { input: newStaffInput(fixture.hallId, { username: 'race.clerk' }) },
          { token: adminToken },
        ),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions)).toEqual(
      Array(2).fill({ code: 'BAD_USER_INPUT', field: 'username', problem: { kind: 'taken' } }),
    );
    expect(await testApp.app.orm.em.fork().count(Staff, { username: 'race.clerk' })).toBe(1);
  });

  it("of one counter's services: each replacement succeeds and the stored set is one of them", async () => {
    const em = testApp.app.orm.em.fork();
    const counter = em.create(Counter, { hall: fixture.hallId, label: '08' });
    await em.flush();
    const requests = [1, 2, 3, 4, 5].map((rank) => [
      { serviceId: fixture.passportServiceId, rank },
      { serviceId: fixture.visaServiceId, rank: rank + 1 },
    ]);
    const results = await Promise.all(
      requests.map((services) =>
        testApp.graphql(
          setCounterServicesMutation,
          { counterId: counter.id, services },
          { token: adminToken },
        ),
      ),
    );
    expect(results.map((result) => result.errors)).toEqual(Array(5).fill(undefined));
    const stored = await storedCounterServices(counter.id);
    expect(
      requests.map((services) => services.map(({ serviceId, rank }) => ({ serviceId, rank }))),
    ).toContainEqual(stored);
  });
});
