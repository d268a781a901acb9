import { describe, expect, it } from 'vitest';
import { compareLabels } from './labels.js';

describe('compareLabels', () => {
  it.each([
    [
      ['10', '2', '1'],
      ['1', '2', '10'],
    ],
    [
      ['A10', 'A2', 'B1'],
      ['A2', 'A10', 'B1'],
    ],
    [
      ['综合2', '综合10'],
      ['综合2', '综合10'],
    ],
  ])('orders %j as %j', (labels, expected) => {
    expect([...labels].sort(compareLabels)).toEqual(expected);
  });
});
