import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../../test/support/eventually.js';
import { createHallFixture, type HallFixture } from '../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { forbiddenCloseCode } from './live-connections.js';

// Taking access away ends the live feeds it opened: a revoked display stops receiving the hall's
// events at once, and a deactivated clerk's workstation is cut off, not at their next reconnect.

let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1, openCounters: true });
});
afterAll(async () => {
  await testApp?.close();
});

async function issue(): Promise<void> {
  testApp.clock.advance(1000);
  const result = await testApp.graphql(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
    { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
    { token: fixture.tokens.kiosk },
  );
  expect(result.errors).toBeUndefined();
}

describe('live connections', () => {
  it('of a revoked device are closed at once, and it receives nothing more', async () => {
    const { myDevice } = (
      await testApp.graphql<{ myDevice: { id: string } }>(
        'query { myDevice { id } }',
        {},
        { token: fixture.tokens.display },
      )
    ).data!;
    const display = testApp.webSocketClient({ token: fixture.tokens.display });
    const closes: number[] = [];
    display.on('closed', (event) => closes.push((event as { code: number }).code));
    const seqs: number[] = [];
    display.subscribe<{ boardUpdated: { seq: number } }>(
      {
        query: 'subscription($id: ID!) { boardUpdated(hallId: $id) { seq } }',
        variables: { id: fixture.hall.id },
      },
      {
        next: (value) => seqs.push(value.data!.boardUpdated.seq),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // The current board first, then the board after a new ticket.
    await expectEventually(() => expect(seqs.length).toBeGreaterThan(0));
    const replayed = seqs.length;
    await issue();
    await expectEventually(() => expect(seqs).toHaveLength(replayed + 1));

    const revoked = await testApp.graphql(
      'mutation($id: ID!) { revokeDevice(deviceId: $id) { revoked } }',
      { id: myDevice.id },
      { token: fixture.tokens.admin },
    );
    expect(revoked.errors).toBeUndefined();
    await expectEventually(() => expect(closes).toEqual([forbiddenCloseCode]));
    // Another ticket, and a board that still follows the hall: once that board has it, the server
    // has pushed it to every subscriber it still had.
    const admin = testApp.webSocketClient({ token: fixture.tokens.admin });
    const watched: number[] = [];
    admin.subscribe<{ boardUpdated: { seq: number } }>(
      {
        query: 'subscription($id: ID!) { boardUpdated(hallId: $id) { seq } }',
        variables: { id: fixture.hall.id },
      },
      {
        next: (value) => watched.push(value.data!.boardUpdated.seq),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await expectEventually(() => expect(watched.length).toBeGreaterThan(0));
    const seenBefore = watched.at(-1)!;
    await issue();
    await expectEventually(() => expect(watched.at(-1)).toBeGreaterThan(seenBefore));
    expect(seqs).toHaveLength(replayed + 1);
  });

  it("of a deactivated clerk are closed, the others' stay open", async () => {
    const clerk = testApp.webSocketClient({ token: fixture.tokens.clerk });
    const manager = testApp.webSocketClient({ token: fixture.tokens.admin });
    const closed: string[] = [];
    clerk.on('closed', () => closed.push('clerk'));
    manager.on('closed', () => closed.push('admin'));
    const queue = {
      query: 'subscription($id: ID!) { counterQueueUpdated(counterId: $id) { id } }',
      variables: { id: fixture.counters[0]!.id },
    };
    const pushes = { clerk: 0, admin: 0 };
    clerk.subscribe(queue, {
      next: () => (pushes.clerk += 1),
      error: () => undefined,
      complete: () => undefined,
    });
    manager.subscribe(queue, {
      next: () => (pushes.admin += 1),
      error: () => undefined,
      complete: () => undefined,
    });
    await expectEventually(() => expect(pushes.clerk >= 1 && pushes.admin >= 1).toBe(true));

    const { me } = (
      await testApp.graphql<{ me: { id: string; username: string; displayName: string; role: string } }>(
        'query { me { id username displayName role } }',
        {},
        { token: fixture.tokens.clerk },
      )
    ).data!;
    const deactivated = await testApp.graphql(
      'mutation($id: ID!, $input: StaffInput!) { updateStaff(staffId: $id, input: $input) { active } }',
      {
        id: me.id,
        input: {
          username: me.username,
          displayName: me.displayName,
          role: me.role,
          hallIds: [fixture.hall.id],
          active: false,
        },
      },
      { token: fixture.tokens.admin },
    );
    expect(deactivated.errors).toBeUndefined();
    await expectEventually(() => expect(closed).toEqual(['clerk']));
    await issue();
    await expectEventually(() => expect(pushes.admin).toBeGreaterThanOrEqual(2));
    expect(closed).toEqual(['clerk']);
  });
});
