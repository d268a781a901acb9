import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Role, type DeviceRole, type LocalizedText, type StaffRole } from '@onestop/shared';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { generatePassword, hashPassword, hashToken, newToken } from '../modules/auth/secrets.js';
import { Counter, CounterService } from '../modules/counters/counter.entity.js';
import { Device } from '../modules/devices/device.entity.js';
import { Hall } from '../modules/halls/hall.entity.js';
import { Service } from '../modules/services/service.entity.js';
import { Staff } from '../modules/staff/staff.entity.js';
import { CalendarExceptionRecord } from '../modules/calendar/calendar-exception.entity.js';
import { demoCounters, demoHalls, demoServices, demoStaff, demoTimezone } from './demo-district.js';
import { demoExceptions } from './demo-calendar.js';

/** What `DATA_DIR/demo-credentials.json` holds. */
export interface DemoCredentials {
  halls: { id: string; code: string; name: string }[];
  staff: { username: string; password: string; role: StaffRole }[];
  devices: { role: DeviceRole; hallId: string; name: string; token: string }[];
}

export interface SeedReport {
  /** The first admin's password, when this start created it and generated it (printed once). */
  generatedAdminPassword: string | null;
  /** Where the demo credentials are, when there is a demo. */
  credentialsFile: string | null;
  seededDemo: boolean;
}

function credentialsPath(dataDir: string): string {
  return join(dataDir, 'demo-credentials.json');
}

export function readDemoCredentials(dataDir: string): DemoCredentials | null {
  const path = credentialsPath(dataDir);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as DemoCredentials;
}

/**
 * Runs at every start. The first start on an empty database makes the `admin` account; unless
 * DEMO=off it then seeds the demo district. Seeding is idempotent: what exists is left alone.
 */
export async function seedOnStart(
  orm: MikroORM<PostgreSqlDriver>,
  config: AppConfig,
  logger: Logger,
): Promise<SeedReport> {
  const em = orm.em.fork();
  const emptyDatabase = (await em.count(Hall)) === 0 && (await em.count(Staff)) === 0;
  const wantsDemo = config.demo === 'on' || (config.demo === 'auto' && emptyDatabase);
  const report: SeedReport = { generatedAdminPassword: null, credentialsFile: null, seededDemo: false };

  if (wantsDemo) {
    const credentials = await em.transactional((transaction) => seedDemoDistrict(transaction, config));
    if (credentials) {
      writeCredentials(config.dataDir, credentials);
      report.seededDemo = true;
      logger.info({ halls: credentials.halls.map((hall) => hall.code) }, 'demo district seeded');
    }
    if (existsSync(credentialsPath(config.dataDir))) report.credentialsFile = credentialsPath(config.dataDir);
  }
  if ((await em.count(Staff, { role: Role.ADMIN })) === 0) {
    const password = config.adminPassword ?? generatePassword();
    await em.transactional(async (transaction) => {
      transaction.create(Staff, {
        username: 'admin',
        displayName: '系统管理员',
        role: Role.ADMIN,
        passwordHash: await hashPassword(password),
      });
    });
    if (!config.adminPassword) report.generatedAdminPassword = password;
    logger.info('first admin account created');
  }
  return report;
}

function writeCredentials(dataDir: string, credentials: DemoCredentials): void {
  mkdirSync(dataDir, { recursive: true });
  const path = credentialsPath(dataDir);
  // A second demo seed (new database, same DATA_DIR) adds to what the file already lists.
  const previous = readDemoCredentials(dataDir);
  const merged: DemoCredentials = previous
    ? {
        halls: [
          ...previous.halls.filter((hall) => !credentials.halls.some((added) => added.code === hall.code)),
          ...credentials.halls,
        ],
        staff: [
          ...previous.staff.filter(
            (staff) => !credentials.staff.some((added) => added.username === staff.username),
          ),
          ...credentials.staff,
        ],
        devices: [
          ...previous.devices.filter((device) =>
            credentials.halls.every((hall) => hall.id !== device.hallId),
          ),
          ...credentials.devices,
        ],
      }
    : credentials;
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`, { mode: 0o600 });
}

/** A demo hall's or service's names per language, as localized-names.ts keeps them. */
function demoNames(chinese: string, english: string, mongolian: string | null): LocalizedText[] {
  const names = [
    { lang: 'zh-CN', text: chinese },
    { lang: 'en', text: english },
  ];
  return mongolian ? [...names, { lang: 'mn-Mong', text: mongolian }] : names;
}

/** Creates whatever of the demo district is missing; null when it was all there already. */
async function seedDemoDistrict(em: EntityManager, config: AppConfig): Promise<DemoCredentials | null> {
  const credentials: DemoCredentials = { halls: [], staff: [], devices: [] };
  const hallsByCode = new Map<string, Hall>();

  for (const demoHall of demoHalls) {
    const existing = await em.findOne(Hall, { code: demoHall.code });
    if (existing) {
      hallsByCode.set(demoHall.code, existing);
      continue;
    }
    const parent = demoHall.parentCode ? hallsByCode.get(demoHall.parentCode) : undefined;
    const mongolian = demoHall.languages.includes('mn-Mong');
    const hall = em.create(Hall, {
      code: demoHall.code,
      name: demoHall.name,
      nameEn: demoHall.nameEn,
      languages: [...demoHall.languages],
      names: demoNames(demoHall.name, demoHall.nameEn, demoHall.nameMongolian),
      timezone: demoTimezone,
      targetWaitMinutes: 20,
      maxRecalls: 2,
      parent: parent ?? null,
      weeklyHours: demoHall.weeklyHours,
    });
    for (const exception of demoExceptions(demoHall)) {
      em.create(CalendarExceptionRecord, { hall, ...exception, periods: [...exception.periods] });
    }
    hallsByCode.set(demoHall.code, hall);
    credentials.halls.push({ id: hall.id, code: hall.code, name: hall.name });

    const servicesByPrefix = new Map<string, Service>();
    for (const { nameMongolian, ...demoService } of demoServices) {
      servicesByPrefix.set(
        demoService.prefix,
        em.create(Service, {
          hall,
          ...demoService,
          names: demoNames(demoService.name, demoService.nameEn, mongolian ? nameMongolian : null),
          lastIssueMinutesBeforeClose: demoHall.lastIssueMinutesBeforeClose,
          appointmentSettings: { ...(demoService.appointmentSettings ?? {}) },
          remoteJoinSettings: { ...(demoService.remoteJoinSettings ?? {}) },
        }),
      );
    }
    for (const demoCounter of demoCounters) {
      const counter = em.create(Counter, { hall, label: demoCounter.label });
      demoCounter.prefixes.forEach((prefix, index) => {
        em.create(CounterService, { counter, service: servicesByPrefix.get(prefix)!, rank: index + 1 });
      });
    }
    const demoDevices: { role: DeviceRole; name: string }[] = [
      { role: Role.KIOSK, name: '大厅取号机 1 · Kiosk 1' },
      { role: Role.DISPLAY, name: '大厅综合屏 · Wall display' },
    ];
    for (const { role, name } of demoDevices) {
      const token = newToken('device');
      em.create(Device, { hall, role, name, tokenHash: hashToken(token) });
      credentials.devices.push({ role, hallId: hall.id, name, token });
    }
  }

  const district = hallsByCode.get(demoHalls[0]!.code)!;
  for (const demoAccount of demoStaff) {
    if (await em.findOne(Staff, { username: demoAccount.username })) continue;
    const password =
      demoAccount.role === Role.ADMIN && config.adminPassword
        ? config.adminPassword
        : (config.demoPassword ?? generatePassword());
    const staff = em.create(Staff, { ...demoAccount, passwordHash: await hashPassword(password) });
    staff.halls.add(district);
    credentials.staff.push({ username: demoAccount.username, password, role: demoAccount.role });
  }

  const changed = credentials.halls.length > 0 || credentials.staff.length > 0;
  return changed ? credentials : null;
}
