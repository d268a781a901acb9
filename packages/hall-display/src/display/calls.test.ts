import { describe, expect, it } from 'vitest';
import { callsOfToday, type DisplayedCall, mergeCalls, pageOf } from './calls';
import { testCall, testMorning } from './test-calls';

const call = (seq: number, ticketNumber: string, counterLabel = '1', calledAt = testMorning) =>
  testCall(seq, ticketNumber, counterLabel, { calledAt });

const seqs = (calls: readonly DisplayedCall[]) => calls.map((item) => item.seq);

describe('mergeCalls', () => {
  it('puts the newest first and keeps each event once', () => {
    const merged = mergeCalls(
      [call(3, 'A003'), call(1, 'A001')],
      [call(1, 'A001'), call(4, 'A004'), call(2, 'A002')],
    );
    expect(seqs(merged)).toEqual([4, 3, 2, 1]);
  });

  it('shows a ticket once, at its latest call (a recall, or a call at another counter)', () => {
    const merged = mergeCalls([call(1, 'A001', '1'), call(2, 'A002', '2')], [call(5, 'A001', '3')]);
    expect(merged.map((item) => [item.ticketNumber, item.counterLabel])).toEqual([
      ['A001', '3'],
      ['A002', '2'],
    ]);
  });

  it('keeps an older board from undoing a newer live call', () => {
    const live = mergeCalls([], [call(7, 'A001', '4')]);
    expect(mergeCalls(live, [call(3, 'A001', '1')])[0]?.counterLabel).toBe('4');
  });

  it('keeps at most the given number', () => {
    const many = Array.from({ length: 20 }, (_, index) => call(index + 1, `A${index + 1}`));
    expect(seqs(mergeCalls([], many, 5))).toEqual([20, 19, 18, 17, 16]);
  });
});

describe('callsOfToday', () => {
  it("keeps only the calls of the hall's current day", () => {
    const yesterdayEvening = call(1, 'A001', '1', '2026-11-23T09:30:00.000Z'); // 17:30 in Shanghai
    const thisMorning = call(2, 'A002', '1', '2026-11-23T16:30:00.000Z'); // 00:30 on the 24th
    const now = Date.parse('2026-11-24T01:30:00.000Z');
    expect(seqs(callsOfToday([thisMorning, yesterdayEvening], now, 'Asia/Shanghai'))).toEqual([2]);
    expect(seqs(callsOfToday([thisMorning, yesterdayEvening], now, 'UTC'))).toEqual([]);
  });
});

describe('pageOf', () => {
  const items = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

  it.each([
    [0, ['A', 'B', 'C'], 1],
    [1, ['D', 'E', 'F'], 2],
    [2, ['G', 'H'], 3],
    [3, ['A', 'B', 'C'], 1],
  ])('turn %i shows %j, page %i of 3', (turn, shown, page) => {
    expect(pageOf(items, 3, turn)).toEqual({ items: shown, page, pages: 3 });
  });

  it('is one page when everything fits, or when there is nothing', () => {
    expect(pageOf(items, 8, 5)).toEqual({ items, page: 1, pages: 1 });
    expect(pageOf([], 6, 2)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
