import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HallEventType } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../../test/support/eventually.js';
import { createHallFixture, type HallFixture } from '../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { HallEventStreams } from './event-stream.js';
import type { HallEventMessage } from './events.js';

let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
});
afterAll(async () => {
  await testApp?.close();
});

/** Appends `count` events to the hall's table, as commits would, without publishing them. */
async function appendUnpublished(count: number): Promise<HallEventMessage[]> {
  const rows = await testApp.app.orm.em.fork().execute<{ seq: number; at: Date | string }[]>(
    `WITH next AS (UPDATE hall SET last_event_seq = last_event_seq + ? WHERE id = ? RETURNING last_event_seq)
     INSERT INTO hall_event (hall_id, seq, type, at, data)
     SELECT ?::uuid, next.last_event_seq - ? + n, 'COUNTER_PAUSED', now(), '{}'::jsonb
     FROM next, generate_series(1, ?) AS n
     RETURNING seq, at`,
    [count, fixture.hall.id, fixture.hall.id, count, count],
  );
  return rows.map((row) => ({
    hallId: fixture.hall.id,
    seq: row.seq,
    type: HallEventType.COUNTER_PAUSED,
    at: new Date(row.at).toISOString(),
    ticketId: null,
    segmentId: null,
    counterId: null,
    data: {},
  }));
}

/** Reads a stream's values into an array as they come. */
function drain(stream: AsyncIterableIterator<HallEventMessage>): HallEventMessage[] {
  const values: HallEventMessage[] = [];
  void (async () => {
    for await (const value of stream) values.push(value);
  })();
  return values;
}

describe("a hall's event streams", () => {
  it('share one live feed: an event lost before publishing is read from the table once for all of them, and each gets every event once, in order', async () => {
    let tableReads = 0;
    const streams = new HallEventStreams(testApp.app.services.events, () => {
      tableReads += 1;
      return testApp.app.orm.em.fork();
    });
    const [first] = await appendUnpublished(1);
    const live = Array.from({ length: 20 }, () => streams.stream(fixture.hall.id, null));
    const received = live.map(drain);
    // One that was away since before `first` catches up from the table, then joins the feed.
    const returning = streams.stream(fixture.hall.id, first!.seq - 1);
    const returned = drain(returning);
    await expectEventually(() => expect(returned.map((event) => event.seq)).toEqual([first!.seq]));

    testApp.app.services.events.publish([first!]);
    await expectEventually(() => expect(received.every((values) => values.length === 1)).toBe(true));
    const readsBefore = tableReads;
    // The next commit's message is lost; the one after it arrives.
    const [lost, arrived] = await appendUnpublished(2);
    testApp.app.services.events.publish([arrived!]);

    const expected = [first!.seq, lost!.seq, arrived!.seq];
    await expectEventually(() => {
      for (const values of [...received, returned])
        expect(values.map((event) => event.seq)).toEqual(expected);
    });
    expect(tableReads - readsBefore).toBe(1);
    // Every subscriber got the very same object: its execution is shared.
    expect(new Set(received.map((values) => values[1]))).toHaveProperty('size', 1);

    for (const stream of [...live, returning]) await stream.return!();
  });

  it('read the backlog once for the displays that come back together with the same last seq, and each still gets every event once, in order', async () => {
    let tableReads = 0;
    const streams = new HallEventStreams(testApp.app.services.events, () => {
      tableReads += 1;
      return testApp.app.orm.em.fork();
    });
    const missed = await appendUnpublished(3);
    const afterSeq = missed[0]!.seq - 1;
    const returning = Array.from({ length: 30 }, () => streams.stream(fixture.hall.id, afterSeq));
    const received = returning.map(drain);
    await expectEventually(() => {
      for (const values of received)
        expect(values.map((event) => event.seq)).toEqual(missed.map((m) => m.seq));
    });
    expect(tableReads).toBe(1);

    const [next] = await appendUnpublished(1);
    testApp.app.services.events.publish([next!]);
    await expectEventually(() => {
      for (const values of received) expect(values.at(-1)?.seq).toBe(next!.seq);
    });
    for (const values of received) expect(values).toHaveLength(4);
    for (const stream of returning) await stream.return!();
  });

  it("a stream whose shared backlog read began before the feed's latest event still gets that event", async () => {
    // The shared read's snapshot is taken before `sentLive` commits, as a read begun by a display
    // that came back a moment earlier would be; the streams join the feed after it was sent live.
    let staleSnapshot: EntityManager | null = null;
    const streams = new HallEventStreams(testApp.app.services.events, () => {
      const em = staleSnapshot ?? testApp.app.orm.em.fork();
      staleSnapshot = null;
      return em;
    });
    const watcher = streams.stream(fixture.hall.id, null);
    const watched = drain(watcher);
    const [before] = await appendUnpublished(1);
    const stale = testApp.app.orm.em.fork();
    await stale.begin({ isolationLevel: IsolationLevel.REPEATABLE_READ });
    await stale.execute('SELECT 1');
    const [sentLive] = await appendUnpublished(1);
    testApp.app.services.events.publish([sentLive!]);
    await expectEventually(() => expect(watched.map((event) => event.seq)).toEqual([sentLive!.seq]));

    staleSnapshot = stale;
    const first = streams.stream(fixture.hall.id, before!.seq - 1);
    const second = streams.stream(fixture.hall.id, before!.seq - 1);
    const received = [first, second].map(drain);
    const expected = [before!.seq, sentLive!.seq];
    await expectEventually(() => {
      for (const values of received) expect(values.map((event) => event.seq)).toEqual(expected);
    });
    await stale.rollback();
    for (const stream of [watcher, first, second]) await stream.return!();
  });
});
