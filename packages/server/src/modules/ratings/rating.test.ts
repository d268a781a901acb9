import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStatsFixture,
  shanghai,
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

interface RatingResult {
  id: string;
  score: number;
  comment: string | null;
  createdAt: string;
  followUpNote: string | null;
  followedUpAt: string | null;
  ticket: { number: string; status: string; service: { prefix: string } };
  segment: {
    id: string;
    status: string;
    counter: { label: string } | null;
    staff: { displayName: string } | null;
  };
}

const ratingFields =
  'id score comment createdAt followUpNote followedUpAt ticket { number status service { prefix } } ' +
  'segment { id status counter { label } staff { displayName } }';

async function ratings(
  variables: Record<string, unknown>,
  token: string | null = fixture.tokens.manager,
): Promise<GraphQLResponse<{ ratings: RatingResult[] }>> {
  return await testApp.graphql<{ ratings: RatingResult[] }>(
    `query($hallId: ID!, $from: DateTime!, $to: DateTime!, $maxScore: Int) {
       ratings(hallId: $hallId, from: $from, to: $to, maxScore: $maxScore) { ${ratingFields} } }`,
    {
      hallId: fixture.halls.central.id,
      from: statsWindow.from.toISOString(),
      to: statsWindow.to.toISOString(),
      ...variables,
    },
    { token },
  );
}

async function followUp(
  ratingId: string,
  note: string,
  token: string | null = fixture.tokens.manager,
): Promise<GraphQLResponse<{ followUpRating: RatingResult }>> {
  return await testApp.graphql<{ followUpRating: RatingResult }>(
    `mutation($ratingId: ID!, $note: String!) { followUpRating(ratingId: $ratingId, note: $note) { ${ratingFields} } }`,
    { ratingId, note },
    { token },
  );
}

function errorOf(result: GraphQLResponse<unknown>): { code?: string; field?: string } {
  const extensions = result.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, ...(extensions.field ? { field: extensions.field } : {}) };
}

describe('ratings', () => {
  it("lists a hall's ratings given in the window, newest first, with the bad ones alone under maxScore", async () => {
    const all = await ratings({});
    expect(all.errors).toBeUndefined();
    // By the time the rating was given: s16's segment queued before the window, its rating inside.
    expect(all.data!.ratings.map((rating) => rating.segment.id)).toEqual(
      ['s10', 's8', 's5', 's7', 's2', 's1', 's16'].map((name) => fixture.segmentIds[name]),
    );

    const bad = await ratings({ maxScore: 2 });
    expect(bad.data!.ratings.map((rating) => [rating.score, rating.segment.id])).toEqual([
      [1, fixture.segmentIds.s8],
      [2, fixture.segmentIds.s2],
      [1, fixture.segmentIds.s16],
    ]);
    expect(bad.data!.ratings[0]).toMatchObject({
      id: fixture.ratingIds.s8,
      comment: 'comment on s8',
      createdAt: shanghai('2026-11-24', '00:25').toISOString(),
      followUpNote: null,
      followedUpAt: null,
      segment: { status: 'DONE', counter: { label: '2' }, staff: { displayName: 'Li Y' } },
      ticket: { status: 'DONE', service: { prefix: 'B' } },
    });
  });

  it("shows the ticket as it stands now: a transferred visit's current segment", async () => {
    const result = await ratings({ maxScore: 3 });
    const transferred = result.data!.ratings.find((rating) => rating.id === fixture.ratingIds.s7)!;
    expect(transferred.segment.id).toBe(fixture.segmentIds.s7);
    expect(transferred.ticket).toMatchObject({ status: 'DONE', service: { prefix: 'A' } });
  });

  it('takes the window as [from, to)', async () => {
    const result = await ratings({
      from: shanghai('2026-11-24', '00:25').toISOString(),
      to: shanghai('2026-11-24', '00:30').toISOString(),
    });
    expect(result.data!.ratings.map((rating) => rating.id)).toEqual([fixture.ratingIds.s8]);
  });

  it('is for the managers of the hall', async () => {
    expect((await ratings({}, fixture.tokens.admin)).errors).toBeUndefined();
    const east = await ratings({ hallId: fixture.halls.east.id });
    expect(east.data!.ratings.map((rating) => rating.id)).toEqual([fixture.ratingIds.s17]);
    expect(errorOf(await ratings({}, fixture.tokens.clerkX))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await ratings({}, fixture.tokens.otherManager))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await ratings({}, fixture.tokens.kiosk))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await ratings({}, null))).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    [{ maxScore: 0 }, 'maxScore'],
    [{ maxScore: 6 }, 'maxScore'],
    [{ to: statsWindow.from.toISOString() }, 'to'],
    [{ to: new Date(statsWindow.from.getTime() + 401 * 86_400_000).toISOString() }, 'to'],
    [{ hallId: 'central' }, 'hallId'],
  ])('refuses %j naming %s', async (variables, field) => {
    expect(errorOf(await ratings(variables, fixture.tokens.admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});

describe('followUpRating', () => {
  it('keeps the note, when and by whom; a second follow-up replaces the first', async () => {
    const first = await followUp(fixture.ratingIds.s8!, '  Called the citizen back; documents explained.  ');
    expect(first.errors).toBeUndefined();
    expect(first.data!.followUpRating).toMatchObject({
      id: fixture.ratingIds.s8,
      score: 1,
      followUpNote: 'Called the citizen back; documents explained.',
      followedUpAt: statsNow.toISOString(),
    });

    testApp.clock.advance(60_000);
    const second = await followUp(fixture.ratingIds.s8!, 'Visited in person.', fixture.tokens.admin);
    expect(second.data!.followUpRating.followedUpAt).toBe(
      new Date(statsNow.getTime() + 60_000).toISOString(),
    );

    const listed = await ratings({ maxScore: 1 });
    expect(listed.data!.ratings[0]).toMatchObject({
      id: fixture.ratingIds.s8,
      followUpNote: 'Visited in person.',
    });
    const rows: { followed_up_by_id: string }[] = await testApp.app.orm.em
      .fork()
      .execute('SELECT followed_up_by_id FROM rating WHERE id = ?', [fixture.ratingIds.s8]);
    const admin = await testApp.graphql<{ me: { id: string } }>(
      '{ me { id } }',
      {},
      { token: fixture.tokens.admin },
    );
    expect(rows[0]!.followed_up_by_id).toBe(admin.data!.me.id);
  });

  it('refuses what it must, changing nothing', async () => {
    const ratingId = fixture.ratingIds.s2!;
    expect(errorOf(await followUp(ratingId, '   '))).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(errorOf(await followUp(ratingId, 'x'.repeat(1001)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(errorOf(await followUp('rating-1', 'note'))).toEqual({ code: 'NOT_FOUND' });
    expect(errorOf(await followUp(randomUUID(), 'note'))).toEqual({ code: 'NOT_FOUND' });
    expect(errorOf(await followUp(ratingId, 'note', fixture.tokens.clerkX))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await followUp(ratingId, 'note', fixture.tokens.otherManager))).toEqual({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await followUp(ratingId, 'note', null))).toEqual({ code: 'UNAUTHENTICATED' });
    const listed = await ratings({ maxScore: 2 });
    expect(listed.data!.ratings.find((rating) => rating.id === ratingId)!.followUpNote).toBeNull();
  });
});
