import { randomUUID } from 'node:crypto';
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
import { Counter, CounterService } from './counter.entity.js';

/**
 * createCounter and setCounterServices refuse bad input with BAD_USER_INPUT naming the field and
 * write nothing; unknown ids give NOT_FOUND; each success path stores what it returns; and
 * concurrent writers of one label or one counter's services leave one consistent result.
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

const counterFields = 'id label status hall { id } services { rank service { id } }';
const createCounterMutation = `mutation CreateCounter($hallId: ID!, $label: String!) {
  createCounter(hallId: $hallId, label: $label) { ${counterFields} } }`;
const setCounterServicesMutation = `mutation SetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {
  setCounterServices(counterId: $counterId, services: $services) { ${counterFields} } }`;

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
  ] satisfies CaseRow<(fixture: AdministrationFixture) => Variables[]>[]
).map(([label, field, services]) => ({
  label,
  field,
  query: setCounterServicesMutation,
  variables: (current) => ({ counterId: current.counterId, services: services(current) }),
}));

describe.each([
  ['createCounter', createCounterCases],
  ['setCounterServices', setCounterServicesCases],
] as const)('%s refuses bad input', (_mutation, cases) => {
  it.each(cases)('$label → BAD_USER_INPUT on $field, nothing written', async (refusal) => {
    await expectBadUserInput(testApp, adminToken, refusal.query, refusal.variables(fixture), refusal.field);
  });
});

const notFoundCases: [mutation: string, query: string, variables: (id: string) => Variables][] = [
  ['createCounter', createCounterMutation, (id) => ({ hallId: id, label: '99' })],
  ['setCounterServices', setCounterServicesMutation, (id) => ({ counterId: id, services: [] })],
];

describe.each(notFoundCases)('%s with an unknown id', (_mutation, query, variables) => {
  it.each(unknownIds)('%s → NOT_FOUND, nothing written', async (_label, id) => {
    await expectNotFound(testApp, adminToken, query, variables(id));
  });
});

interface CounterData {
  id: string;
  label: string;
  status: string;
  hall: { id: string };
  services: { rank: number; service: { id: string } }[];
}

async function storedCounterServices(counterId: string): Promise<{ serviceId: string; rank: number }[]> {
  const links = await testApp.app.orm.em
    .fork()
    .find(CounterService, { counter: counterId }, { orderBy: { rank: 'asc' } });
  return links.map((link) => ({ serviceId: link.service.id, rank: link.rank }));
}

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

describe('concurrent writers', () => {
  it('of one counter label: exactly one counter is created, the others get BAD_USER_INPUT on label', async () => {
    const hallId = await insertHall(testApp, 'RACE2');
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
