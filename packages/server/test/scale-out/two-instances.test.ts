import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBusKind } from '../../src/config.js';
import { createTestDatabase } from '../support/database.js';
import { expectEventually } from '../support/eventually.js';
import { createHallFixture, type HallFixture } from '../support/hall-fixture.js';
import { testRedisUrl } from '../support/redis.js';
import { startTestApp, TestClock, type TestApp } from '../support/test-app.js';
import WebSocket from 'ws';

const eventsSubscription =
  'subscription($hallId: ID!, $afterSeq: Int) { hallEvents(hallId: $hallId, afterSeq: $afterSeq) { seq type call { ticketNumber counterLabel } } }';
const boardSubscription =
  'subscription($hallId: ID!) { boardUpdated(hallId: $hallId) { seq checkInCode recentCalls { ticketNumber counterLabel } } }';

interface HallEvent {
  seq: number;
  type: string;
  call: { ticketNumber: string; counterLabel: string } | null;
}
interface Board {
  seq: number;
  checkInCode: string | null;
  recentCalls: { ticketNumber: string; counterLabel: string }[];
}

/**
 * A hall display as the hall-display app behaves: follows the board and the hall's events on one
 * instance; when that connection is lost, it moves to another instance and resubscribes with the
 * last seq it saw, so it gets what it missed.
 */
class Display {
  readonly events: HallEvent[] = [];
  readonly boards: Board[] = [];
  readonly errors: unknown[] = [];
  /** Subscriptions that ended because their connection went. */
  lost = 0;
  private client: Client | null = null;

  constructor(
    private readonly hallId: string,
    private readonly token: string,
  ) {}

  connect(baseUrl: string): void {
    const client = createClient({
      url: `${baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: this.token },
      retryAttempts: 0,
    });
    this.client = client;
    const afterSeq = this.events.at(-1)?.seq ?? null;
    const ended = (error: unknown): void => {
      if (error instanceof Error || (typeof error === 'object' && error !== null && 'code' in error))
        this.lost += 1;
      else this.errors.push(error);
    };
    client.subscribe<{ hallEvents: HallEvent }>(
      { query: eventsSubscription, variables: { hallId: this.hallId, afterSeq } },
      {
        next: (value) => {
          if (value.errors) this.errors.push(...value.errors);
          else this.events.push(value.data!.hallEvents);
        },
        error: ended,
        complete: () => undefined,
      },
    );
    client.subscribe<{ boardUpdated: Board }>(
      { query: boardSubscription, variables: { hallId: this.hallId } },
      {
        next: (value) => {
          if (value.errors) this.errors.push(...value.errors);
          else this.boards.push(value.data!.boardUpdated);
        },
        error: ended,
        complete: () => undefined,
      },
    );
  }

  calls(): string[] {
    return this.events
      .filter((event) => event.type === 'TICKET_CALLED')
      .map((event) => event.call!.ticketNumber);
  }

  seqs(): number[] {
    return this.events.map((event) => event.seq);
  }

  async dispose(): Promise<void> {
    await this.client?.dispose();
  }
}

for (const eventBus of ['postgres', 'redis'] as EventBusKind[]) {
  describe.skipIf(eventBus === 'redis' && !testRedisUrl)(
    `two instances on one database, EVENT_BUS=${eventBus}`,
    () => {
      let instanceA: TestApp;
      let instanceB: TestApp;
      let fixture: HallFixture;
      let display: Display;
      const clock = new TestClock();

      beforeAll(async () => {
        const databaseUrl = await createTestDatabase();
        // One clock for both, as two servers share real time; the test moves it between arrivals.
        const overrides = {
          eventBus,
          redisUrl: eventBus === 'redis' ? testRedisUrl : null,
          clock: clock.now,
        };
        instanceB = await startTestApp(overrides, databaseUrl);
        instanceA = await startTestApp(overrides, databaseUrl);
        fixture = await createHallFixture(instanceB, {
          serviceCount: 1,
          counterCount: 2,
          openCounters: true,
        });
        display = new Display(fixture.hall.id, fixture.tokens.display);
      });
      afterAll(async () => {
        await display?.dispose();
        await instanceA?.close();
        await instanceB?.close();
      });

      async function issueOnB(): Promise<string> {
        clock.advance(1000);
        const result = await instanceB.graphql<{ issueTicket: { ticket: { number: string } } }>(
          'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }',
          { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
          { token: fixture.tokens.kiosk },
        );
        return result.data!.issueTicket.ticket.number;
      }

      /** The ticket each counter serves, to complete before its next call. */
      const serving = new Map<number, string>();

      /** Completes what the counter serves, then calls its next ticket, on B. */
      async function callNextOnB(counterIndex: number): Promise<string> {
        clock.advance(1000);
        const current = serving.get(counterIndex);
        if (current) {
          await instanceB.graphql(
            'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
            { id: current },
            { token: fixture.tokens.clerk },
          );
        }
        const called = await instanceB.graphql<{ callNext: { id: string; number: string } | null }>(
          'mutation($counterId: ID!) { callNext(counterId: $counterId) { id number } }',
          { counterId: fixture.counters[counterIndex]!.id },
          { token: fixture.tokens.clerk },
        );
        const ticket = called.data?.callNext;
        if (!ticket) throw new Error(`callNext gave no ticket: ${JSON.stringify(called.errors)}`);
        serving.set(counterIndex, ticket.id);
        return ticket.number;
      }

      // How soon is pnpm bench:cross-instance's figure; here, that the call gets there, whole and in order.
      it('a display on A sees a call made on B, on its board and in its events', async () => {
        display.connect(instanceA.url);
        await expectEventually(() => expect(display.boards.length).toBeGreaterThanOrEqual(1));
        const numbers: string[] = [];
        for (let index = 0; index < 6; index += 1) numbers.push(await issueOnB());

        const number = await callNextOnB(0);
        expect(number).toBe(numbers[0]);
        await expectEventually(() => {
          expect(display.calls()).toEqual([number]);
          expect(display.boards.at(-1)!.recentCalls[0]).toEqual({ ticketNumber: number, counterLabel: '1' });
        });
        // Every event B committed reached A's display, in order, once.
        const firstSeq = display.seqs()[0]!;
        expect(display.seqs()).toEqual(
          Array.from({ length: display.events.length }, (_, index) => firstSeq + index),
        );
        expect(display.errors).toEqual([]);
      });

      it("a remote ticket joined on B checks in on A with the code B's wall display shows; A's display sees the code come and go", async () => {
        const settings = await instanceB.graphql(
          'mutation($serviceId: ID!) { setRemoteJoinSettings(serviceId: $serviceId, input: { enabled: true }) { id } }',
          { serviceId: fixture.services[0]!.id },
          { token: fixture.tokens.admin },
        );
        expect(settings.errors).toBeUndefined();
        clock.advance(1000);
        const joined = await instanceB.graphql<{ joinRemotely: { accessCode: string } }>(
          'mutation($input: JoinRemotelyInput!) { joinRemotely(input: $input) { accessCode } }',
          { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id, phone: '13800000001' } },
          { token: null },
        );
        const accessCode = joined.data!.joinRemotely.accessCode;
        const boardOnB = await instanceB.graphql<{ board: { checkInCode: string | null } }>(
          'query($hallId: ID!) { board(hallId: $hallId) { checkInCode } }',
          { hallId: fixture.hall.id },
          { token: fixture.tokens.display },
        );
        const code = boardOnB.data!.board.checkInCode;
        expect(code).toMatch(/^\d{6}$/);
        // Derived, not stored: A's display, pushed through the bus, shows the same code.
        await expectEventually(() => expect(display.boards.at(-1)!.checkInCode).toBe(code));

        const checkedIn = await instanceA.graphql<{ checkInTicket: { checkedIn: boolean } }>(
          'mutation($accessCode: String!, $code: String) { checkInTicket(accessCode: $accessCode, checkInCode: $code) { checkedIn } }',
          { accessCode, code },
          { token: null },
        );
        expect(checkedIn.errors).toBeUndefined();
        expect(checkedIn.data!.checkInTicket.checkedIn).toBe(true);
        await expectEventually(() => expect(display.boards.at(-1)!.checkInCode).toBeNull());
        expect(display.errors).toEqual([]);
      });

      it('when A stops, the display moves to B with its last seq and gets every call made meanwhile, none missed or repeated', async () => {
        const seenBefore = display.events.length;
        const lastSeen = display.seqs().at(-1)!;
        await instanceA.close();
        await expectEventually(() => expect(display.lost).toBeGreaterThanOrEqual(1));

        // Made on B while the display is away.
        const missed = [await callNextOnB(1), await callNextOnB(0), await callNextOnB(1)];

        display.connect(instanceB.url);
        await expectEventually(() => expect(display.calls().slice(-3)).toEqual(missed));
        // Then live calls on B, with no seam at the move.
        const live = await callNextOnB(0);
        await expectEventually(() => expect(display.calls().at(-1)).toBe(live));

        const seqs = display.seqs();
        expect(seqs.slice(seenBefore)[0]).toBe(lastSeen + 1);
        expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => seqs[0]! + index));
        expect(display.calls().slice(1)).toEqual([...missed, live]);
        expect(display.errors).toEqual([]);
      });
    },
  );
}
