import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { callSentences } from '@onestop/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoCredentials, type DemoCredentials } from '../../src/demo/seed.js';
import { expectEventually } from '../support/eventually.js';
import { launchBrowser } from './browser.js';
import { captureState } from './accessibility.js';
import { layoutProblems } from './display-layout.js';
import {
  type RestartableServer,
  runningClock,
  showChineseAndEnglishOnly,
  startRestartableServer,
} from './display-server.js';

// A whole simulated morning, compressed: the demo kiosk issues tickets in waves, the demo clerks
// work all eight counters at once through the API, and the wall (recording speaker,
// `?speaker=record`) must say every TICKET_CALLED and TICKET_RECALLED of the hall's log once, in
// seq order, whole and never overlapping. The recording speaker takes 40 ms per chime and 120 ms
// per sentence, so the morning's speech takes under a minute.

interface RecordedSound {
  kind: 'chime' | 'speech';
  lang?: string;
  caption?: string;
  text?: string;
  startedAt: number;
  endedAt: number;
}

interface HallSetup {
  services: { id: string; prefix: string }[];
  counters: { id: string; label: string }[];
}

interface CalledTicket {
  id: string;
  number: string;
  service: { id: string };
}

interface CallEvent {
  seq: number;
  type: string;
  call: { ticketNumber: string; counterLabel: string } | null;
}

const dataDir = mkdtempSync(join(tmpdir(), 'onestop-display-morning-e2e-'));
const clock = runningClock('2026-11-24T01:00:00.000Z');
const password = 'demo-password-1';
let server: RestartableServer;
let browser: Browser;
let credentials: DemoCredentials;
let adminToken: string;
let hallId: string;
let hall: HallSetup;

beforeAll(async () => {
  server = await startRestartableServer({
    demo: 'on',
    dataDir,
    adminPassword: null,
    demoPassword: password,
    appsDir: resolve(import.meta.dirname, '../../..'),
    clock: clock.now,
  });
  credentials = readDemoCredentials(dataDir)!;
  hallId = credentials.halls[0]!.id;
  adminToken = await server.app.login('admin', password);
  await showChineseAndEnglishOnly(server.app, hallId, adminToken);
  hall = (
    await api<{ hall: HallSetup }>(
      adminToken,
      'query($id: ID!) { hall(id: $id) { services { id prefix } counters { id label } } }',
      { id: hallId },
    )
  ).hall;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function api<Data>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const result = await server.app.graphql<Data>(query, variables, { token });
  if (result.errors?.length) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

const counterId = (label: string) => hall.counters.find((counter) => counter.label === label)!.id;
const serviceId = (prefix: string) => hall.services.find((service) => service.prefix === prefix)!.id;
const deviceToken = (role: 'KIOSK' | 'DISPLAY') =>
  credentials.devices.find((device) => device.role === role && device.hallId === hallId)!.token;

/** A small seeded generator, so that every run works the same morning. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The hall's calls after `afterSeq`, from its own event log, in seq order: the ground truth. */
async function callEvents(afterSeq: number): Promise<CallEvent[]> {
  const all: CallEvent[] = [];
  for (let after = afterSeq; ;) {
    const page = (
      await api<{ hallEvents: CallEvent[] }>(
        adminToken,
        'query($id: ID!, $after: Int!) { hallEvents(hallId: $id, afterSeq: $after, limit: 500) { seq type call { ticketNumber counterLabel } } }',
        { id: hallId, after },
      )
    ).hallEvents;
    all.push(...page);
    if (page.length < 500) break;
    after = page.at(-1)!.seq;
  }
  return all.filter((event) => event.type === 'TICKET_CALLED' || event.type === 'TICKET_RECALLED');
}

async function announcements(page: Page): Promise<RecordedSound[]> {
  return await page.evaluate(
    () => (globalThis as unknown as { __announcements?: RecordedSound[] }).__announcements ?? [],
  );
}

/** What the wall must have said for these calls: a chime, then each sentence whole. */
function expectedSounds(events: CallEvent[]): Omit<RecordedSound, 'startedAt' | 'endedAt'>[] {
  return events.flatMap((event) => [
    { kind: 'chime' as const },
    ...callSentences(event.call!).map((sentence) => ({
      kind: 'speech' as const,
      lang: sentence.lang,
      caption: sentence.caption,
      text: sentence.spoken,
    })),
  ]);
}

const heard = (sounds: RecordedSound[]) =>
  sounds.map(({ kind, lang, caption, text }) =>
    kind === 'chime' ? { kind } : { kind, lang, caption, text },
  );

/** The ticket mix of a morning: mostly one service, some priority, some a route of two services. */
function morningTickets(count: number, random: () => number): Record<string, unknown>[] {
  const prefixes = 'AAABBBCCDDEEFFF';
  return Array.from({ length: count }, (_, index) => {
    const first = prefixes[Math.floor(random() * prefixes.length)]!;
    const input: Record<string, unknown> = { hallId, serviceId: serviceId(first) };
    if (index % 9 === 4) input.priority = 'PRIORITY';
    if (index % 8 === 6) {
      const others = 'ABCDEF'.replace(first, '');
      input.route = [serviceId(others[Math.floor(random() * others.length)]!)];
    }
    return input;
  });
}

describe('a simulated morning on the wall', () => {
  it('says every call and recall of the hall log once, in order, whole', { timeout: 120_000 }, async () => {
    const started = performance.now();
    const random = seededRandom(20261124);
    const clerkTokens = {
      clerk1: await server.app.login('clerk1', password),
      clerk2: await server.app.login('clerk2', password),
    };
    const counters = hall.counters
      .map((counter) => counter.label)
      .sort((a, b) => Number(a) - Number(b))
      .map((label) => ({
        label,
        token: Number(label) <= 4 ? clerkTokens.clerk1 : clerkTokens.clerk2,
        parked: null as CalledTicket | null,
      }));
    expect(counters.map((counter) => counter.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const counter of counters)
      await api(counter.token, 'mutation($id: ID!) { openCounter(counterId: $id) { id } }', {
        id: counterId(counter.label),
      });

    const startSeq = (
      await api<{ board: { seq: number } }>(adminToken, 'query($id: ID!) { board(hallId: $id) { seq } }', {
        id: hallId,
      })
    ).board.seq;
    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${server.url}/display?token=${deviceToken('DISPLAY')}&speaker=record`);
    await wall.getByRole('heading', { name: /青山区政务服务中心/ }).waitFor();

    const kioskToken = deviceToken('KIOSK');
    const tickets = morningTickets(120, random);
    const waves = [tickets.slice(0, 40), tickets.slice(40, 70), tickets.slice(70, 100), tickets.slice(100)];
    const waveRounds = [0, 3, 6, 9];
    const count = { issued: 0, calls: 0, recalls: 0, noShows: 0, transfers: 0, parks: 0, pauses: 0 };
    const transferred = new Set<string>();

    const issueWave = async (wave: Record<string, unknown>[]) => {
      for (const input of wave) {
        await api(
          kioskToken,
          'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }',
          { input },
        );
        count.issued += 1;
      }
    };

    type Counter = (typeof counters)[number];
    const ticketOp = (counter: Counter, operation: string, ticket: { id: string }, extra = '') =>
      api(counter.token, `mutation($id: ID!) { ${operation}(ticketId: $id${extra}) { id } }`, {
        id: ticket.id,
      });
    const serve = async (counter: Counter, ticket: { id: string }) => {
      await ticketOp(counter, 'startServing', ticket);
      await ticketOp(counter, 'completeTicket', ticket);
    };

    /** One citizen at one counter, start to end; false when the counter had nobody to call. */
    const step = async (counter: Counter): Promise<boolean> => {
      const ticket = (
        await api<{ callNext: CalledTicket | null }>(
          counter.token,
          'mutation($id: ID!) { callNext(counterId: $id) { id number service { id } } }',
          { id: counterId(counter.label) },
        )
      ).callNext;
      if (!ticket) {
        // A free moment: the parked citizen comes back with the missing paper.
        if (!counter.parked) return false;
        await ticketOp(counter, 'resumeTicket', counter.parked);
        await serve(counter, counter.parked);
        counter.parked = null;
        return true;
      }
      count.calls += 1;
      const roll = random();
      if (roll < 0.05) {
        // Called three times, never came.
        await ticketOp(counter, 'recallTicket', ticket);
        await ticketOp(counter, 'recallTicket', ticket);
        count.recalls += 2;
        await ticketOp(counter, 'markNoShow', ticket);
        count.noShows += 1;
      } else if (roll < 0.15) {
        await ticketOp(counter, 'recallTicket', ticket);
        count.recalls += 1;
        await serve(counter, ticket);
      } else if (roll < 0.2 && !transferred.has(ticket.id)) {
        // Wrong queue: sent on to another service, where it is called again.
        const others = hall.services.filter((service) => service.id !== ticket.service.id);
        const target = others[Math.floor(random() * others.length)]!;
        await ticketOp(counter, 'startServing', ticket);
        await ticketOp(counter, 'transferTicket', ticket, `, serviceId: "${target.id}"`);
        transferred.add(ticket.id);
        count.transfers += 1;
      } else if (roll < 0.25 && !counter.parked) {
        // A paper is missing: parked aside while the counter calls the next.
        await ticketOp(counter, 'startServing', ticket);
        await ticketOp(counter, 'parkTicket', ticket);
        counter.parked = ticket;
        count.parks += 1;
      } else {
        await serve(counter, ticket);
      }
      return true;
    };

    // Counter 4 takes a break in round 4: paused while the other seven work that round, so its
    // pause and resume fall among their calls. The wall says the calls and nothing of the break.
    const breakRound = 4;
    const onBreak = counters.find((counter) => counter.label === '4')!;
    const maxRounds = 80;
    let rounds = 0;
    for (; rounds < maxRounds; rounds += 1) {
      const wave = waveRounds.indexOf(rounds);
      const breakTaker = rounds === breakRound ? onBreak : null;
      if (breakTaker)
        await api(
          breakTaker.token,
          'mutation($id: ID!) { pauseCounter(counterId: $id, reason: "break") { id } }',
          {
            id: counterId(breakTaker.label),
          },
        );
      const [, ...worked] = await Promise.all([
        wave >= 0 ? issueWave(waves[wave]!) : Promise.resolve(),
        ...counters.filter((counter) => counter !== breakTaker).map((counter) => step(counter)),
      ]);
      if (breakTaker) {
        await api(breakTaker.token, 'mutation($id: ID!) { resumeCounter(counterId: $id) { id } }', {
          id: counterId(breakTaker.label),
        });
        count.pauses += 1;
        worked.push(await step(breakTaker));
      }
      if (rounds > waveRounds.at(-1)! && !worked.some(Boolean)) break;
    }
    const worked = Math.round(performance.now() - started);
    expect(rounds).toBeLessThan(maxRounds);

    // Nobody waits and nobody is left parked.
    const board = await api<{ board: { queues: { waiting: number }[] } }>(
      adminToken,
      'query($id: ID!) { board(hallId: $id) { queues { waiting } } }',
      { id: hallId },
    );
    expect(board.board.queues.map((queue) => queue.waiting)).toEqual(hall.services.map(() => 0));
    expect(counters.filter((counter) => counter.parked)).toEqual([]);

    const events = await callEvents(startSeq);
    const seqs = events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(events.filter((event) => event.type === 'TICKET_CALLED')).toHaveLength(count.calls);
    expect(events.filter((event) => event.type === 'TICKET_RECALLED')).toHaveLength(count.recalls);
    expect(count).toMatchObject({ issued: 120, pauses: 1 });
    for (const operation of ['recalls', 'noShows', 'transfers', 'parks'] as const)
      expect(count[operation]).toBeGreaterThan(0);

    // None missing, none repeated, in seq order, each sentence whole.
    const expected = expectedSounds(events);
    await expectEventually(async () => {
      const sounds = await announcements(wall);
      expect(sounds.length).toBeGreaterThanOrEqual(expected.length);
      expect(heard(sounds)).toEqual(expected);
    }, 75_000);
    // Nothing is said after the last call: one more call, made now, is the very next thing the wall
    // says (any sound in between would stand before it).
    await api(
      kioskToken,
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }',
      { input: { hallId, serviceId: serviceId('A') } },
    );
    const lastCall = (
      await api<{ callNext: CalledTicket | null }>(
        counters[0]!.token,
        'mutation($id: ID!) { callNext(counterId: $id) { id number service { id } } }',
        { id: counterId('1') },
      )
    ).callNext;
    expect(lastCall).not.toBeNull();
    const withLastCall = await callEvents(startSeq);
    expect(withLastCall.slice(0, events.length)).toEqual(events);
    expect(withLastCall.slice(events.length).map((event) => [event.type, event.call?.ticketNumber])).toEqual([
      ['TICKET_CALLED', lastCall!.number],
    ]);
    const expectedWithLastCall = expectedSounds(withLastCall);
    await expectEventually(
      async () => expect(heard(await announcements(wall))).toEqual(expectedWithLastCall),
      15_000,
    );
    const sounds = await announcements(wall);
    expect(heard(sounds)).toEqual(expectedWithLastCall);
    // Never cut off: each sound ran its length and the next began only after it ended.
    for (const [index, sound] of sounds.entries()) {
      expect(sound.endedAt - sound.startedAt).toBeGreaterThanOrEqual(sound.kind === 'chime' ? 30 : 100);
      if (index > 0) expect(sound.startedAt).toBeGreaterThanOrEqual(sounds[index - 1]!.endedAt);
    }

    await expect(layoutProblems(wall)).resolves.toEqual([]);
    await captureState(wall, 'display-morning.png');
    console.info(
      `display morning: ${count.issued} tickets, ${rounds} rounds of 8 counters in ${worked} ms; ` +
        `${count.calls} calls, ${count.recalls} recalls, ${count.noShows} no-shows, ${count.transfers} transfers, ` +
        `${count.parks} parked; ${events.length} announcements (${sounds.length} sounds) ` +
        `all said after ${Math.round(performance.now() - started)} ms`,
    );
    await wall.close();
  });
});
