import { describe, expect, it } from 'vitest';
import { hallFromSearch, tabFromSearch, withParameter } from './console-tabs';

const tabs = ['live', 'stats', 'ratings'] as const;
const halls = [{ id: 'district' }, { id: 'street' }];

describe('tabFromSearch', () => {
  it.each([
    ['tab=stats', 'stats'],
    ['tab=ratings&hall=x', 'ratings'],
    ['', 'live'],
    ['tab=admin', 'live'],
  ])('%s → %s', (search, expected) => {
    expect(tabFromSearch(new URLSearchParams(search), tabs)).toBe(expected);
  });
});

describe('hallFromSearch', () => {
  it('takes the named hall when it is visible', () => {
    expect(hallFromSearch(new URLSearchParams('hall=street'), halls, ['district'])?.id).toBe('street');
  });
  it('falls back to the own hall, then the first visible', () => {
    expect(hallFromSearch(new URLSearchParams('hall=elsewhere'), halls, ['street'])?.id).toBe('street');
    expect(hallFromSearch(new URLSearchParams(''), halls, [])?.id).toBe('district');
    expect(hallFromSearch(new URLSearchParams(''), [], ['street'])).toBeNull();
  });
});

describe('withParameter', () => {
  it('changes one parameter and keeps the others', () => {
    expect(withParameter(new URLSearchParams('hall=a&tab=live'), 'tab', 'stats').toString()).toBe(
      'hall=a&tab=stats',
    );
  });
});
