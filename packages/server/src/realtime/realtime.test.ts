import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../../test/support/eventually.js';
import { createHallFixture, type HallFixture } from '../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';

let testApp: TestApp;
let fixture: HallFixture;
let otherHall: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 2, counterCount: 3, openCounters: true });
  otherHall = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
});
afterAll(async () => {
  await testApp?.close();
});

interface Received<Data> {
  values: Data[];
  errors: unknown[];
  stop: () => void;
}

/** Subscribes and collects every value; `stop` unsubscribes. */
function collect<Data>(client: Client, query: string, variables: Record<string, unknown>): Received<Data> {
  const received: Received<Data> = { values: [], errors: [], stop: () => undefined };
  received.stop = client.subscribe<Data>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) received.errors.push(...value.errors);
        else received.values.push(value.data as Data);
      },
      error: (error) => received.errors.push(error),
      complete: () => undefined,
    },
  );
  return received;
}

async function issue(serviceIndex = 0): Promise<string> {
  // The test clock stands still unless moved: a second between arrivals keeps first come, first called.
  testApp.clock.advance(1000);
  const result = await testApp.graphql<{ issueTicket: { ticket: { number: string } } }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }',
    { input: { hallId: fixture.hall.id, serviceId: fixture.services[serviceIndex]!.id } },
    { token: fixture.tokens.kiosk },
  );
  return result.data!.issueTicket.ticket.number;
}

async function callAndComplete(counterIndex: number): Promise<string> {
  const called = await testApp.graphql<{ callNext: { id: string; number: string } }>(
    'mutation($counterId: ID!) { callNext(counterId: $counterId) { id number } }',
    { counterId: fixture.counters[counterIndex]!.id },
    { token: fixture.tokens.clerk },
  );
  const ticket = called.data!.callNext;
  await testApp.graphql(
    'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
    { id: ticket.id },
    { token: fixture.tokens.clerk },
  );
  return ticket.number;
}

const boardSubscription =
  'subscription($hallId: ID!) { boardUpdated(hallId: $hallId) { seq queues { service { prefix } waiting } recentCalls { ticketNumber counterLabel } counters { counter { label } status ticketNumber } } }';
const eventsSubscription =
  'subscription($hallId: ID!, $afterSeq: Int) { hallEvents(hallId: $hallId, afterSeq: $afterSeq) { seq type call { ticketNumber counterLabel } } }';

type BoardData = {
  boardUpdated: {
    seq: number;
    recentCalls: { ticketNumber: string; counterLabel: string }[];
    counters: { ticketNumber: string | null }[];
  };
};
type EventData = { hallEvents: { seq: number; type: string; call: { ticketNumber: string } | null } };

describe('a display over graphql-ws', () => {
  // How soon a display sees a call is measured by pnpm bench (fanOut); here, that it sees it.
  it('gets the current board first, then sees a call, on the board and in the events', async () => {
    const display = testApp.webSocketClient({ token: fixture.tokens.display });
    const boards = collect<BoardData>(display, boardSubscription, { hallId: fixture.hall.id });
    const events = collect<EventData>(display, eventsSubscription, { hallId: fixture.hall.id });
    await expectEventually(() => expect(boards.values.length).toBeGreaterThanOrEqual(1));
    const number = await issue();

    const called = await testApp.graphql<{ callNext: { number: string } }>(
      'mutation($counterId: ID!) { callNext(counterId: $counterId) { number } }',
      { counterId: fixture.counters[0]!.id },
      { token: fixture.tokens.clerk },
    );
    expect(called.data!.callNext.number).toBe(number);
    await expectEventually(() => {
      expect(
        events.values.some(
          (value) =>
            value.hallEvents.type === 'TICKET_CALLED' && value.hallEvents.call?.ticketNumber === number,
        ),
      ).toBe(true);
      expect(boards.values.at(-1)!.boardUpdated.recentCalls[0]).toEqual({
        ticketNumber: number,
        counterLabel: '1',
      });
    });
    expect(boards.errors).toEqual([]);
    expect(events.errors).toEqual([]);
    boards.stop();
    events.stop();
  });

  it('after a disconnect, resubscribing with afterSeq replays exactly the missed calls in order, then live ones', async () => {
    const first = testApp.webSocketClient({ token: fixture.tokens.display });
    // From the hall's first event: a live-only subscription may be registered after the issue
    // below commits, and a display that must see everything says where it stands (afterSeq).
    const before = collect<EventData>(first, eventsSubscription, { hallId: fixture.hall.id, afterSeq: 0 });
    await issue(1);
    await expectEventually(() => expect(before.values.length).toBeGreaterThan(0));
    const lastSeen = before.values.at(-1)!.hallEvents.seq;
    before.stop();
    await first.dispose();

    // While the display is away: two more are issued, and all three are called.
    const missed: string[] = [];
    for (let index = 0; index < 2; index += 1) await issue(1);
    for (let index = 0; index < 3; index += 1) missed.push(await callAndComplete(1 + (index % 2)));

    const second = testApp.webSocketClient({ token: fixture.tokens.display });
    const after = collect<EventData>(second, eventsSubscription, {
      hallId: fixture.hall.id,
      afterSeq: lastSeen,
    });
    await expectEventually(() =>
      expect(after.values.filter((value) => value.hallEvents.type === 'TICKET_CALLED')).toHaveLength(3),
    );
    const seqs = after.values.map((value) => value.hallEvents.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => lastSeen + 1 + index));
    expect(
      after.values
        .filter((value) => value.hallEvents.type === 'TICKET_CALLED')
        .map((value) => value.hallEvents.call!.ticketNumber),
    ).toEqual(missed);

    // Then live, without a gap or a repeat at the seam.
    const live = await issue(1);
    const liveCall = await callAndComplete(2);
    expect(liveCall).toBe(live);
    await expectEventually(() =>
      expect(after.values.some((value) => value.hallEvents.call?.ticketNumber === live)).toBe(true),
    );
    const allSeqs = after.values.map((value) => value.hallEvents.seq);
    expect(allSeqs).toEqual(Array.from({ length: allSeqs.length }, (_, index) => lastSeen + 1 + index));
    after.stop();
  });

  it('refuses subscriptions without a token or for another hall', async () => {
    const anonymous = collect<BoardData>(testApp.webSocketClient(), boardSubscription, {
      hallId: fixture.hall.id,
    });
    const otherDisplay = collect<EventData>(
      testApp.webSocketClient({ token: otherHall.tokens.display }),
      eventsSubscription,
      {
        hallId: fixture.hall.id,
      },
    );
    await expectEventually(() => {
      expect(anonymous.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      ]);
      expect(otherDisplay.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
      ]);
    });
    expect(anonymous.values).toEqual([]);
    expect(otherDisplay.values).toEqual([]);
  });

  it('computes the board once per change, however many displays subscribe', async () => {
    const displays = Array.from({ length: 20 }, () =>
      collect<BoardData>(testApp.webSocketClient({ token: fixture.tokens.display }), boardSubscription, {
        hallId: fixture.hall.id,
      }),
    );
    await expectEventually(() => expect(displays.every((display) => display.values.length >= 1)).toBe(true));
    const boards = testApp.app.services.feeds.boards;
    const before = boards.computations;
    const seqBefore = displays[0]!.values.at(-1)!.boardUpdated.seq;
    await issue();
    await expectEventually(() =>
      expect(displays.every((display) => display.values.at(-1)!.boardUpdated.seq === seqBefore + 1)).toBe(
        true,
      ),
    );
    expect(boards.computations - before).toBe(1);
    for (const display of displays) display.stop();
  });

  it('pushes a citizen their ticket, a clerk their counter queue and a manager the hall status, current state first', async () => {
    const issued = await testApp.graphql<{
      issueTicket: { accessCode: string; ticket: { id: string; number: string } };
    }>(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id number } } }',
      { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
      { token: fixture.tokens.kiosk },
    );
    const { accessCode, ticket } = issued.data!.issueTicket;

    const phone = collect<{
      myTicketUpdated: { number: string; status: string; counter: { label: string } | null };
    }>(
      testApp.webSocketClient(),
      'subscription($code: String!) { myTicketUpdated(accessCode: $code) { number status counter { label } } }',
      { code: accessCode },
    );
    const clerkQueue = collect<{ counterQueueUpdated: { number: string }[] }>(
      testApp.webSocketClient({ token: fixture.tokens.clerk }),
      'subscription($counterId: ID!) { counterQueueUpdated(counterId: $counterId) { number } }',
      { counterId: fixture.counters[2]!.id },
    );
    const manager = collect<{ hallStatusUpdated: { seq: number; alerts: { kind: string }[] } }>(
      testApp.webSocketClient({ token: fixture.tokens.admin }),
      'subscription($hallId: ID!) { hallStatusUpdated(hallId: $hallId) { seq alerts { kind } } }',
      { hallId: fixture.hall.id },
    );
    await expectEventually(() => {
      expect(phone.values[0]?.myTicketUpdated).toEqual({
        number: ticket.number,
        status: 'WAITING',
        counter: null,
      });
      expect(clerkQueue.values[0]?.counterQueueUpdated.map((entry) => entry.number)).toContain(ticket.number);
      expect(manager.values.length).toBeGreaterThanOrEqual(1);
    });
    const managerSeq = manager.values.at(-1)!.hallStatusUpdated.seq;

    let called: string | null = null;
    while (called !== ticket.number) {
      const result = await testApp.graphql<{ callNext: { id: string; number: string } | null }>(
        'mutation($counterId: ID!) { callNext(counterId: $counterId) { id number } }',
        { counterId: fixture.counters[2]!.id },
        { token: fixture.tokens.clerk },
      );
      called = result.data!.callNext!.number;
      if (called !== ticket.number) {
        await testApp.graphql(
          'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
          { id: result.data!.callNext!.id },
          {
            token: fixture.tokens.clerk,
          },
        );
      }
    }
    await expectEventually(() => {
      expect(phone.values.at(-1)!.myTicketUpdated).toEqual({
        number: ticket.number,
        status: 'CALLED',
        counter: { label: '3' },
      });
      expect(clerkQueue.values.at(-1)!.counterQueueUpdated.map((entry) => entry.number)).not.toContain(
        ticket.number,
      );
      expect(manager.values.at(-1)!.hallStatusUpdated.seq).toBeGreaterThan(managerSeq);
    });
    for (const received of [phone, clerkQueue, manager]) {
      expect(received.errors).toEqual([]);
      received.stop();
    }

    const missed = await testApp.graphql<{ hallEvents: { seq: number }[] }>(
      'query($hallId: ID!, $afterSeq: Int!) { hallEvents(hallId: $hallId, afterSeq: $afterSeq, limit: 3) { seq } }',
      { hallId: fixture.hall.id, afterSeq: managerSeq },
      { token: fixture.tokens.display },
    );
    expect(missed.data!.hallEvents.map((event) => event.seq)).toEqual(
      [managerSeq + 1, managerSeq + 2, managerSeq + 3].slice(0, missed.data!.hallEvents.length),
    );
  });

  it('refuses myTicketUpdated for an unknown access code and counterQueueUpdated for a display', async () => {
    const unknown = collect(
      testApp.webSocketClient(),
      'subscription { myTicketUpdated(accessCode: "not-a-real-code-0000") { number } }',
      {},
    );
    const display = collect(
      testApp.webSocketClient({ token: fixture.tokens.display }),
      'subscription($counterId: ID!) { counterQueueUpdated(counterId: $counterId) { number } }',
      { counterId: fixture.counters[0]!.id },
    );
    await expectEventually(() => {
      expect(unknown.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
      ]);
      expect(display.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
      ]);
    });
  });
});
