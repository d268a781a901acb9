import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectBadUserInput,
  startAdministrationApp,
  tooLong,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';

/**
 * The district tree: createHall validates every field, a move that would close a cycle is refused
 * (also when two moves race), and a deactivated hall keeps its data while its devices are refused.
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

const createHall = `mutation($input: CreateHallInput!) { createHall(input: $input) { id code active parent { code } } }`;
const updateHall = `mutation($hallId: ID!, $input: HallSettingsInput!) { updateHall(hallId: $hallId, input: $input) { id parent { code } active } }`;

async function newHall(code: string, parentId: string | null = null): Promise<string> {
  const result = await testApp.graphql<{ createHall: { id: string } }>(
    createHall,
    { input: { code, name: `Hall ${code}`, timezone: 'Asia/Shanghai', parentId } },
    { token: adminToken },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createHall.id;
}

describe('createHall refuses bad input', () => {
  const valid = { code: 'OK1', name: 'Hall', timezone: 'Asia/Shanghai' };
  it.each([
    ['a code with spaces', 'code', { code: 'A B' }],
    ['a code taken', 'code', { code: 'MAIN' }],
    ['an empty name', 'name', { name: ' ' }],
    ['a name over 100 characters', 'name', { name: tooLong(101) }],
    ['an unknown zone', 'timezone', { timezone: 'Asia/Atlantis' }],
    ['an unknown parent', 'parentId', { parentId: '00000000-0000-4000-8000-000000000000' }],
    ['targetWaitMinutes 0', 'targetWaitMinutes', { targetWaitMinutes: 0 }],
    ['maxRecalls 21', 'maxRecalls', { maxRecalls: 21 }],
  ])('%s → BAD_USER_INPUT on %s, nothing written', async (_label, field, override) => {
    await expectBadUserInput(testApp, adminToken, createHall, { input: { ...valid, ...override } }, field);
  });
});

describe('moving halls', () => {
  it('refuses the hall itself or a hall below it as the new parent', async () => {
    const top = await newHall('T1');
    const middle = await newHall('T1-M', top);
    const bottom = await newHall('T1-B', middle);
    for (const parentId of [top, middle, bottom]) {
      await expectBadUserInput(
        testApp,
        adminToken,
        updateHall,
        { hallId: top, input: { parentId } },
        'parentId',
      );
    }
    const moved = await testApp.graphql(
      updateHall,
      { hallId: bottom, input: { parentId: top } },
      { token: adminToken },
    );
    expect(moved.data?.updateHall).toMatchObject({ parent: { code: 'T1' } });
    const topAgain = await testApp.graphql(
      updateHall,
      { hallId: middle, input: { parentId: null } },
      { token: adminToken },
    );
    expect(topAgain.data?.updateHall).toMatchObject({ parent: null });
  });

  it('two moves racing to make a cycle: exactly one wins, and the tree has no cycle', async () => {
    for (let round = 0; round < 5; round += 1) {
      const left = await newHall(`RACE${round}L`);
      const right = await newHall(`RACE${round}R`);
      const results = await Promise.all([
        testApp.graphql(updateHall, { hallId: left, input: { parentId: right } }, { token: adminToken }),
        testApp.graphql(updateHall, { hallId: right, input: { parentId: left } }, { token: adminToken }),
      ]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.find((result) => result.errors)?.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parentId',
      });
      const [row] = await testApp.app.orm.em
        .fork()
        .execute<{ cycles: number }[]>(
          `SELECT count(*)::int AS cycles FROM hall a JOIN hall b ON a.parent_id = b.id AND b.parent_id = a.id`,
        );
      expect(row?.cycles).toBe(0);
    }
  });
});

describe('a deactivated hall', () => {
  it('keeps its data, refuses its devices and issues no ticket; reactivated it works again', async () => {
    const device = await testApp.graphql<{ createDeviceToken: { token: string } }>(
      'mutation($hallId: ID!) { createDeviceToken(hallId: $hallId, role: KIOSK, name: "Kiosk") { token } }',
      { hallId: fixture.hallId },
      { token: adminToken },
    );
    const kioskToken = device.data!.createDeviceToken.token;
    const issue = `mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }`;
    const input = { hallId: fixture.hallId, serviceId: fixture.passportServiceId };
    expect((await testApp.graphql(issue, { input }, { token: kioskToken })).errors).toBeUndefined();

    const off = await testApp.graphql(
      updateHall,
      { hallId: fixture.hallId, input: { active: false } },
      { token: adminToken },
    );
    expect(off.data?.updateHall).toMatchObject({ active: false });
    const refused = await testApp.graphql(issue, { input }, { token: kioskToken });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const board = await testApp.graphql(
      `query($hallId: ID!) { board(hallId: $hallId) { hallId } }`,
      { hallId: fixture.hallId },
      { token: kioskToken },
    );
    expect(board.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byStaff = await testApp.graphql(issue, { input }, { token: adminToken });
    expect(byStaff.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_CLOSED' });
    const kept = await testApp.graphql<{ hall: { services: unknown[]; openNow: boolean } }>(
      `query($id: ID!) { hall(id: $id) { services { id } openNow } }`,
      { id: fixture.hallId },
      { token: adminToken },
    );
    expect(kept.data?.hall).toMatchObject({ openNow: false });
    expect(kept.data?.hall.services.length).toBe(2);

    await testApp.graphql(
      updateHall,
      { hallId: fixture.hallId, input: { active: true } },
      { token: adminToken },
    );
    expect((await testApp.graphql(issue, { input }, { token: kioskToken })).errors).toBeUndefined();
  });
});
