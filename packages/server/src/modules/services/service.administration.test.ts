import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectBadUserInput,
  expectNotFound,
  insertHall,
  startAdministrationApp,
  tooLong,
  unknownIds,
  type AdministrationFixture,
  type CaseRow,
  type RefusalCase,
  type Variables,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { Service } from './service.entity.js';

/**
 * createService and updateService refuse bad input with BAD_USER_INPUT naming the field and write
 * nothing; unknown ids give NOT_FOUND; each success path stores what it returns; and concurrent
 * writers of one prefix get exactly one service.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;
beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
});
afterAll(async () => {
  await testApp?.close();
});

const serviceFields = 'id code name nameEn prefix targetWaitMinutes dailyQuota active hall { id }';
const createServiceMutation = `mutation CreateService($hallId: ID!, $input: ServiceInput!) {
  createService(hallId: $hallId, input: $input) { ${serviceFields} } }`;
const updateServiceMutation = `mutation UpdateService($serviceId: ID!, $input: ServiceInput!) {
  updateService(serviceId: $serviceId, input: $input) { ${serviceFields} } }`;

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

describe.each([
  ['createService', createServiceCases],
  ['updateService', updateServiceCases],
] as const)('%s refuses bad input', (_mutation, cases) => {
  it.each(cases)('$label → BAD_USER_INPUT on $field, nothing written', async (refusal) => {
    await expectBadUserInput(testApp, adminToken, refusal.query, refusal.variables(fixture), refusal.field);
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
});

const notFoundCases: [mutation: string, query: string, variables: (id: string) => Variables][] = [
  ['createService', createServiceMutation, (id) => ({ hallId: id, input: newServiceInput() })],
  ['updateService', updateServiceMutation, (id) => ({ serviceId: id, input: passportInput() })],
];

describe.each(notFoundCases)('%s with an unknown id', (_mutation, query, variables) => {
  it.each(unknownIds)('%s → NOT_FOUND, nothing written', async (_label, id) => {
    await expectNotFound(testApp, adminToken, query, variables(id));
  });
});

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
    const hallId = await insertHall(testApp, 'SVC1');
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
    const hallId = await insertHall(testApp, 'SVC2', 40);
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
    const hallId = await insertHall(testApp, 'SVC3');
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

describe('concurrent writers', () => {
  it('of one prefix: exactly one service is created, the others get BAD_USER_INPUT on prefix', async () => {
    const hallId = await insertHall(testApp, 'RACE1');
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
});
