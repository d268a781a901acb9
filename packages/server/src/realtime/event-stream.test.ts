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
});
