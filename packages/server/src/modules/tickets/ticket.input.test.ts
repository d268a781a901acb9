import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/support/test-app.js';

/*
 * Bad input and authorization at the queue engine's API. Every refusal is checked to have written
 * nothing: row counts of the queue tables and a digest of every segment and counter row.
 */

let testApp: TestApp;
/** Hall 1: services A (queue), B (transfer target), C (deactivated), D (daily quota 2). */
let hall1: HallFixture;
let hall2: HallFixture;

interface Issued {
  id: string;
  accessCode: string;
}

/** Tickets and counters the refusals aim at, built through the API in beforeAll. */
const ready = {} as {
  waiting1: Issued;
  called1: Issued;
  done1: Issued;
  waiting2: Issued;
  called2: Issued;
  /** An OPEN hall-1 counter holding nothing: callTicket there would succeed but for the input. */
  freeCounter1: string;
  /** An OPEN hall-1 counter that pauseCounter would pause but for the reason. */
  pauseCounter1: string;
};

const issueMutation = `mutation($input: IssueTicketInput!) {
  issueTicket(input: $input) { accessCode ticket { id number status channel } } }`;

async function issue(hall: HallFixture, serviceIndex = 0): Promise<Issued> {
  const result = await testApp.graphql<{ issueTicket: { accessCode: string; ticket: { id: string } } }>(
    issueMutation,
    { input: { hallId: hall.hall.id, serviceId: hall.services[serviceIndex]!.id } },
    { token: hall.tokens.kiosk },
  );
  expect(result.errors).toBeUndefined();
  return { id: result.data!.issueTicket.ticket.id, accessCode: result.data!.issueTicket.accessCode };
}

async function asClerk(hall: HallFixture, query: string, variables: Record<string, unknown>): Promise<void> {
  const result = await testApp.graphql(query, variables, { token: hall.tokens.clerk });
  expect(result.errors).toBeUndefined();
}

async function calledAt(hall: HallFixture, counterId: string): Promise<Issued> {
  const ticket = await issue(hall);
  await asClerk(
    hall,
    'mutation($c: ID!, $t: ID!) { callTicket(counterId: $c, ticketId: $t, reason: "test") { id } }',
    {
      c: counterId,
      t: ticket.id,
    },
  );
  return ticket;
}

async function completed(hall: HallFixture, counterId: string): Promise<Issued> {
  const ticket = await calledAt(hall, counterId);
  await asClerk(hall, 'mutation($t: ID!) { completeTicket(ticketId: $t) { id } }', { t: ticket.id });
  return ticket;
}

/** Sets a service's fields as an admin, through updateService (the code, name and prefix kept). */
async function updateService(
  hall: HallFixture,
  serviceIndex: number,
  fields: { active?: boolean; dailyQuota?: number },
): Promise<void> {
  const service = hall.services[serviceIndex]!;
  const result = await testApp.graphql(
    `mutation($serviceId: ID!, $input: ServiceInput!) { updateService(serviceId: $serviceId, input: $input) { id } }`,
    {
      serviceId: service.id,
      input: { code: service.code, name: service.name, prefix: service.prefix, ...fields },
    },
    { token: hall.tokens.admin },
  );
  expect(result.errors).toBeUndefined();
}

beforeAll(async () => {
  testApp = await startTestApp();
  hall1 = await createHallFixture(testApp, { serviceCount: 4, counterCount: 5, openCounters: true });
  hall2 = await createHallFixture(testApp, { serviceCount: 2, counterCount: 2, openCounters: true });
  const [c0, c1, c2, c3] = hall1.counters.map((counter) => counter.id);
  ready.waiting1 = await issue(hall1);
  ready.called1 = await calledAt(hall1, c0!);
  ready.done1 = await completed(hall1, c1!);
  ready.freeCounter1 = c2!;
  ready.pauseCounter1 = c3!;
  ready.waiting2 = await issue(hall2);
  ready.called2 = await calledAt(hall2, hall2.counters[0]!.id);
  await updateService(hall1, 2, { active: false });
});
afterAll(async () => {
  await testApp?.close();
});

/** What a refused operation must leave as it was. */
async function storedState(): Promise<Record<string, unknown>> {
  const [row] = await testApp.app.orm.em.fork().execute<Record<string, unknown>[]>(
    `SELECT (SELECT count(*)::int FROM ticket) AS ticket,
            (SELECT count(*)::int FROM segment) AS segment,
            (SELECT count(*)::int FROM hall_event) AS hall_event,
            (SELECT count(*)::int FROM rating) AS rating,
            (SELECT count(*)::int FROM ticket_number_sequence) AS ticket_number_sequence,
            (SELECT coalesce(sum(last_number), 0)::int FROM ticket_number_sequence) AS numbers_taken,
            (SELECT md5(coalesce(string_agg(s::text, '|' ORDER BY s.id), '')) FROM segment s) AS segments,
            (SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY c.id), '')) FROM counter c) AS counters,
            (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM ticket t) AS tickets`,
  );
  return row!;
}

interface Refusal {
  code: string;
  field?: string;
}

/** Runs `operation`, expects exactly the refusal, no data, and nothing written. */
async function expectRefused(operation: () => Promise<GraphQLResponse>, refusal: Refusal): Promise<void> {
  const before = await storedState();
  const result = await operation();
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  const extensions = result.errors![0]!.extensions ?? {};
  expect(extensions.code).toBe(refusal.code);
  if (refusal.field !== undefined) expect(extensions.field).toBe(refusal.field);
  const value = result.data ? Object.values(result.data)[0] : null;
  expect(value ?? null).toBeNull();
  expect(await storedState()).toEqual(before);
}

function call(query: string, variables: Record<string, unknown>, token: string | null = hall1.tokens.clerk) {
  return () => testApp.graphql(query, variables, { token });
}

const q = {
  openCounter: 'mutation($counterId: ID!) { openCounter(counterId: $counterId) { id } }',
  pauseCounter:
    'mutation($counterId: ID!, $reason: String!) { pauseCounter(counterId: $counterId, reason: $reason) { id } }',
  resumeCounter: 'mutation($counterId: ID!) { resumeCounter(counterId: $counterId) { id } }',
  closeCounter: 'mutation($counterId: ID!) { closeCounter(counterId: $counterId) { id } }',
  callNext: 'mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }',
  callTicket: `mutation($counterId: ID!, $ticketId: ID!, $reason: String!) {
    callTicket(counterId: $counterId, ticketId: $ticketId, reason: $reason) { id } }`,
  recallTicket: 'mutation($ticketId: ID!) { recallTicket(ticketId: $ticketId) { id } }',
  startServing: 'mutation($ticketId: ID!) { startServing(ticketId: $ticketId) { id } }',
  completeTicket:
    'mutation($ticketId: ID!, $outcome: String) { completeTicket(ticketId: $ticketId, outcome: $outcome) { id } }',
  markNoShow: 'mutation($ticketId: ID!) { markNoShow(ticketId: $ticketId) { id } }',
  requeueTicket: 'mutation($ticketId: ID!) { requeueTicket(ticketId: $ticketId) { id } }',
  transferTicket: `mutation($ticketId: ID!, $serviceId: ID!) {
    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: FRONT) { id } }`,
  parkTicket: 'mutation($ticketId: ID!) { parkTicket(ticketId: $ticketId) { id } }',
  resumeTicket: 'mutation($ticketId: ID!) { resumeTicket(ticketId: $ticketId) { id } }',
  issueTicket: issueMutation,
  cancelTicket: 'mutation($code: String!) { cancelTicket(accessCode: $code) { id status } }',
  rateTicket: `mutation($code: String!, $score: Int!, $comment: String) {
    rateTicket(accessCode: $code, score: $score, comment: $comment) { id rating } }`,
  myTicket: 'query($code: String!) { myTicket(accessCode: $code) { id number status } }',
  ticket: 'query($id: ID!) { ticket(id: $id) { id } }',
  queue: 'query($hallId: ID!) { queue(hallId: $hallId) { id } }',
  counterQueue: 'query($counterId: ID!) { counterQueue(counterId: $counterId) { id } }',
};

type Variables = Record<string, unknown>;
interface Target {
  counterId: string;
  ticketId: string;
}

/**
 * Every staff operation on one counter or one ticket, with variables that are otherwise valid.
 * `target` names the counter and ticket the operation aims at.
 */
function staffOperations(target: () => Target, serviceId: () => string): [string, string, () => Variables][] {
  return [
    ['openCounter', q.openCounter, () => ({ counterId: target().counterId })],
    ['pauseCounter', q.pauseCounter, () => ({ counterId: target().counterId, reason: 'lunch' })],
    ['resumeCounter', q.resumeCounter, () => ({ counterId: target().counterId })],
    ['closeCounter', q.closeCounter, () => ({ counterId: target().counterId })],
    ['callNext', q.callNext, () => ({ counterId: target().counterId })],
    ['recallTicket', q.recallTicket, () => ({ ticketId: target().ticketId })],
    ['startServing', q.startServing, () => ({ ticketId: target().ticketId })],
    ['completeTicket', q.completeTicket, () => ({ ticketId: target().ticketId, outcome: 'ok' })],
    ['markNoShow', q.markNoShow, () => ({ ticketId: target().ticketId })],
    ['requeueTicket', q.requeueTicket, () => ({ ticketId: target().ticketId })],
    ['transferTicket', q.transferTicket, () => ({ ticketId: target().ticketId, serviceId: serviceId() })],
    ['parkTicket', q.parkTicket, () => ({ ticketId: target().ticketId })],
    ['resumeTicket', q.resumeTicket, () => ({ ticketId: target().ticketId })],
  ];
}

const unknownIds: [string, string][] = [
  ['a random uuid', randomUUID()],
  ['a non-uuid string', 'not-a-uuid'],
];
/** Stands for a service of hall 2, known only once the fixture exists. */
const otherHallService = 'hall-2-service';

describe('unknown ids', () => {
  const cases = unknownIds.flatMap(([kind, id]) =>
    staffOperations(
      () => ({ counterId: id, ticketId: id }),
      () => hall1.services[1]!.id,
    ).map(([name, query, variables]) => ({ name, kind, query, variables })),
  );
  it.each(cases)('$name with $kind → NOT_FOUND', async ({ query, variables }) => {
    await expectRefused(call(query, variables()), { code: 'NOT_FOUND' });
  });

  it.each(unknownIds)('callTicket at %s counter → NOT_FOUND', async (_kind, id) => {
    await expectRefused(call(q.callTicket, { counterId: id, ticketId: ready.waiting1.id, reason: 'vip' }), {
      code: 'NOT_FOUND',
    });
  });

  it.each(unknownIds)('callTicket of %s ticket, at a free open counter → NOT_FOUND', async (_kind, id) => {
    await expectRefused(call(q.callTicket, { counterId: ready.freeCounter1, ticketId: id, reason: 'vip' }), {
      code: 'NOT_FOUND',
    });
  });

  it.each(unknownIds)('issueTicket in %s hall → NOT_FOUND', async (_kind, id) => {
    await expectRefused(call(q.issueTicket, { input: { hallId: id, serviceId: hall1.services[0]!.id } }), {
      code: 'NOT_FOUND',
    });
  });

  it.each([...unknownIds, ['a service of another hall', otherHallService]])(
    'issueTicket for %s service → BAD_USER_INPUT serviceId',
    async (_kind, id) => {
      const serviceId = id === otherHallService ? hall2.services[0]!.id : id;
      await expectRefused(
        call(q.issueTicket, { input: { hallId: hall1.hall.id, serviceId } }, hall1.tokens.kiosk),
        { code: 'BAD_USER_INPUT', field: 'serviceId' },
      );
    },
  );

  it.each([...unknownIds, ['a service of another hall', otherHallService]])(
    'transferTicket to %s service → BAD_USER_INPUT serviceId',
    async (_kind, id) => {
      const serviceId = id === otherHallService ? hall2.services[1]!.id : id;
      await expectRefused(call(q.transferTicket, { ticketId: ready.called1.id, serviceId }), {
        code: 'BAD_USER_INPUT',
        field: 'serviceId',
      });
    },
  );

  it('the ticket query answers null for an unknown id', async () => {
    for (const [, id] of unknownIds) {
      const result = await testApp.graphql(q.ticket, { id }, { token: hall1.tokens.clerk });
      expect(result).toEqual({ data: { ticket: null } });
    }
  });
});

describe("another hall's ids", () => {
  const cases = staffOperations(
    () => ({ counterId: hall2.counters[1]!.id, ticketId: ready.called2.id }),
    () => hall2.services[1]!.id,
  );
  it.each(cases)(
    "a clerk of hall 1: %s on hall 2's counter or ticket → FORBIDDEN",
    async (_name, query, variables) => {
      await expectRefused(call(query, variables()), { code: 'FORBIDDEN' });
    },
  );

  it("a clerk of hall 1: callTicket at hall 2's counter → FORBIDDEN", async () => {
    await expectRefused(
      call(q.callTicket, { counterId: hall2.counters[1]!.id, ticketId: ready.waiting2.id, reason: 'vip' }),
      { code: 'FORBIDDEN' },
    );
  });

  it("a clerk of hall 1: callTicket of hall 2's ticket at a hall-1 counter → FORBIDDEN", async () => {
    await expectRefused(
      call(q.callTicket, { counterId: ready.freeCounter1, ticketId: ready.waiting2.id, reason: 'vip' }),
      { code: 'FORBIDDEN' },
    );
  });

  it("an admin cannot call hall 2's ticket at a hall-1 counter either (NOT_FOUND there)", async () => {
    await expectRefused(
      call(
        q.callTicket,
        { counterId: ready.freeCounter1, ticketId: ready.waiting2.id, reason: 'vip' },
        hall1.tokens.admin,
      ),
      { code: 'NOT_FOUND' },
    );
  });

  it('a clerk of hall 1: issueTicket for hall 2 → FORBIDDEN', async () => {
    await expectRefused(
      call(q.issueTicket, { input: { hallId: hall2.hall.id, serviceId: hall2.services[0]!.id } }),
      {
        code: 'FORBIDDEN',
      },
    );
  });

  it.each([
    ['ticket', q.ticket, () => ({ id: ready.called2.id })],
    ['queue', q.queue, () => ({ hallId: hall2.hall.id })],
    ['counterQueue', q.counterQueue, () => ({ counterId: hall2.counters[0]!.id })],
  ] as const)("a clerk of hall 1 cannot read hall 2's %s → FORBIDDEN", async (_name, query, variables) => {
    await expectRefused(call(query, variables()), { code: 'FORBIDDEN' });
  });
});

describe('empty and oversized strings', () => {
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['201 characters', 'x'.repeat(201)],
    ['201 CJK characters', '休'.repeat(201)],
  ])('pauseCounter with a %s reason → BAD_USER_INPUT reason', async (_kind, reason) => {
    await expectRefused(call(q.pauseCounter, { counterId: ready.pauseCounter1, reason }), {
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it.each([
    ['empty', ''],
    ['blank', '  '],
    ['201 characters', 'x'.repeat(201)],
  ])('callTicket with a %s reason → BAD_USER_INPUT reason', async (_kind, reason) => {
    await expectRefused(
      call(q.callTicket, { counterId: ready.freeCounter1, ticketId: ready.waiting1.id, reason }),
      {
        code: 'BAD_USER_INPUT',
        field: 'reason',
      },
    );
  });

  it('completeTicket with a 201-character outcome → BAD_USER_INPUT outcome', async () => {
    await expectRefused(call(q.completeTicket, { ticketId: ready.called1.id, outcome: 'x'.repeat(201) }), {
      code: 'BAD_USER_INPUT',
      field: 'outcome',
    });
  });

  it('issueTicket with a 101-character idempotencyKey → BAD_USER_INPUT idempotencyKey', async () => {
    await expectRefused(
      call(
        q.issueTicket,
        {
          input: { hallId: hall1.hall.id, serviceId: hall1.services[0]!.id, idempotencyKey: 'k'.repeat(101) },
        },
        hall1.tokens.kiosk,
      ),
      { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
    );
  });

  it('rateTicket with a 501-character comment → BAD_USER_INPUT comment', async () => {
    await expectRefused(
      call(q.rateTicket, { code: ready.done1.accessCode, score: 5, comment: 'x'.repeat(501) }, null),
      {
        code: 'BAD_USER_INPUT',
        field: 'comment',
      },
    );
  });

  it('accepts 200 characters of reason', async () => {
    const counterId = hall1.counters[4]!.id;
    const result = await testApp.graphql<{ pauseCounter: { status: string; pauseReason: string } }>(
      'mutation($c: ID!, $r: String!) { pauseCounter(counterId: $c, reason: $r) { status pauseReason } }',
      { c: counterId, r: '休'.repeat(200) },
      { token: hall1.tokens.clerk },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.pauseCounter).toEqual({ status: 'PAUSED', pauseReason: '休'.repeat(200) });
  });
});

describe('ratings', () => {
  it.each([0, 6, -1])('rateTicket with score %i → BAD_USER_INPUT score', async (score) => {
    await expectRefused(call(q.rateTicket, { code: ready.done1.accessCode, score }, null), {
      code: 'BAD_USER_INPUT',
      field: 'score',
    });
  });

  it('a second rating of the same segment → INVALID_TRANSITION', async () => {
    const ticket = await completed(hall1, hall1.counters[1]!.id);
    const first = await testApp.graphql<{ rateTicket: { rating: number } }>(q.rateTicket, {
      code: ticket.accessCode,
      score: 2,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.rateTicket.rating).toBe(2);
    await expectRefused(call(q.rateTicket, { code: ticket.accessCode, score: 5 }, null), {
      code: 'INVALID_TRANSITION',
    });
  });

  it.each([
    ['waiting', () => ready.waiting1, 'WAITING'],
    ['called', () => ready.called1, 'CALLED'],
  ] as const)('rating a %s ticket, never completed → INVALID_TRANSITION', async (_kind, ticket, status) => {
    const before = await storedState();
    const result = await testApp.graphql(q.rateTicket, { code: ticket().accessCode, score: 4 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status });
    expect(await storedState()).toEqual(before);
  });
});

describe('routes, closed services and quotas', () => {
  it.each([
    ['a random uuid', () => randomUUID()],
    ['a non-uuid string', () => 'nope'],
    ["another hall's service", () => hall2.services[1]!.id],
  ])('a route with %s → BAD_USER_INPUT route', async (_kind, serviceId) => {
    await expectRefused(
      call(
        q.issueTicket,
        {
          input: {
            hallId: hall1.hall.id,
            serviceId: hall1.services[0]!.id,
            route: [hall1.services[1]!.id, serviceId()],
          },
        },
        hall1.tokens.kiosk,
      ),
      { code: 'BAD_USER_INPUT', field: 'route' },
    );
  });

  it('a route through an inactive service → SERVICE_CLOSED', async () => {
    await expectRefused(
      call(
        q.issueTicket,
        {
          input: { hallId: hall1.hall.id, serviceId: hall1.services[0]!.id, route: [hall1.services[2]!.id] },
        },
        hall1.tokens.kiosk,
      ),
      { code: 'SERVICE_CLOSED' },
    );
  });

  it('issueTicket for an inactive service → SERVICE_CLOSED', async () => {
    await expectRefused(
      call(
        q.issueTicket,
        { input: { hallId: hall1.hall.id, serviceId: hall1.services[2]!.id } },
        hall1.tokens.kiosk,
      ),
      { code: 'SERVICE_CLOSED' },
    );
  });

  it('transferTicket to an inactive service → SERVICE_CLOSED', async () => {
    await expectRefused(
      call(q.transferTicket, { ticketId: ready.called1.id, serviceId: hall1.services[2]!.id }),
      {
        code: 'SERVICE_CLOSED',
      },
    );
  });

  it('issues up to the daily quota, then QUOTA_REACHED', async () => {
    await updateService(hall1, 3, { dailyQuota: 2 });
    const numbers: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const result = await testApp.graphql<{ issueTicket: { ticket: { number: string } } }>(
        q.issueTicket,
        { input: { hallId: hall1.hall.id, serviceId: hall1.services[3]!.id } },
        { token: hall1.tokens.kiosk },
      );
      expect(result.errors).toBeUndefined();
      numbers.push(result.data!.issueTicket.ticket.number);
    }
    expect(numbers).toEqual(['D001', 'D002']);
    await expectRefused(
      call(
        q.issueTicket,
        { input: { hallId: hall1.hall.id, serviceId: hall1.services[3]!.id } },
        hall1.tokens.kiosk,
      ),
      { code: 'QUOTA_REACHED' },
    );
  });
});

describe('access codes', () => {
  const wrongCodes: [string, string][] = [
    ['an unknown code', randomBytes(18).toString('base64url')],
    ['a short code', 'abc'],
    ['an empty code', ''],
  ];

  it.each(wrongCodes)('myTicket with %s → null', async (_kind, code) => {
    const result = await testApp.graphql(q.myTicket, { code });
    expect(result).toEqual({ data: { myTicket: null } });
  });

  it.each(wrongCodes)('cancelTicket with %s → NOT_FOUND', async (_kind, code) => {
    await expectRefused(call(q.cancelTicket, { code }, null), { code: 'NOT_FOUND' });
  });

  it.each(wrongCodes)('rateTicket with %s → NOT_FOUND', async (_kind, code) => {
    await expectRefused(call(q.rateTicket, { code, score: 5 }, null), { code: 'NOT_FOUND' });
  });
});

describe('authorization', () => {
  const ownHall = staffOperations(
    () => ({ counterId: ready.freeCounter1, ticketId: ready.called1.id }),
    () => hall1.services[1]!.id,
  );
  const issueOwn = (): Variables => ({ input: { hallId: hall1.hall.id, serviceId: hall1.services[0]!.id } });
  const callTicketOwn = (): Variables => ({
    counterId: ready.freeCounter1,
    ticketId: ready.waiting1.id,
    reason: 'vip',
  });

  it.each([
    ...ownHall,
    ['callTicket', q.callTicket, callTicketOwn],
    ['issueTicket', q.issueTicket, issueOwn],
  ] as [string, string, () => Variables][])(
    'a DISPLAY token: %s → FORBIDDEN',
    async (_name, query, variables) => {
      await expectRefused(call(query, variables(), hall1.tokens.display), { code: 'FORBIDDEN' });
    },
  );

  it.each([...ownHall, ['callTicket', q.callTicket, callTicketOwn]] as [string, string, () => Variables][])(
    'a KIOSK token: %s → FORBIDDEN',
    async (_name, query, variables) => {
      await expectRefused(call(query, variables(), hall1.tokens.kiosk), { code: 'FORBIDDEN' });
    },
  );

  it('a KIOSK issues a ticket for its own hall, on the KIOSK channel', async () => {
    const before = await storedState();
    const result = await testApp.graphql<{ issueTicket: { ticket: { status: string; channel: string } } }>(
      q.issueTicket,
      { input: { ...(issueOwn().input as object), channel: 'STAFF' } },
      { token: hall1.tokens.kiosk },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.issueTicket.ticket).toMatchObject({ status: 'WAITING', channel: 'KIOSK' });
    const after = await storedState();
    expect([after.ticket, after.segment, after.hall_event]).toEqual([
      (before.ticket as number) + 1,
      (before.segment as number) + 1,
      (before.hall_event as number) + 1,
    ]);
  });

  it('a KIOSK cannot issue for another hall → FORBIDDEN', async () => {
    await expectRefused(
      call(
        q.issueTicket,
        { input: { hallId: hall2.hall.id, serviceId: hall2.services[0]!.id } },
        hall1.tokens.kiosk,
      ),
      { code: 'FORBIDDEN' },
    );
  });

  const withoutToken = [
    ...ownHall,
    ['callTicket', q.callTicket, callTicketOwn],
    ['issueTicket', q.issueTicket, issueOwn],
    ['ticket', q.ticket, () => ({ id: ready.called1.id })],
    ['queue', q.queue, () => ({ hallId: hall1.hall.id })],
    ['counterQueue', q.counterQueue, () => ({ counterId: ready.freeCounter1 })],
  ] as [string, string, () => Variables][];

  it.each(withoutToken)('no token: %s → UNAUTHENTICATED', async (_name, query, variables) => {
    await expectRefused(call(query, variables(), null), { code: 'UNAUTHENTICATED' });
  });

  it.each(withoutToken)('an unknown token: %s → UNAUTHENTICATED', async (_name, query, variables) => {
    await expectRefused(call(query, variables(), 'not-a-real-token'), { code: 'UNAUTHENTICATED' });
  });

  it('the citizen follows, cancels and rates with the access code alone, no token', async () => {
    const mine = await testApp.graphql<{ myTicket: { id: string; status: string } }>(q.myTicket, {
      code: ready.waiting1.accessCode,
    });
    expect(mine.data!.myTicket).toMatchObject({ id: ready.waiting1.id, status: 'WAITING' });

    const fresh = await issue(hall1);
    const cancelled = await testApp.graphql<{ cancelTicket: { status: string } }>(q.cancelTicket, {
      code: fresh.accessCode,
    });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelTicket.status).toBe('CANCELLED');

    const rated = await testApp.graphql<{ rateTicket: { rating: number } }>(q.rateTicket, {
      code: ready.done1.accessCode,
      score: 4,
      comment: 'x'.repeat(500),
    });
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.rateTicket.rating).toBe(4);
  });
});
