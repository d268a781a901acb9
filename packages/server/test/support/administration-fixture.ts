import { randomUUID } from 'node:crypto';
import { Role } from '@onestop/shared';
import { expect } from 'vitest';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { Counter, CounterService } from '../../src/modules/counters/counter.entity.js';
import { Device } from '../../src/modules/devices/device.entity.js';
import { Hall } from '../../src/modules/halls/hall.entity.js';
import { Service } from '../../src/modules/services/service.entity.js';
import { Staff } from '../../src/modules/staff/staff.entity.js';
import { databaseSnapshot } from './database-snapshot.js';
import { sha256 } from './sha256.js';
import { startTestApp, testAdminPassword, type TestApp } from './test-app.js';

/*
 * What the administration tests of each module (halls, services, counters, staff, devices) share:
 * every administration mutation refuses bad input with BAD_USER_INPUT naming the field and writes
 * nothing; unknown ids give NOT_FOUND; and each mutation's success path stores what it returns.
 */

/** Rows the refusal cases point at; created once per test file through the ORM. */
export interface AdministrationFixture {
  /** "Main hall", whose default target wait (35) differs from the column default. */
  hallId: string;
  otherHallId: string;
  /** code `passport`, prefix P, in the main hall. */
  passportServiceId: string;
  /** code `visa`, prefix V, in the main hall. */
  visaServiceId: string;
  /** code `tax`, prefix T, in the other hall. */
  otherHallServiceId: string;
  /** label `01` in the main hall, serving passport at rank 1. */
  counterId: string;
  /** `clerk.one`, CLERK of the main hall. */
  clerkId: string;
  deviceId: string;
}

export const clerkPassword = 'clerk-password-1';

/** Starts the app, logs the admin in and writes the fixture's rows. */
export async function startAdministrationApp(): Promise<{
  testApp: TestApp;
  adminToken: string;
  fixture: AdministrationFixture;
}> {
  const testApp = await startTestApp();
  const adminToken = await testApp.login('admin', testAdminPassword);
  const em = testApp.app.orm.em.fork();
  const hall = em.create(Hall, {
    code: 'MAIN',
    name: 'Main hall',
    timezone: 'Asia/Shanghai',
    targetWaitMinutes: 35,
  });
  const otherHall = em.create(Hall, { code: 'OTHER', name: 'Other hall', timezone: 'Asia/Shanghai' });
  const passport = em.create(Service, { hall, code: 'passport', name: 'Passport', prefix: 'P' });
  const visa = em.create(Service, { hall, code: 'visa', name: 'Visa', prefix: 'V' });
  const tax = em.create(Service, { hall: otherHall, code: 'tax', name: 'Tax', prefix: 'T' });
  const counter = em.create(Counter, { hall, label: '01' });
  em.create(CounterService, { counter, service: passport, rank: 1 });
  const clerk = em.create(Staff, {
    username: 'clerk.one',
    displayName: 'Clerk One',
    role: Role.CLERK,
    passwordHash: await hashPassword(clerkPassword),
  });
  clerk.halls.add(hall);
  const device = em.create(Device, {
    hall,
    role: Role.KIOSK,
    name: 'Kiosk 1',
    tokenHash: sha256(randomUUID()),
  });
  await em.flush();
  const fixture = {
    hallId: hall.id,
    otherHallId: otherHall.id,
    passportServiceId: passport.id,
    visaServiceId: visa.id,
    otherHallServiceId: tax.id,
    counterId: counter.id,
    clerkId: clerk.id,
    deviceId: device.id,
  };
  return { testApp, adminToken, fixture };
}

/** A hall of its own for a success case, so it changes nothing the refusal cases point at. */
export async function insertHall(testApp: TestApp, code: string, targetWaitMinutes = 20): Promise<string> {
  const em = testApp.app.orm.em.fork();
  const hall = em.create(Hall, { code, name: `Hall ${code}`, timezone: 'Asia/Shanghai', targetWaitMinutes });
  await em.flush();
  return hall.id;
}

/** A CLERK of `hallIds` with a password that logs in. */
export async function insertStaff(
  testApp: TestApp,
  username: string,
  password: string,
  hallIds: string[],
): Promise<string> {
  const em = testApp.app.orm.em.fork();
  const staff = em.create(Staff, {
    username,
    displayName: username,
    role: Role.CLERK,
    passwordHash: await hashPassword(password),
  });
  for (const hallId of hallIds) staff.halls.add(em.getReference(Hall, hallId));
  await em.flush();
  return staff.id;
}

export type Variables = Record<string, unknown>;

/** One bad input of one mutation: which field it spoils, and the variables that spoil it. */
export interface RefusalCase {
  label: string;
  field: string;
  query: string;
  variables: (fixture: AdministrationFixture) => Variables;
}

export type CaseRow<Override> = [label: string, field: string, override: Override];

export const tooLong = (length: number): string => 'x'.repeat(length);

/** Ids that name no row: one well-formed, one that is no uuid at all. */
export const unknownIds = [
  ['a random uuid', randomUUID()],
  ['a string that is no uuid', 'not-a-uuid'],
] as const;

/** Sends the mutation as the admin and checks it is refused with BAD_USER_INPUT on `field`, nothing written. */
export async function expectBadUserInput(
  testApp: TestApp,
  adminToken: string,
  query: string,
  variables: Variables,
  field: string,
): Promise<void> {
  const before = await databaseSnapshot(testApp);
  const result = await testApp.graphql(query, variables, { token: adminToken });
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(result.errors?.[0]?.message).toContain(field);
  expect(result.data ?? null).toBeNull();
  expect(await databaseSnapshot(testApp)).toEqual(before);
}

/** Sends the mutation as the admin and checks it is refused with NOT_FOUND, nothing written. */
export async function expectNotFound(
  testApp: TestApp,
  adminToken: string,
  query: string,
  variables: Variables,
): Promise<void> {
  const before = await databaseSnapshot(testApp);
  const result = await testApp.graphql(query, variables, { token: adminToken });
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(await databaseSnapshot(testApp)).toEqual(before);
}
