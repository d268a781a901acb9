import { describe, expect, it } from 'vitest';
import { defaultResetAfterSeconds, kioskOptionsFrom } from './kiosk-options';

describe('kioskOptionsFrom', () => {
  it.each([
    ['', { resetAfterSeconds: defaultResetAfterSeconds, print: true }],
    ['resetAfter=45', { resetAfterSeconds: 45, print: true }],
    ['resetAfter=0', { resetAfterSeconds: defaultResetAfterSeconds, print: true }],
    ['resetAfter=soon', { resetAfterSeconds: defaultResetAfterSeconds, print: true }],
    ['resetAfter=100000', { resetAfterSeconds: defaultResetAfterSeconds, print: true }],
    ['resetAfter=2.5&print=0', { resetAfterSeconds: 2.5, print: false }],
    ['print=off', { resetAfterSeconds: defaultResetAfterSeconds, print: false }],
    ['print=1', { resetAfterSeconds: defaultResetAfterSeconds, print: true }],
  ])('?%s', (query, expected) => {
    expect(kioskOptionsFrom(new URLSearchParams(query))).toEqual(expected);
  });
});
