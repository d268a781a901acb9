import { describe, expect, it } from 'vitest';
import { HallEventCatchUp } from './hall-event-catch-up.js';

const event = (seq: number) => ({ seq, name: `event ${seq}` });
const seqs = (events: readonly { seq: number }[]) => events.map((item) => item.seq);

describe('HallEventCatchUp.receive', () => {
  it.each([
    { case: 'the next seq is applied', last: 10, batches: [[11]], ready: [11], duplicates: 0, gap: null },
    {
      case: 'a run is applied in order',
      last: 10,
      batches: [[11, 12, 13]],
      ready: [11, 12, 13],
      duplicates: 0,
      gap: null,
    },
    { case: 'an old seq is a duplicate', last: 10, batches: [[9, 10]], ready: [], duplicates: 2, gap: null },
    {
      case: 'the same event twice is applied once',
      last: 10,
      batches: [[11], [11]],
      ready: [11],
      duplicates: 1,
      gap: null,
    },
    {
      case: 'a seq ahead is held behind a gap',
      last: 10,
      batches: [[13]],
      ready: [],
      duplicates: 0,
      gap: { afterSeq: 10, beforeSeq: 13 },
    },
    {
      case: 'a held seq received again is a duplicate',
      last: 10,
      batches: [[13], [13]],
      ready: [],
      duplicates: 1,
      gap: { afterSeq: 10, beforeSeq: 13 },
    },
    {
      case: 'a replay fills the gap and releases what was held',
      last: 10,
      batches: [
        [13, 14],
        [11, 12],
      ],
      ready: [11, 12, 13, 14],
      duplicates: 0,
      gap: null,
    },
    {
      case: 'a replay overlapping the live feed drops the overlap',
      last: 10,
      batches: [
        [11, 12],
        [11, 12, 13],
      ],
      ready: [11, 12, 13],
      duplicates: 2,
      gap: null,
    },
    {
      case: 'a partial replay leaves the rest of the gap',
      last: 10,
      batches: [[15], [11, 12]],
      ready: [11, 12],
      duplicates: 0,
      gap: { afterSeq: 12, beforeSeq: 15 },
    },
    {
      case: 'out of order within one batch',
      last: 0,
      batches: [[3, 1, 2]],
      ready: [1, 2, 3],
      duplicates: 0,
      gap: null,
    },
  ])('$case', ({ last, batches, ready, duplicates, gap }) => {
    const catchUp = new HallEventCatchUp<ReturnType<typeof event>>(last);
    const delivered: number[] = [];
    let duplicateCount = 0;
    let lastGap = null;
    for (const batch of batches) {
      const result = catchUp.receive(batch.map(event));
      delivered.push(...seqs(result.ready));
      duplicateCount += result.duplicates;
      lastGap = result.gap;
    }
    expect(delivered).toEqual(ready);
    expect(duplicateCount).toBe(duplicates);
    expect(lastGap).toEqual(gap);
    expect(catchUp.lastSeq).toBe(ready.at(-1) ?? last);
  });

  it('hands out the event objects it was given', () => {
    const catchUp = new HallEventCatchUp<ReturnType<typeof event>>(0);
    const first = event(1);
    expect(catchUp.receive([first]).ready[0]).toBe(first);
  });
});

describe('HallEventCatchUp.skipGap', () => {
  it('releases the held events when the gap cannot be filled', () => {
    const catchUp = new HallEventCatchUp<ReturnType<typeof event>>(10);
    catchUp.receive([event(13), event(14), event(16)]);
    expect(seqs(catchUp.skipGap())).toEqual([13, 14]);
    expect(catchUp.gap).toEqual({ afterSeq: 14, beforeSeq: 16 });
    expect(seqs(catchUp.skipGap())).toEqual([16]);
    expect(catchUp.gap).toBeNull();
    expect(catchUp.skipGap()).toEqual([]);
    expect(catchUp.lastSeq).toBe(16);
  });
});
