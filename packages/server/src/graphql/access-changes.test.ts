import { describe, expect, it } from 'vitest';
import { mutationsLeavingAccessAlone } from './access-changes.js';
import { buildApiSchema } from './schema.js';

describe('the mutations that leave access alone', () => {
  it('are mutations of the schema (a misspelt name would make its mutation forget the cache)', async () => {
    const mutations = Object.keys((await buildApiSchema()).getMutationType()!.getFields());
    expect([...mutationsLeavingAccessAlone].filter((name) => !mutations.includes(name))).toEqual([]);
  });

  it('leave out every mutation that changes sessions, staff, halls or devices', () => {
    for (const name of [
      'login',
      'logout',
      'createStaff',
      'updateStaff',
      'resetPassword',
      'createHall',
      'updateHall',
      'createDeviceToken',
      'revokeDevice',
      'importConfiguration',
    ]) {
      expect(mutationsLeavingAccessAlone.has(name)).toBe(false);
    }
  });
});
