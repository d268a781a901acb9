import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStatsFixture,
  statsNow,
  statsWindow,
  type StatsFixture,
} from '../../../test/support/stats-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
let fixture: StatsFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createStatsFixture(testApp);
  testApp.clock.set(statsNow.getTime());
});
afterAll(async () => {
  await testApp?.close();
});

interface RowResult {
  key: string;
  label: string;
  issued: number;
  [figure: string]: string | number | null;
}

const figureFields =
  'issued served noShows cancelled expired avgWaitSeconds p50WaitSeconds p90WaitSeconds maxWaitSeconds ' +
  'avgServiceSeconds p50ServiceSeconds p90ServiceSeconds slaRate noShowRate abandonRate estimateMaeSeconds ' +
  'estimateUnderRate ratings satisfactionRate utilisation';

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    hallId: fixture.halls.central.id,
    from: statsWindow.from.toISOString(),
    to: statsWindow.to.toISOString(),
    groupBy: 'HALL',
    ...overrides,
  };
}

async function waitStats(
  overrides: Record<string, unknown>,
  token: string | null,
): Promise<GraphQLResponse<{ waitStats: RowResult[] }>> {
  return await testApp.graphql<{ waitStats: RowResult[] }>(
    `query($input: StatsInput!) { waitStats(input: $input) { key label ${figureFields} } }`,
    { input: input(overrides) },
    { token },
  );
}

function errorOf(result: GraphQLResponse<unknown>): { code?: string; field?: string } {
  const extensions = result.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, ...(extensions.field ? { field: extensions.field } : {}) };
}

describe('waitStats rights', () => {
  it('managers and admins read their halls, and a manager reaches the child halls', async () => {
    for (const token of [fixture.tokens.manager, fixture.tokens.admin]) {
      const result = await waitStats({ includeChildHalls: true }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.waitStats.map((row) => row.label)).toEqual(['Central hall', 'East branch']);
    }
    const east = await waitStats({ hallId: fixture.halls.east.id }, fixture.tokens.manager);
    expect(east.data!.waitStats.map((row) => row.issued)).toEqual([2]);
  });

  it('a clerk reads only their own figures, and only in the halls they reach', async () => {
    const own = await waitStats(
      { staffIds: [fixture.staff.Y.id], includeChildHalls: true },
      fixture.tokens.clerkY,
    );
    expect(own.errors).toBeUndefined();
    // Y is not staff of the East branch, so asking for child halls adds none.
    expect(own.data!.waitStats.map((row) => [row.label, row.issued, row.served])).toEqual([
      ['Central hall', 3, 2],
    ]);
    for (const staffIds of [null, [], [fixture.staff.X.id], [fixture.staff.Y.id, fixture.staff.X.id]]) {
      expect(errorOf(await waitStats({ staffIds }, fixture.tokens.clerkY))).toEqual({ code: 'FORBIDDEN' });
    }
  });

  it('refuses other halls, devices and anonymous callers', async () => {
    expect(errorOf(await waitStats({}, fixture.tokens.otherManager))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await waitStats({}, fixture.tokens.kiosk))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await waitStats({}, null))).toEqual({ code: 'UNAUTHENTICATED' });
    // Rights come before existence: a refused caller does not learn whether an id exists.
    expect(errorOf(await waitStats({ hallId: randomUUID() }, fixture.tokens.otherManager))).toEqual({
      code: 'FORBIDDEN',
    });
  });
});

describe('waitStats input', () => {
  const day = 86_400_000;
  it.each([
    ['to equal to from', { to: statsWindow.from.toISOString() }, 'to'],
    ['to before from', { to: new Date(statsWindow.from.getTime() - 1).toISOString() }, 'to'],
    ['401 days', { to: new Date(statsWindow.from.getTime() + 401 * day).toISOString() }, 'to'],
    ['a hall id that is no id', { hallId: 'hall-1' }, 'hallId'],
    ['a hall that does not exist', { hallId: randomUUID() }, 'hallId'],
    ['a service id that is no id', { serviceIds: ['A'] }, 'serviceIds'],
    ['a service of another hall', { serviceIds: ['other'] }, 'serviceIds'],
    ['a service of a child hall without child halls', { serviceIds: ['C'] }, 'serviceIds'],
    ['an unknown counter', { counterIds: [randomUUID()] }, 'counterIds'],
    ['a counter of a child hall without child halls', { counterIds: ['k1'] }, 'counterIds'],
    ['an unknown clerk', { staffIds: [randomUUID()] }, 'staffIds'],
  ])('refuses %s naming the field', async (_case, overrides, field) => {
    const resolved: Record<string, unknown> = { ...overrides };
    // Ids of the fixture are only known once it exists.
    if ((overrides as { serviceIds?: string[] }).serviceIds?.[0] === 'C')
      resolved.serviceIds = [fixture.services.C.id];
    if ((overrides as { serviceIds?: string[] }).serviceIds?.[0] === 'other') {
      const otherService = await testApp.graphql<{ createService: { id: string } }>(
        `mutation($hallId: ID!) { createService(hallId: $hallId, input: { code: "x", name: "x", prefix: "X" }) { id } }`,
        { hallId: fixture.halls.other.id },
        { token: fixture.tokens.admin },
      );
      resolved.serviceIds = [otherService.data!.createService.id];
    }
    if ((overrides as { counterIds?: string[] }).counterIds?.[0] === 'k1')
      resolved.counterIds = [fixture.counters.k1.id];
    expect(errorOf(await waitStats(resolved, fixture.tokens.admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('accepts 400 days, and the child hall ids once child halls are included', async () => {
    const longest = await waitStats(
      { to: new Date(statsWindow.from.getTime() + 400 * day).toISOString() },
      fixture.tokens.manager,
    );
    expect(longest.errors).toBeUndefined();
    const withChild = await waitStats(
      { includeChildHalls: true, groupBy: 'SERVICE', serviceIds: [fixture.services.C.id] },
      fixture.tokens.manager,
    );
    expect(withChild.data!.waitStats.map((row) => [row.label, row.issued])).toEqual([
      ['East branch · Tax', 2],
    ]);
  });
});

/** RFC 4180: fields split on commas outside quotes, doubled quotes inside them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += character;
  }
  return rows;
}

describe('waitStatsCsv', () => {
  async function csv(
    groupBy: string,
    locale: 'en' | 'zh-CN',
    token = fixture.tokens.manager,
  ): Promise<string> {
    const result = await testApp.graphql<{ waitStatsCsv: string }>(
      'query($input: StatsInput!) { waitStatsCsv(input: $input) }',
      { input: input({ groupBy }) },
      { token, locale },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.waitStatsCsv;
  }

  it('is UTF-8 with a BOM, CRLF lines, a header in the request language, and the rows of waitStats', async () => {
    const text = await csv('STAFF', 'en');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Staff,Key,Issued,Served,No-shows,Cancelled,Expired,Average wait (s),Median wait (s),P90 wait (s),' +
        'Longest wait (s),Average service (s),Median service (s),P90 service (s),Within target wait,' +
        'No-show rate,Abandon rate,"Wait estimate, mean absolute error (s)",Waited past the P90 estimate,' +
        'Ratings,Satisfaction,Utilisation,Appointments booked,Appointments missed',
    );
    // The clerk's name holds a comma and quotes: quoted, quotes doubled.
    expect(text).toContain(`\r\n"Wang, ""Xiao""",${fixture.staff.X.id},8,5,1,0,0,427.5,300,`);

    const [header, ...lines] = parseCsv(text.slice(1));
    const rows = (await waitStats({ groupBy: 'STAFF' }, fixture.tokens.manager)).data!.waitStats;
    expect(lines).toHaveLength(rows.length);
    const fields = figureFields.split(' ');
    rows.forEach((row, index) => {
      const line = lines[index]!;
      expect(line).toHaveLength(header!.length);
      expect(line.slice(0, 2)).toEqual([row.label, row.key]);
      fields.forEach((field, column) => {
        const value = row[field];
        expect(line[column + 2], field).toBe(value === null ? '' : String(value));
      });
    });
  });

  it('speaks Chinese by default', async () => {
    const text = await csv('COUNTER', 'zh-CN');
    const [header, ...lines] = parseCsv(text.slice(1));
    expect(header!.slice(0, 4)).toEqual(['窗口', '标识', '取号数', '办结数']);
    expect(lines.map((line) => line[0])).toEqual(['1 号窗口', '2 号窗口', '未叫号（无窗口、无人员）']);
  });

  it('follows the same rights as waitStats', async () => {
    const result = await testApp.graphql(
      'query($input: StatsInput!) { waitStatsCsv(input: $input) }',
      { input: input() },
      { token: fixture.tokens.clerkX },
    );
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN' });
  });
});
