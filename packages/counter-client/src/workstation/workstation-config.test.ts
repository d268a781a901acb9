import { describe, expect, it } from 'vitest';
import {
  defaultKeys,
  defaultWorkstationConfig,
  operationForKey,
  parseWorkstationConfig,
} from './workstation-config';

describe('parseWorkstationConfig', () => {
  it.each([null, '', 'not json', '42', 'null', '[]'])(
    'falls back to the built-in set-up for %j',
    (stored) => {
      expect(parseWorkstationConfig(stored)).toEqual(defaultWorkstationConfig);
    },
  );

  it('takes a hall’s own outcomes and pause reasons, as strings or value/label pairs', () => {
    const config = parseWorkstationConfig(
      JSON.stringify({
        outcomes: ['办结', { value: 'referred-tax', label: '转税务' }, { label: 'no value' }, '  '],
        pauseReasons: [{ value: '培训' }],
      }),
    );
    expect(config.outcomes).toEqual([
      { value: '办结', label: '办结' },
      { value: 'referred-tax', label: '转税务' },
    ]);
    expect(config.pauseReasons).toEqual([{ value: '培训', label: '培训' }]);
    expect(config.keys).toEqual(defaultKeys);
  });

  it('keeps the built-in list when a configured one is empty or has nothing usable', () => {
    const config = parseWorkstationConfig(JSON.stringify({ outcomes: [], pauseReasons: [{}] }));
    expect(config.outcomes).toBe(defaultWorkstationConfig.outcomes);
    expect(config.pauseReasons).toBe(defaultWorkstationConfig.pauseReasons);
  });

  it('rebinds keys one by one', () => {
    const config = parseWorkstationConfig(JSON.stringify({ keys: { callNext: 'F12', recall: 7 } }));
    expect(config.keys).toEqual({ ...defaultKeys, callNext: 'F12' });
  });

  it('refuses bindings that put two operations on one key', () => {
    const config = parseWorkstationConfig(JSON.stringify({ keys: { callNext: 'F2' } }));
    expect(config.keys).toEqual(defaultKeys);
  });
});

describe('operationForKey', () => {
  it.each([
    ['F1', 'callNext'],
    ['F2', 'recall'],
    ['F3', 'start'],
    ['F4', 'complete'],
    ['F8', 'noShow'],
    ['f9', 'pauseOrResume'],
    ['F5', null],
    ['Enter', null],
  ])('%s → %s', (key, operation) => {
    expect(operationForKey(defaultKeys, key)).toBe(operation);
  });
});
