import { describe, expect, it } from 'vitest';
import { byRank, counterServicesInput, rankChoicesOf } from './counter-services';

describe('counter services', () => {
  it('start from what the counter serves', () => {
    expect(rankChoicesOf(['a', 'b', 'c'], [{ rank: 2, service: { id: 'c' } }])).toEqual([
      { serviceId: 'a', serves: false, rank: '' },
      { serviceId: 'b', serves: false, rank: '' },
      { serviceId: 'c', serves: true, rank: '2' },
    ]);
  });

  it('send the ticked ones in rank order, giving a blank rank the next free one', () => {
    expect(
      counterServicesInput([
        { serviceId: 'a', serves: true, rank: '' },
        { serviceId: 'b', serves: false, rank: '1' },
        { serviceId: 'c', serves: true, rank: '2' },
        { serviceId: 'd', serves: true, rank: '1' },
      ]),
    ).toEqual([
      { serviceId: 'd', rank: 1 },
      { serviceId: 'c', rank: 2 },
      { serviceId: 'a', rank: 3 },
    ]);
    expect(counterServicesInput([{ serviceId: 'a', serves: true, rank: '' }])).toEqual([
      { serviceId: 'a', rank: 1 },
    ]);
  });

  it('refuse a rank that is not a whole number', () => {
    expect(counterServicesInput([{ serviceId: 'a', serves: true, rank: 'first' }])).toBeNull();
  });

  it('read primary first', () => {
    expect(byRank([{ rank: 3 }, { rank: 1 }]).map((entry) => entry.rank)).toEqual([1, 3]);
  });
});
