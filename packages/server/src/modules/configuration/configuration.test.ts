import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBadUserInput } from '../../../test/support/administration-fixture.js';
import { configurationFileOf, emptyHallConfiguration } from '../../../test/support/configuration-file.js';
import { databaseSnapshot } from '../../../test/support/database-snapshot.js';
import { startTestApp, testAdminPassword, type TestApp } from '../../../test/support/test-app.js';
import type { DemoCredentials } from '../../demo/seed.js';

/**
 * exportConfiguration → importConfiguration moves a district's set-up between installations: into
 * an empty database it gives the same configuration, and importing it again changes nothing.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'onestop-configuration-'));
let source: TestApp;
let target: TestApp;
let sourceToken: string;
let targetToken: string;
let districtId: string;

const exportQuery = 'query($hallId: ID!) { exportConfiguration(hallId: $hallId) }';
const importMutation = `mutation($parentId: ID, $configuration: String!) {
  importConfiguration(parentId: $parentId, configuration: $configuration) { id code parent { code } } }`;

beforeAll(async () => {
  source = await startTestApp({ demo: 'on', dataDir, adminPassword: testAdminPassword });
  target = await startTestApp();
  sourceToken = await source.login('admin', testAdminPassword);
  targetToken = await target.login('admin', testAdminPassword);
  const credentials = JSON.parse(
    readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
  districtId = credentials.halls.find((hall) => hall.code === 'QS')!.id;
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function exportFrom(app: TestApp, token: string, hallId: string): Promise<string> {
  const result = await app.graphql<{ exportConfiguration: string }>(exportQuery, { hallId }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.exportConfiguration;
}

describe('export and import', () => {
  it('exports the district: halls below it, services, counters, hours, calendar, staff without secrets', async () => {
    const text = await exportFrom(source, sourceToken, districtId);
    const configuration = JSON.parse(text) as {
      halls: {
        code: string;
        parentCode: string | null;
        services: unknown[];
        counters: unknown[];
        calendarExceptions: unknown[];
      }[];
      staff: Record<string, unknown>[];
    };
    expect(configuration.halls.map((hall) => [hall.code, hall.parentCode])).toEqual([
      ['QS', null],
      ['QS-HP', 'QS'],
    ]);
    expect(configuration.halls.map((hall) => [hall.services.length, hall.counters.length])).toEqual([
      [6, 8],
      [6, 8],
    ]);
    expect(configuration.halls[1]!.calendarExceptions.length).toBeGreaterThan(20);
    expect(configuration.staff.map((staff) => staff.username)).toEqual(['clerk1', 'clerk2', 'manager']);
    expect(text).not.toMatch(/password|hash|token/i);
  });

  it('imported into an empty database gives the same configuration; a second import changes nothing', async () => {
    // Languages and a Mongolian name travel too.
    const named = await source.graphql(
      'mutation($id: ID!, $input: HallSettingsInput!) { updateHall(hallId: $id, input: $input) { id } }',
      {
        id: districtId,
        input: {
          languages: ['mn-Mong', 'zh-CN', 'en'],
          names: [
            { lang: 'zh-CN', text: '青山区政务服务中心' },
            { lang: 'mn-Mong', text: 'ᠴᠢᠩ ᠱᠠᠨ' },
          ],
        },
      },
      { token: sourceToken },
    );
    expect(named.errors).toBeUndefined();
    const text = await exportFrom(source, sourceToken, districtId);
    expect(JSON.parse(text).halls[0]).toMatchObject({ languages: ['mn-Mong', 'zh-CN', 'en'], nameEn: null });
    // The demo's business registration takes appointments; its settings travel whole.
    expect(
      (
        JSON.parse(text) as { halls: { services: { code: string; appointmentSettings: unknown }[] }[] }
      ).halls[0]!.services.find((service) => service.code === 'business')?.appointmentSettings,
    ).toMatchObject({ enabled: true, slotMinutes: 30 });
    const imported = await target.graphql<{ importConfiguration: { code: string; parent: unknown }[] }>(
      importMutation,
      { configuration: text },
      { token: targetToken },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importConfiguration.map((hall) => hall.code)).toEqual(['QS', 'QS-HP']);
    const targetDistrictId = (imported.data!.importConfiguration[0] as unknown as { id: string }).id;
    expect(await exportFrom(target, targetToken, targetDistrictId)).toBe(text);

    const before = await databaseSnapshot(target);
    const again = await target.graphql(importMutation, { configuration: text }, { token: targetToken });
    expect(again.errors).toBeUndefined();
    expect(await databaseSnapshot(target)).toEqual(before);
  });

  it('an imported clerk exists but cannot log in until a password is set', async () => {
    const result = await target.graphql(
      'mutation { login(username: "clerk1", password: "demo-password-1") { token } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a changed file updates what it names and puts the district below a parent', async () => {
    const text = await exportFrom(source, sourceToken, districtId);
    const changed = JSON.parse(text) as {
      halls: { code: string; name: string; services: { code: string; name: string }[] }[];
    };
    changed.halls[1]!.services.find((service) => service.code === 'social-security')!.name = '社会保障（新）';
    const parent = await target.graphql<{ createHall: { id: string } }>(
      'mutation { createHall(input: { code: "BT", name: "包头市", timezone: "Asia/Shanghai" }) { id } }',
      {},
      { token: targetToken },
    );
    const result = await target.graphql<{
      importConfiguration: { code: string; parent: { code: string } | null }[];
    }>(
      importMutation,
      { parentId: parent.data!.createHall.id, configuration: JSON.stringify(changed) },
      { token: targetToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importConfiguration.map((hall) => [hall.code, hall.parent?.code])).toEqual([
      ['QS', 'BT'],
      ['QS-HP', 'QS'],
    ]);
    const [row] = await target.app.orm.em
      .fork()
      .execute<{ name: string }[]>(
        `SELECT s.name FROM service s JOIN hall h ON h.id = s.hall_id WHERE h.code = 'QS-HP' AND s.code = 'social-security'`,
      );
    expect(row?.name).toBe('社会保障（新）');
  });
});

describe('importConfiguration refuses a bad file, naming the field, writing nothing', () => {
  const base = () =>
    JSON.parse(
      configurationFileOf({
        ...emptyHallConfiguration('NEWHALL', 'New hall'),
        services: [
          {
            code: 'permits',
            name: 'Permits',
            nameEn: null,
            names: [{ lang: 'zh-CN', text: 'Permits' }],
            prefix: 'P',
            targetWaitMinutes: 20,
            dailyQuota: null,
            active: true,
            queueAlertThreshold: 30,
            lastIssueMinutesBeforeClose: 0,
            weeklyHours: [],
            appointmentSettings: null,
            remoteJoinSettings: { enabled: true, maxWaiting: 9, checkInAhead: 4, holdMinutes: 6 },
          },
        ],
        counters: [{ label: '1', services: [{ serviceCode: 'permits', rank: 1 }] }],
      }),
    ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it.each([
    ['text that is no JSON', 'configuration', () => '{not json'],
    ['another format', 'configuration', () => JSON.stringify({ ...base(), format: 'other' })],
    [
      'a bad prefix',
      'configuration.halls[0].services[0].prefix',
      () => {
        const file = base();
        file.halls[0].services[0].prefix = 'p1';
        return JSON.stringify(file);
      },
    ],
    [
      'an unknown zone',
      'configuration.halls[0].timezone',
      () => {
        const file = base();
        file.halls[0].timezone = 'Mars/Olympus';
        return JSON.stringify(file);
      },
    ],
    [
      'weekday 8',
      'configuration.halls[0].weeklyHours[0].weekday',
      () => {
        const file = base();
        file.halls[0].weeklyHours = [{ weekday: 8, periods: [] }];
        return JSON.stringify(file);
      },
    ],
    [
      'overlapping periods',
      'configuration.halls[0].weeklyHours[0].periods[1].opens',
      () => {
        const file = base();
        file.halls[0].weeklyHours = [
          {
            weekday: 1,
            periods: [
              { opens: '09:00', closes: '12:00' },
              { opens: '11:00', closes: '13:00' },
            ],
          },
        ];
        return JSON.stringify(file);
      },
    ],
    [
      'a bad date',
      'configuration.halls[0].calendarExceptions[0].date',
      () => {
        const file = base();
        file.halls[0].calendarExceptions = [{ date: '2026-02-30', periods: [], note: null }];
        return JSON.stringify(file);
      },
    ],
    [
      'a slot length out of range',
      'configuration.halls[0].services[0].appointmentSettings.slotMinutes',
      () => {
        const file = base();
        file.halls[0].services[0].appointmentSettings = {
          enabled: true,
          slotMinutes: 1,
          capacityPerSlot: 2,
          horizonDays: 7,
          leadMinutes: 60,
          earlyCheckInMinutes: 30,
          lateCheckInMinutes: 15,
        };
        return JSON.stringify(file);
      },
    ],
    [
      'a remote-join place count out of range',
      'configuration.halls[0].services[0].remoteJoinSettings.maxWaiting',
      () => {
        const file = base();
        file.halls[0].services[0].remoteJoinSettings.maxWaiting = 0;
        return JSON.stringify(file);
      },
    ],
    [
      'a counter of an unknown service',
      'configuration.halls[0].counters[0].services[0].serviceCode',
      () => {
        const file = base();
        file.halls[0].counters[0].services[0].serviceCode = 'nope';
        return JSON.stringify(file);
      },
    ],
    [
      'a hall below an unknown one',
      'configuration.halls[1].parentCode',
      () => {
        const file = base();
        file.halls.push({ ...file.halls[0], code: 'CHILD', parentCode: 'NOPE' });
        return JSON.stringify(file);
      },
    ],
    [
      'staff of an unknown hall',
      'configuration.staff[0].hallCodes[0]',
      () => {
        const file = base();
        file.staff = [
          { username: 'x.y', displayName: 'X', role: 'CLERK', active: true, hallCodes: ['NOPE'] },
        ];
        return JSON.stringify(file);
      },
    ],
  ])('%s → BAD_USER_INPUT on %s', async (_label, field, file) => {
    await expectBadUserInput(target, targetToken, importMutation, { configuration: file() }, field);
  });

  it('a whole file imports, its remote-join settings with it', async () => {
    const file = base();
    file.halls[0].code = 'REMOTEHALL';
    const imported = await target.graphql(
      importMutation,
      { configuration: JSON.stringify(file) },
      { token: targetToken },
    );
    expect(imported.errors).toBeUndefined();
    const [row] = await target.app.orm.em
      .fork()
      .execute<{ remote_join_settings: unknown }[]>(
        `SELECT s.remote_join_settings FROM service s JOIN hall h ON h.id = s.hall_id WHERE h.code = 'REMOTEHALL'`,
      );
    expect(row?.remote_join_settings).toEqual({
      enabled: true,
      maxWaiting: 9,
      checkInAhead: 4,
      holdMinutes: 6,
    });
    const exported = JSON.parse(
      await exportFrom(
        target,
        targetToken,
        (
          await target.app.orm.em
            .fork()
            .execute<{ id: string }[]>(`SELECT id FROM hall WHERE code = 'REMOTEHALL'`)
        )[0]!.id,
      ),
    ) as { halls: { services: { remoteJoinSettings: unknown }[] }[] };
    expect(exported.halls[0]!.services[0]!.remoteJoinSettings).toEqual({
      enabled: true,
      maxWaiting: 9,
      checkInAhead: 4,
      holdMinutes: 6,
    });
  });

  it('a district moved below its own child → BAD_USER_INPUT, nothing written', async () => {
    const text = await exportFrom(
      target,
      targetToken,
      (await target.app.orm.em.fork().execute<{ id: string }[]>(`SELECT id FROM hall WHERE code = 'QS'`))[0]!
        .id,
    );
    const child = (
      await target.app.orm.em.fork().execute<{ id: string }[]>(`SELECT id FROM hall WHERE code = 'QS-HP'`)
    )[0]!.id;
    await expectBadUserInput(
      target,
      targetToken,
      importMutation,
      { parentId: child, configuration: text },
      'configuration.halls[0].parentCode',
    );
  });
});
