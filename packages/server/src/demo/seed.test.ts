import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import type { DemoCredentials } from './seed.js';

const dataDir = mkdtempSync(join(tmpdir(), 'onestop-seed-'));
const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function counts(testApp: TestApp): Promise<Record<string, number>> {
  const rows = await testApp.app.orm.em.fork().execute<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM hall) AS halls, (SELECT count(*)::int FROM service) AS services,
            (SELECT count(*)::int FROM counter) AS counters, (SELECT count(*)::int FROM counter_service) AS links,
            (SELECT count(*)::int FROM staff) AS staff, (SELECT count(*)::int FROM device) AS devices`,
  );
  return rows[0]!;
}

describe('the demo district', () => {
  let databaseUrl: string;
  let credentials: DemoCredentials;

  it('is seeded on an empty database and written to DATA_DIR/demo-credentials.json', async () => {
    databaseUrl = await createTestDatabase();
    const first = await startTestApp({ demo: 'auto', dataDir, adminPassword: null }, databaseUrl);
    apps.push(first);
    expect(await counts(first)).toEqual({
      halls: 2,
      services: 12,
      counters: 16,
      links: 40,
      staff: 4,
      devices: 4,
    });

    const file = join(dataDir, 'demo-credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    credentials = JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
    expect(credentials.halls.map((hall) => hall.name)).toEqual([
      '青山区政务服务中心',
      '青山区和平街道便民服务中心',
    ]);
    expect(credentials.staff.map((staff) => [staff.username, staff.role])).toEqual([
      ['admin', 'ADMIN'],
      ['manager', 'MANAGER'],
      ['clerk1', 'CLERK'],
      ['clerk2', 'CLERK'],
    ]);
    expect(credentials.devices.map((device) => device.role).sort()).toEqual([
      'DISPLAY',
      'DISPLAY',
      'KIOSK',
      'KIOSK',
    ]);

    // Every printed login and token works.
    for (const staff of credentials.staff) await first.login(staff.username, staff.password);
    for (const device of credentials.devices) {
      const result = await first.graphql<{ myDevice: { hallId: string; role: string } }>(
        '{ myDevice { hallId role } }',
        {},
        { token: device.token },
      );
      expect(result.data?.myDevice).toEqual({ hallId: device.hallId, role: device.role });
    }
    const token = await first.login('manager', credentials.staff[1]!.password);
    const halls = await first.graphql<{
      halls: {
        code: string;
        timezone: string;
        parent: { code: string } | null;
        services: { prefix: string; nameEn: string }[];
      }[];
    }>('{ halls { code timezone parent { code } services { prefix nameEn } } }', {}, { token });
    expect(halls.data?.halls.map((hall) => [hall.code, hall.timezone, hall.parent?.code ?? null])).toEqual([
      ['QS', 'Asia/Shanghai', null],
      ['QS-HP', 'Asia/Shanghai', 'QS'],
    ]);
    expect(halls.data?.halls[0]?.services.map((service) => service.prefix)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
    ]);
    await first.close();
    apps.pop();
  });

  it('keeps the district centre open around the clock and the sub-district hall on office hours and holidays', async () => {
    const app = await startTestApp({ demo: 'auto', dataDir, adminPassword: null }, databaseUrl);
    apps.push(app);
    const token = await app.login(
      'admin',
      credentials.staff.find((staff) => staff.username === 'admin')!.password,
    );
    const query = `query($id: ID!) { hall(id: $id) { code calendar(from: "2026-09-30", to: "2026-10-11") { date open note periods { opens closes } }
      services { lastIssueMinutesBeforeClose } } }`;
    const [centre, subDistrict] = await Promise.all(
      credentials.halls.map((hall) =>
        app.graphql<{
          hall: {
            calendar: { date: string; open: boolean; note: string | null; periods: unknown[] }[];
            services: { lastIssueMinutesBeforeClose: number }[];
          };
        }>(query, { id: hall.id }, { token }),
      ),
    );
    expect(centre!.data?.hall.calendar.every((day) => day.open && day.periods.length === 1)).toBe(true);
    expect(centre!.data?.hall.services.every((service) => service.lastIssueMinutesBeforeClose === 0)).toBe(
      true,
    );
    const days = subDistrict!.data!.hall.calendar;
    expect(days.map((day) => `${day.date.slice(5)} ${day.open ? 'open' : '-'}`)).toEqual([
      '09-30 open',
      '10-01 -',
      '10-02 -',
      '10-03 -',
      '10-04 -',
      '10-05 -',
      '10-06 -',
      '10-07 -',
      '10-08 open',
      '10-09 open',
      '10-10 open',
      '10-11 -',
    ]);
    expect(days.find((day) => day.date === '2026-10-10')).toMatchObject({
      note: '国庆节调休上班（班）',
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '13:30', closes: '17:30' },
      ],
    });
    expect(
      subDistrict!.data?.hall.services.every((service) => service.lastIssueMinutesBeforeClose === 30),
    ).toBe(true);
  });

  it('shows Mongolian, Chinese and English at the district centre, Chinese and English at the sub-district hall', async () => {
    const app = await startTestApp({ demo: 'auto', dataDir, adminPassword: null }, databaseUrl);
    apps.push(app);
    const query = `query($id: ID!) { hall(id: $id) { languages names { lang text } services { names { lang text } } } }`;
    const [centre, subDistrict] = await Promise.all(
      credentials.halls.map((hall) =>
        app.graphql<{
          hall: {
            languages: string[];
            names: { lang: string; text: string }[];
            services: { names: { lang: string; text: string }[] }[];
          };
        }>(
          query,
          { id: hall.id },
          { token: credentials.devices.find((device) => device.hallId === hall.id)!.token },
        ),
      ),
    );
    const languagesOf = (names: { lang: string }[]) => names.map((name) => name.lang);
    expect(centre!.data?.hall.languages).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(languagesOf(centre!.data!.hall.names)).toEqual(['zh-CN', 'en', 'mn-Mong']);
    expect(centre!.data!.hall.services.map((service) => languagesOf(service.names))).toEqual(
      Array(6).fill(['zh-CN', 'en', 'mn-Mong']),
    );
    // Every Mongolian name is written in the Mongolian script (U+1800–U+18AF), not left in Chinese.
    const mongolian = [centre!.data!.hall, ...centre!.data!.hall.services].map(
      (named) => named.names.find((name) => name.lang === 'mn-Mong')!.text,
    );
    expect(mongolian.every((text) => /^[\u1800-\u18af\u202f ]+$/.test(text))).toBe(true);
    expect(subDistrict!.data?.hall.languages).toEqual(['zh-CN', 'en']);
    expect(languagesOf(subDistrict!.data!.hall.names)).toEqual(['zh-CN', 'en']);
  });

  it('is idempotent: starting again, even with DEMO=on, adds nothing and keeps the passwords', async () => {
    const again = await startTestApp({ demo: 'on', dataDir, adminPassword: null }, databaseUrl);
    apps.push(again);
    expect(await counts(again)).toEqual({
      halls: 2,
      services: 12,
      counters: 16,
      links: 40,
      staff: 4,
      devices: 4,
    });
    expect(again.app.seed.seededDemo).toBe(false);
    expect(JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8'))).toEqual(credentials);
    await again.login('admin', credentials.staff[0]!.password);
  });

  it('uses DEMO_PASSWORD for every demo account when it is set', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'onestop-seed-password-'));
    const withPassword = await startTestApp({
      demo: 'auto',
      dataDir: otherDir,
      adminPassword: null,
      demoPassword: 'demo-password-9',
    });
    apps.push(withPassword);
    for (const username of ['admin', 'manager', 'clerk1', 'clerk2'])
      await withPassword.login(username, 'demo-password-9');
    rmSync(otherDir, { recursive: true, force: true });
  });

  it('is skipped with DEMO=off: only the first admin account is made', async () => {
    const plain = await startTestApp({ demo: 'off', adminPassword: null });
    apps.push(plain);
    expect(await counts(plain)).toEqual({
      halls: 0,
      services: 0,
      counters: 0,
      links: 0,
      staff: 1,
      devices: 0,
    });
    expect(plain.app.seed.generatedAdminPassword).toMatch(/^\S{12,}$/);
    await plain.login('admin', plain.app.seed.generatedAdminPassword!);
  });
});
