import { describe, expect, it } from 'vitest';
import { configurationFileName } from './configuration-file';

describe('the exported configuration file', () => {
  it.each([
    ['HX', 'onestop-HX-configuration-2026-12-07.json'],
    ['QS-DJ', 'onestop-QS-DJ-configuration-2026-12-07.json'],
    ['a/b c', 'onestop-a_b_c-configuration-2026-12-07.json'],
  ])('is named after the hall %s and the day', (code, name) => {
    expect(configurationFileName(code, '2026-12-07')).toBe(name);
  });
});
