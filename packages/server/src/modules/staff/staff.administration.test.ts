import { randomUUID } from 'node:crypto';
import { Role } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clerkPassword,
  expectBadUserInput,
  expectNotFound,
  insertStaff,
  startAdministrationApp,
  tooLong,
  unknownIds,
  type AdministrationFixture,
  type CaseRow,
  type RefusalCase,
  type Variables,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { StaffSession } from '../auth/session.entity.js';
import { Staff } from './staff.entity.js';

/**
 * createStaff, updateStaff and resetPassword refuse bad input with BAD_USER_INPUT naming the field
 * and write nothing; unknown ids give NOT_FOUND; each success path stores what it returns (and
 * ends sessions when it must); and concurrent writers of one username get exactly one account.
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

const staffFields = 'id username displayName role active halls { id }';
const createStaffMutation = `mutation CreateStaff($input: StaffInput!) {
  createStaff(input: $input) { ${staffFields} } }`;
const updateStaffMutation = `mutation UpdateStaff($staffId: ID!, $input: StaffInput!) {
  updateStaff(staffId: $staffId, input: $input) { ${staffFields} } }`;
const resetPasswordMutation = `mutation ResetPassword($staffId: ID!, $password: String!) {
  resetPassword(staffId: $staffId, password: $password) { id username } }`;

const newStaffInput = (hallId: string, overrides: Variables = {}): Variables => ({
  username: 'new.clerk',
  displayName: 'New Clerk',
  role: Role.CLERK,
  hallIds: [hallId],
  password: 'long-enough-password',
  ...overrides,
});
const clerkInput = (hallId: string, overrides: Variables = {}): Variables => ({
  username: 'clerk.one',
  displayName: 'Clerk One',
  role: Role.CLERK,
  hallIds: [hallId],
  ...overrides,
});

const staffInputRows: CaseRow<(fixture: AdministrationFixture) => Variables>[] = [
  ['upper-case username', 'username', () => ({ username: 'Clerk' })],
  ['one-character username', 'username', () => ({ username: 'a' })],
  ['username with a space', 'username', () => ({ username: 'new clerk' })],
  ['username with @', 'username', () => ({ username: 'clerk@hall' })],
  ['username over 32 characters', 'username', () => ({ username: 'a'.repeat(33) })],
  ['empty username', 'username', () => ({ username: '' })],
  ['username admin, which is taken', 'username', () => ({ username: 'admin' })],
  ['empty displayName', 'displayName', () => ({ displayName: '' })],
  ['whitespace-only displayName', 'displayName', () => ({ displayName: '  ' })],
  ['displayName over 100 characters', 'displayName', () => ({ displayName: tooLong(101) })],
  ['role KIOSK', 'role', () => ({ role: Role.KIOSK })],
  ['role DISPLAY', 'role', () => ({ role: Role.DISPLAY })],
  ['an unknown hall id', 'hallIds', () => ({ hallIds: [randomUUID()] })],
  ['a hall id that is no uuid', 'hallIds', () => ({ hallIds: ['not-a-uuid'] })],
  [
    'a known hall beside an unknown one',
    'hallIds',
    (current) => ({ hallIds: [current.hallId, randomUUID()] }),
  ],
  ['the same hall twice', 'hallIds', (current) => ({ hallIds: [current.hallId, current.hallId] })],
  ['a CLERK with no halls', 'hallIds', () => ({ role: Role.CLERK, hallIds: [] })],
  ['a MANAGER with no halls', 'hallIds', () => ({ role: Role.MANAGER, hallIds: [] })],
  ['a 7-character password', 'password', () => ({ password: 'short-7' })],
  ['an empty password', 'password', () => ({ password: '' })],
];

const createStaffCases: RefusalCase[] = [
  ...staffInputRows,
  ['username clerk.one, which is taken', 'username', () => ({ username: 'clerk.one' })] satisfies CaseRow<
    (fixture: AdministrationFixture) => Variables
  >,
].map(([label, field, override]) => ({
  label,
  field,
  query: createStaffMutation,
  variables: (current) => ({ input: newStaffInput(current.hallId, override(current)) }),
}));

const updateStaffCases: RefusalCase[] = staffInputRows.map(([label, field, override]) => ({
  label,
  field,
  query: updateStaffMutation,
  variables: (current) => ({
    staffId: current.clerkId,
    input: clerkInput(current.hallId, override(current)),
  }),
}));

const resetPasswordCases: RefusalCase[] = (
  [
    ['an empty password', 'password', ''],
    ['a 7-character password', 'password', 'short-7'],
    ['a password over 200 characters', 'password', tooLong(201)],
  ] satisfies CaseRow<string>[]
).map(([label, field, password]) => ({
  label,
  field,
  query: resetPasswordMutation,
  variables: (current) => ({ staffId: current.clerkId, password }),
}));

describe.each([
  ['createStaff', createStaffCases],
  ['updateStaff', updateStaffCases],
  ['resetPassword', resetPasswordCases],
] as const)('%s refuses bad input', (_mutation, cases) => {
  it.each(cases)('$label → BAD_USER_INPUT on $field, nothing written', async (refusal) => {
    await expectBadUserInput(testApp, adminToken, refusal.query, refusal.variables(fixture), refusal.field);
  });
});

const notFoundCases: [mutation: string, query: string, variables: (id: string) => Variables][] = [
  [
    'updateStaff',
    updateStaffMutation,
    (id) => ({ staffId: id, input: clerkInput(fixture.hallId, { displayName: 'Renamed' }) }),
  ],
  ['resetPassword', resetPasswordMutation, (id) => ({ staffId: id, password: 'long-enough-password' })],
];

describe.each(notFoundCases)('%s with an unknown id', (_mutation, query, variables) => {
  it.each(unknownIds)('%s → NOT_FOUND, nothing written', async (_label, id) => {
    await expectNotFound(testApp, adminToken, query, variables(id));
  });
});

interface StaffData {
  id: string;
  username: string;
  displayName: string;
  role: string;
  active: boolean;
  halls: { id: string }[];
}

describe('createStaff succeeds', () => {
  it('stores the account with its halls and a password that logs in', async () => {
    const result = await testApp.graphql<{ createStaff: StaffData }>(
      createStaffMutation,
      {
        input: newStaffInput(fixture.hallId, {
          username: ' new.manager ',
          displayName: ' New Manager ',
          role: Role.MANAGER,
          hallIds: [fixture.hallId, fixture.otherHallId],
          password: 'manager-password',
        }),
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createStaff;
    expect({ ...created, halls: created.halls.map((hall) => hall.id).sort() }).toEqual({
      id: expect.any(String),
      username: 'new.manager',
      displayName: 'New Manager',
      role: 'MANAGER',
      active: true,
      halls: [fixture.hallId, fixture.otherHallId].sort(),
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Staff, created.id, { populate: ['halls'] });
    expect(stored).toMatchObject({ username: 'new.manager', displayName: 'New Manager', role: 'MANAGER' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      stored.halls
        .getItems()
        .map((hall) => hall.id)
        .sort(),
    ).toEqual([fixture.hallId, fixture.otherHallId].sort());
    const token = await testApp.login('new.manager', 'manager-password');
    const me = await testApp.graphql('{ me { username } }', {}, { token });
    expect(me.data).toEqual({ me: { username: 'new.manager' } });
  });

  it('creates an ADMIN with no halls', async () => {
    const result = await testApp.graphql<{ createStaff: StaffData }>(
      createStaffMutation,
      { input: newStaffInput(fixture.hallId, { username: 'second.admin', role: Role.ADMIN, hallIds: [] }) },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createStaff).toMatchObject({ username: 'second.admin', role: 'ADMIN', halls: [] });
    expect(await testApp.app.orm.em.fork().count(Staff, { username: 'second.admin', role: Role.ADMIN })).toBe(
      1,
    );
  });
});

describe('updateStaff succeeds', () => {
  it('stores the new name, role and halls, and keeps sessions when no password is given', async () => {
    const staffId = await insertStaff(testApp, 'clerk.two', clerkPassword, [fixture.hallId]);
    const token = await testApp.login('clerk.two', clerkPassword);
    const result = await testApp.graphql<{ updateStaff: StaffData }>(
      updateStaffMutation,
      {
        staffId,
        input: {
          username: 'clerk.two',
          displayName: 'Clerk Two',
          role: Role.MANAGER,
          hallIds: [fixture.otherHallId],
        },
      },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateStaff).toEqual({
      id: staffId,
      username: 'clerk.two',
      displayName: 'Clerk Two',
      role: 'MANAGER',
      active: true,
      halls: [{ id: fixture.otherHallId }],
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId, { populate: ['halls'] });
    expect(stored).toMatchObject({ displayName: 'Clerk Two', role: 'MANAGER', active: true });
    expect(stored.halls.getItems().map((hall) => hall.id)).toEqual([fixture.otherHallId]);
    expect((await testApp.graphql('{ me { role } }', {}, { token })).data).toEqual({
      me: { role: 'MANAGER' },
    });
  });

  it('with a new password ends the open sessions; deactivating refuses further logins', async () => {
    const staffId = await insertStaff(testApp, 'clerk.three', clerkPassword, [fixture.hallId]);
    const token = await testApp.login('clerk.three', clerkPassword);
    const input = clerkInput(fixture.hallId, { username: 'clerk.three', displayName: 'Clerk Three' });
    const result = await testApp.graphql<{ updateStaff: StaffData }>(
      updateStaffMutation,
      { staffId, input: { ...input, password: 'a-new-password' } },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect((await testApp.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const newToken = await testApp.login('clerk.three', 'a-new-password');

    const deactivated = await testApp.graphql<{ updateStaff: StaffData }>(
      updateStaffMutation,
      { staffId, input: { ...input, active: false } },
      { token: adminToken },
    );
    expect(deactivated.data?.updateStaff.active).toBe(false);
    expect((await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId)).active).toBe(false);
    expect(
      (await testApp.graphql('{ me { id } }', {}, { token: newToken })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('resetPassword succeeds', () => {
  it('sets a password that logs in, refuses the old one and ends open sessions', async () => {
    const staffId = await insertStaff(testApp, 'clerk.four', clerkPassword, [fixture.hallId]);
    const token = await testApp.login('clerk.four', clerkPassword);
    const hashBefore = (await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId)).passwordHash;
    const result = await testApp.graphql<{ resetPassword: { id: string; username: string } }>(
      resetPasswordMutation,
      { staffId, password: 'reset-password' },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.resetPassword).toEqual({ id: staffId, username: 'clerk.four' });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Staff, staffId);
    expect(stored.passwordHash).not.toBe(hashBefore);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const openSessions = await testApp.app.orm.em
      .fork()
      .count(StaffSession, { staff: staffId, revokedAt: null });
    expect(openSessions).toBe(0);
    expect((await testApp.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await expect(testApp.login('clerk.four', clerkPassword)).rejects.toThrow(/UNAUTHENTICATED/);
    expect(await testApp.login('clerk.four', 'reset-password')).toMatch(/^oss_/);
  });
});

describe('concurrent writers', () => {
  it('of one username: exactly one account is created, the others get BAD_USER_INPUT on username', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        testApp.graphql(
          createStaffMutation,
          { input: newStaffInput(fixture.hallId, { username: 'race.clerk' }) },
          { token: adminToken },
        ),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions)).toEqual(
      Array(2).fill({ code: 'BAD_USER_INPUT', field: 'username', problem: { kind: 'taken' } }),
    );
    expect(await testApp.app.orm.em.fork().count(Staff, { username: 'race.clerk' })).toBe(1);
  });
});
