import { describe, expect, it } from 'vitest';
import { localizedName } from './locale.js';

describe('localizedName', () => {
  it.each([
    [{ name: '社保', nameEn: 'Social Security' }, 'zh-CN', '社保'],
    [{ name: '社保', nameEn: 'Social Security' }, 'en', 'Social Security'],
    // No English name given: the Chinese one, never an empty cell.
    [{ name: '社保', nameEn: null }, 'en', '社保'],
    [{ name: '社保' }, 'en', '社保'],
    [{ name: '社保', nameEn: '' }, 'en', '社保'],
  ] as const)('%j in %s → %s', (named, locale, expected) => {
    expect(localizedName(named, locale)).toBe(expected);
  });
});
