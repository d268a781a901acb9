import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clerkPassword,
  startAdministrationApp,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';

/*
 * The authentication cache must never let a token keep what the API took away: each case uses the
 * token first (so that what it read is cached), changes access through the API, and asks again.
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

const meQuery = '{ me { username } }';
const hallQuery = 'query($id: ID!) { hall(id: $id) { id } }';

async function codeOf(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<string | null> {
  const result = await testApp.graphql(query, variables, { token });
  return (result.errors?.[0]?.extensions?.code as string | undefined) ?? null;
}

describe('a cached token', () => {
  it('is what the cache answers for while nothing changes through the API (a change by SQL shows within seconds)', async () => {
    const token = await testApp.login('clerk.one', clerkPassword);
    expect(await codeOf(meQuery, {}, token)).toBeNull();
    // Behind the API's back: this instance goes on trusting what it read for a few seconds.
    await testApp.app.orm.em
      .fork()
      .execute('UPDATE staff_session SET revoked_at = now() WHERE revoked_at IS NULL AND staff_id = ?', [
        fixture.clerkId,
      ]);
    expect(await codeOf(meQuery, {}, token)).toBeNull();
    testApp.app.services.authentication.forgetAll();
    expect(await codeOf(meQuery, {}, token)).toBe('UNAUTHENTICATED');
  });

  it('is refused as soon as logout has answered', async () => {
    const token = await testApp.login('clerk.one', clerkPassword);
    expect(await codeOf(meQuery, {}, token)).toBeNull();
    expect((await testApp.graphql('mutation { logout }', {}, { token })).data).toEqual({ logout: true });
    expect(await codeOf(meQuery, {}, token)).toBe('UNAUTHENTICATED');
  });

  it('of a device is refused as soon as the device is revoked', async () => {
    const created = await testApp.graphql<{ createDeviceToken: { id: string; token: string } }>(
      'mutation($hallId: ID!) { createDeviceToken(hallId: $hallId, name: "Cached kiosk", role: KIOSK) { id token } }',
      { hallId: fixture.hallId },
      { token: adminToken },
    );
    const device = created.data!.createDeviceToken;
    const myDevice = '{ myDevice { id } }';
    expect((await testApp.graphql(myDevice, {}, { token: device.token })).data).toEqual({
      myDevice: { id: device.id },
    });
    const revoked = await testApp.graphql(
      'mutation($id: ID!) { revokeDevice(deviceId: $id) { id } }',
      { id: device.id },
      { token: adminToken },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await codeOf(myDevice, {}, device.token)).toBe('UNAUTHENTICATED');
  });

  it('reaches the halls its owner was given or loses them as soon as that change has answered', async () => {
    const token = await testApp.login('clerk.one', clerkPassword);
    expect(await codeOf(hallQuery, { id: fixture.hallId }, token)).toBeNull();
    const moveClerk = (hallId: string) =>
      testApp.graphql(
        'mutation($id: ID!, $input: StaffInput!) { updateStaff(staffId: $id, input: $input) { id } }',
        {
          id: fixture.clerkId,
          input: { username: 'clerk.one', displayName: 'Clerk One', role: 'CLERK', hallIds: [hallId] },
        },
        { token: adminToken },
      );
    expect((await moveClerk(fixture.otherHallId)).errors).toBeUndefined();
    expect(await codeOf(hallQuery, { id: fixture.hallId }, token)).toBe('FORBIDDEN');
    expect(await codeOf(hallQuery, { id: fixture.otherHallId }, token)).toBeNull();
    expect((await moveClerk(fixture.hallId)).errors).toBeUndefined();
    expect(await codeOf(hallQuery, { id: fixture.hallId }, token)).toBeNull();
  });

  it('of a deactivated account is refused as soon as the deactivation has answered', async () => {
    const token = await testApp.login('clerk.one', clerkPassword);
    expect(await codeOf(meQuery, {}, token)).toBeNull();
    const deactivated = await testApp.graphql(
      'mutation($id: ID!, $input: StaffInput!) { updateStaff(staffId: $id, input: $input) { id } }',
      {
        id: fixture.clerkId,
        input: {
          username: 'clerk.one',
          displayName: 'Clerk One',
          role: 'CLERK',
          hallIds: [fixture.hallId],
          active: false,
        },
      },
      { token: adminToken },
    );
    expect(deactivated.errors).toBeUndefined();
    expect(await codeOf(meQuery, {}, token)).toBe('UNAUTHENTICATED');
  });
});
