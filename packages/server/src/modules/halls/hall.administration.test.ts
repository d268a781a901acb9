import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectBadUserInput,
  expectNotFound,
  insertHall,
  startAdministrationApp,
  tooLong,
  unknownIds,
  type AdministrationFixture,
  type CaseRow,
  type RefusalCase,
  type Variables,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { Hall } from './hall.entity.js';

/**
 * updateHall refuses bad input with BAD_USER_INPUT naming the field and writes nothing; an unknown
 * id gives NOT_FOUND; and its success path stores what it returns.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;
beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
});
afterAll(async () => {
  await testApp?.close();
});

const hallFields = 'id name nameEn timezone targetWaitMinutes maxRecalls';
const updateHallMutation = `mutation UpdateHall($hallId: ID!, $input: HallSettingsInput!) {
  updateHall(hallId: $hallId, input: $input) { ${hallFields} } }`;

const updateHallCases: RefusalCase[] = (
  [
    ['empty name', 'name', { name: '' }],
    ['whitespace-only name', 'name', { name: '   ' }],
    ['name over 100 characters', 'name', { name: tooLong(101) }],
    ['nameEn over 100 characters', 'nameEn', { nameEn: tooLong(101) }],
    ['unknown zone Mars/Olympus', 'timezone', { timezone: 'Mars/Olympus' }],
    ['offset UTC+8 instead of a zone', 'timezone', { timezone: 'UTC+8' }],
    ['empty timezone', 'timezone', { timezone: '' }],
    ['targetWaitMinutes 0', 'targetWaitMinutes', { targetWaitMinutes: 0 }],
    ['targetWaitMinutes -1', 'targetWaitMinutes', { targetWaitMinutes: -1 }],
    ['maxRecalls -1', 'maxRecalls', { maxRecalls: -1 }],
    ['a valid name beside maxRecalls -1', 'maxRecalls', { name: 'Renamed', maxRecalls: -1 }],
  ] satisfies CaseRow<Variables>[]
).map(([label, field, input]) => ({
  label,
  field,
  query: updateHallMutation,
  variables: (current) => ({ hallId: current.hallId, input }),
}));

describe('updateHall refuses bad input', () => {
  it.each(updateHallCases)('$label → BAD_USER_INPUT on $field, nothing written', async (refusal) => {
    await expectBadUserInput(testApp, adminToken, refusal.query, refusal.variables(fixture), refusal.field);
  });
});

describe('refusal messages', () => {
  it.each([
    ['en', /^Field timezone is not a valid IANA time zone$/],
    ['zh-CN', /^字段 timezone 不是有效的 IANA 时区$/],
  ] as const)('for a time zone are in %s', async (locale, message) => {
    const result = await testApp.graphql(
      updateHallMutation,
      { hallId: fixture.hallId, input: { timezone: 'Mars/Olympus' } },
      { token: adminToken, locale },
    );
    expect(result.errors?.[0]?.message).toMatch(message);
  });
});

describe('updateHall with an unknown id', () => {
  it.each(unknownIds)('%s → NOT_FOUND, nothing written', async (_label, id) => {
    await expectNotFound(testApp, adminToken, updateHallMutation, { hallId: id, input: { name: 'Renamed' } });
  });
});

interface HallData {
  id: string;
  name: string;
  nameEn: string | null;
  timezone: string;
  targetWaitMinutes: number;
  maxRecalls: number;
}

describe('updateHall succeeds', () => {
  it('stores every given setting, trimmed, and returns it', async () => {
    const hallId = await insertHall(testApp, 'UPD1');
    const result = await testApp.graphql<{ updateHall: HallData }>(
      updateHallMutation,
      {
        hallId,
        input: {
          name: '  Renamed hall  ',
          nameEn: 'Renamed',
          timezone: 'Europe/Berlin',
          targetWaitMinutes: 1440,
          maxRecalls: 0,
        },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const expected = {
      id: hallId,
      name: 'Renamed hall',
      nameEn: 'Renamed',
      timezone: 'Europe/Berlin',
      targetWaitMinutes: 1440,
      maxRecalls: 0,
    };
    expect(result.data?.updateHall).toEqual(expected);
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Hall, hallId);
    expect(stored).toMatchObject({ ...expected });
  });

  it('changes only the fields given; nameEn null clears it; 100 characters are accepted', async () => {
    const hallId = await insertHall(testApp, 'UPD2', 25);
    const before = await testApp.app.orm.em.fork().findOneOrFail(Hall, hallId);
    const first = await testApp.graphql<{ updateHall: HallData }>(
      updateHallMutation,
      { hallId, input: { maxRecalls: 20, nameEn: 'English name', name: '大'.repeat(100) } },
      { token: adminToken },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateHall).toEqual({
      id: hallId,
      name: '大'.repeat(100),
      nameEn: 'English name',
      timezone: before.timezone,
      targetWaitMinutes: 25,
      maxRecalls: 20,
    });
    const second = await testApp.graphql<{ updateHall: HallData }>(
      updateHallMutation,
      { hallId, input: { nameEn: null } },
      { token: adminToken },
    );
    expect(second.errors).toBeUndefined();
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Hall, hallId);
    expect(stored).toMatchObject({
      name: '大'.repeat(100),
      nameEn: null,
      timezone: 'Asia/Shanghai',
      targetWaitMinutes: 25,
      maxRecalls: 20,
    });
  });
});
