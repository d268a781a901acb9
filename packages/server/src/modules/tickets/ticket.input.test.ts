import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallFixture } from '../../../test/support/hall-fixture.js';
import type { GraphQLResponse, TestApp } from '../../../test/support/test-app.js';
import {
  completed,
  expectRefusedIn,
  q,
  staffOperations,
  startTicketInputApp,
  storedState,
  updateService,
  type ReadyRows,
  type Refusal,
} from '../../../test/support/ticket-input-fixture.js';

/*
 * Bad input at the queue engine's API: unknown and foreign ids, empty and oversized strings, bad
 * ratings, routes, closed services, quotas and wrong access codes. Every refusal is checked to have
 * written nothing: row counts of the queue tables and a digest of every segment and counter row.
 * Who may call what: ticket.authorization.test.ts.
 */

let testApp: TestApp;
let hall1: HallFixture;
let hall2: HallFixture;
let ready: ReadyRows;
beforeAll(async () => {
  ({ testApp, hall1, hall2, ready } = await startTicketInputApp());
});
afterAll(async () => {
  await testApp?.close();
});

/** Runs `operation`, expects exactly the refusal, no data, and nothing written. */
const expectRefused = (operation: () => Promise<GraphQLResponse>, refusal: Refusal) =>
  expectRefusedIn(testApp, operation, refusal);

function call(query: string, variables: Record<string, unknown>, token: string | null = hall1.tokens.clerk) {
  return () => testApp.graphql(query, variables, { token });
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
    const ticket = await completed(testApp, hall1, hall1.counters[1]!.id);
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
    const before = await storedState(testApp);
    const result = await testApp.graphql(q.rateTicket, { code: ticket().accessCode, score: 4 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status });
    expect(await storedState(testApp)).toEqual(before);
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
    await updateService(testApp, hall1, 3, { dailyQuota: 2 });
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
