import { describe, expect, it } from 'vitest';
import { badRatings, ratingDistribution, satisfactionRate } from './rating-figures';

const ratings = [
  { id: 'a', score: 5, createdAt: '2026-11-25T01:00:00Z' },
  { id: 'b', score: 1, createdAt: '2026-11-25T01:10:00Z', followedUpAt: '2026-11-25T02:00:00Z' },
  { id: 'c', score: 2, createdAt: '2026-11-25T01:05:00Z', followedUpAt: null },
  { id: 'd', score: 4, createdAt: '2026-11-25T01:20:00Z' },
  { id: 'e', score: 3, createdAt: '2026-11-25T01:30:00Z' },
  { id: 'f', score: 1, createdAt: '2026-11-25T01:40:00Z' },
];

describe('ratings', () => {
  it('count each score, five first', () => {
    expect(ratingDistribution(ratings)).toEqual([
      { score: 5, count: 1 },
      { score: 4, count: 1 },
      { score: 3, count: 1 },
      { score: 2, count: 1 },
      { score: 1, count: 2 },
    ]);
  });

  it('are satisfied when scored 4 or 5', () => {
    expect(satisfactionRate(ratings)).toBeCloseTo(2 / 6);
    expect(satisfactionRate([])).toBeNull();
  });

  it('list the bad ones to follow up first, newest first', () => {
    expect(badRatings(ratings).map((rating) => rating.id)).toEqual(['f', 'c', 'b']);
  });
});
