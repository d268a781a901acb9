/**
 * `pnpm simulate --days 30`: lives through past working days of the demo halls in accelerated
 * time, through the GraphQL API only (HTTP for kiosks, phones and clerks; graphql-ws for a
 * display), so that `/manager` shows a real hall's history.
 *
 *   pnpm simulate                       yesterday (the last working day), at 600× speed
 *   pnpm simulate --days 30 --speed 900
 *   pnpm simulate --tickets 500         tickets a day at the district centre (the sub-district gets 40 %)
 *   pnpm simulate --counters 60 --tickets 1200   the centre grown to 60 counters (added once, through the API)
 *
 * For each day it starts the built server on the same data as `pnpm start` (DATA_DIR, default
 * packages/server/.data; stop `pnpm start` first) with SIMULATION_START at that day's opening and
 * SIMULATION_SPEED, drives the day, and stops it. Clerk accounts `sim-<hall>-<counter>` are
 * created once; their passwords are kept in DATA_DIR/simulation-staff.json.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphqlHttp } from '../bench/support/graphql-http.js';
import { startServerProcess } from '../bench/support/server-process.js';
import { addDays, minuteOfTime, resolveDay, serviceDayOf } from '@onestop/shared';
import { demoCalendarRules } from '../src/demo/demo-calendar.js';
import { demoHalls, demoTimezone } from '../src/demo/demo-district.js';
import { readDemoCredentials } from '../src/demo/seed.js';
import {
  accuracyLines,
  accuracyTableRows,
  compareEstimators,
  comparisonLines,
  comparisonTableRows,
  estimateAccuracy,
  remoteJoinLine,
} from './accuracy.js';
import {
  closingMinute,
  issuingWindows,
  openingMinute,
  remoteJoinBehaviour,
  seededRandom,
} from './day-plan.js';
import { DayClock, runHallDay, type DayTally, type EstimateSample, type SimulatedHall } from './hall-day.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number`);
    process.exit(2);
  }
  return value;
}

const days = Math.floor(option('days', 1));
const speed = option('speed', 600);
const ticketsPerDay = Math.floor(option('tickets', 350));
/** Counters of the district centre: more than the demo's are added, and kept. */
const centreCounters = Math.floor(option('counters', 1));
const seed = Math.floor(option('seed', 20261125));
/** Every estimate of the days lived so far, beside its wait (the calibration reads the earlier ones). */
const allSamples: EstimateSample[] = [];
const dataDir = resolve(process.env.DATA_DIR || join(import.meta.dirname, '../.data'));
/** The demo halls' time zone (Asia/Shanghai, no daylight saving). */
const utcOffsetHours = 8;

/** The last `count` working days (Monday–Friday) before today, oldest first, as YYYY-MM-DD. */
/**
 * The last `count` days the sub-district hall was open, by its demo calendar: weekends and
 * holidays are skipped, swapped working days (调休上班) are lived.
 */
function pastWorkingDays(count: number): string[] {
  const result: string[] = [];
  const rules = demoCalendarRules(demoHalls[1]!);
  const today = serviceDayOf(new Date(), demoTimezone);
  for (let back = 1; result.length < count && back < 3660; back += 1) {
    const day = addDays(today, -back);
    if (resolveDay(rules, day).open) result.unshift(day);
  }
  return result;
}

/** A demo hall's open periods on `day`, in minutes after midnight: where appointment slots lie. */
function openPeriodsOf(code: string, day: string): [number, number][] {
  const demoHall = demoHalls.find((hall) => hall.code === code);
  if (!demoHall) return [[openingMinute, closingMinute]];
  return resolveDay(demoCalendarRules(demoHall), day).periods.map((period): [number, number] => [
    minuteOfTime(period.opens) ?? 0,
    minuteOfTime(period.closes) ?? 24 * 60,
  ]);
}

/** Minutes of `day` a demo hall issues tickets, by its calendar. */
function issuingWindowsOf(code: string, day: string): [number, number][] {
  const demoHall = demoHalls.find((hall) => hall.code === code);
  if (!demoHall) return [[openingMinute, closingMinute]];
  return issuingWindows(
    resolveDay(demoCalendarRules(demoHall), day).periods,
    demoHall.lastIssueMinutesBeforeClose,
  );
}

const clerkNames = [
  '陈静',
  '刘洋',
  '杨帆',
  '赵敏',
  '黄磊',
  '周婷',
  '吴刚',
  '徐丽',
  '孙浩',
  '马琳',
  '朱军',
  '胡萍',
  '郭强',
  '林芳',
  '何伟',
  '高雪',
];

interface HallSetup {
  id: string;
  code: string;
  services: {
    id: string;
    prefix: string;
    appointmentSettings: { enabled: boolean; slotMinutes: number; leadMinutes: number };
  }[];
  counters: { id: string; label: string; services: { service: { prefix: string } }[] }[];
}

/**
 * Grows a hall to `count` counters through the API, as its administrator would: each new counter
 * serves the hall's services in turn as its own (rank 1) and the next one as a helper (rank 2).
 */
async function ensureCounters(admin: GraphqlHttp, hall: HallSetup, count: number): Promise<void> {
  const labels = new Set(hall.counters.map((counter) => counter.label));
  let number = hall.counters.length;
  while (hall.counters.length < count) {
    number += 1;
    const label = String(number);
    if (labels.has(label)) continue;
    const own = hall.services[number % hall.services.length]!;
    const helper = hall.services[(number + 1) % hall.services.length]!;
    const { createCounter } = await admin.request<{ createCounter: { id: string } }>(
      'mutation($hallId: ID!, $label: String!) { createCounter(hallId: $hallId, label: $label) { id } }',
      { hallId: hall.id, label },
    );
    await admin.request(
      'mutation($id: ID!, $services: [CounterServiceInput!]!) { setCounterServices(counterId: $id, services: $services) { id } }',
      {
        id: createCounter.id,
        services: [
          { serviceId: own.id, rank: 1 },
          { serviceId: helper.id, rank: 2 },
        ],
      },
    );
    hall.counters.push({
      id: createCounter.id,
      label,
      services: [{ service: { prefix: own.prefix } }, { service: { prefix: helper.prefix } }],
    });
  }
}

/** Clerk accounts of the simulation, created once, passwords kept beside the demo credentials. */
async function ensureClerks(
  admin: GraphqlHttp,
  halls: { id: string; code: string; counters: { id: string; label: string }[] }[],
): Promise<Map<string, { username: string; password: string }>> {
  const file = join(dataDir, 'simulation-staff.json');
  const passwords: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const { staff } = await admin.request<{ staff: { id: string; username: string }[] }>(
    'query { staff { id username } }',
  );
  const byCounter = new Map<string, { username: string; password: string }>();
  let nameIndex = 0;
  for (const hall of halls) {
    for (const counter of hall.counters) {
      const username = `sim-${hall.code.toLowerCase()}-${counter.label}`;
      const existing = staff.find((member) => member.username === username);
      if (!existing) {
        const password = randomBytes(12).toString('base64url');
        await admin.request('mutation($input: StaffInput!) { createStaff(input: $input) { id } }', {
          input: {
            username,
            displayName: clerkNames[nameIndex % clerkNames.length],
            role: 'CLERK',
            hallIds: [hall.id],
            password,
          },
        });
        passwords[username] = password;
      } else if (!passwords[username]) {
        const password = randomBytes(12).toString('base64url');
        await admin.request(
          'mutation($id: ID!, $password: String!) { resetPassword(staffId: $id, password: $password) { id } }',
          {
            id: existing.id,
            password,
          },
        );
        passwords[username] = password;
      }
      nameIndex += 1;
      byCounter.set(counter.id, { username, password: passwords[username]! });
    }
  }
  writeFileSync(file, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  return byCounter;
}

/**
 * Turns remote join on for the services of {@link remoteJoinBehaviour} in every hall with its
 * settings; answers each hall's services taking remote joins, by prefix, with their `checkInAhead`.
 */
async function enableRemoteJoin(
  admin: GraphqlHttp,
  halls: readonly HallSetup[],
): Promise<Map<string, Record<string, { checkInAhead: number }>>> {
  const byHall = new Map<string, Record<string, { checkInAhead: number }>>();
  for (const hall of halls) {
    const services: Record<string, { checkInAhead: number }> = {};
    for (const service of hall.services.filter((each) =>
      remoteJoinBehaviour.prefixes.includes(each.prefix),
    )) {
      const { setRemoteJoinSettings } = await admin.request<{
        setRemoteJoinSettings: { remoteJoinSettings: { enabled: boolean; checkInAhead: number } };
      }>(
        `mutation($id: ID!, $input: RemoteJoinSettingsInput!) {
           setRemoteJoinSettings(serviceId: $id, input: $input) { remoteJoinSettings { enabled checkInAhead } } }`,
        { id: service.id, input: { ...remoteJoinBehaviour.settings } },
      );
      if (setRemoteJoinSettings.remoteJoinSettings.enabled)
        services[service.prefix] = { checkInAhead: setRemoteJoinSettings.remoteJoinSettings.checkInAhead };
    }
    byHall.set(hall.id, services);
  }
  return byHall;
}

function progressBar(fraction: number, width = 24): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

function clockText(minuteOfDay: number): string {
  const minute = Math.max(0, Math.floor(minuteOfDay));
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

async function simulateDay(
  day: string,
  dayIndex: number,
  random: () => number,
  /** Access codes of the remote tickets the day before left waiting unchecked-in: now EXPIRED? */
  leftWaitingBefore: readonly string[],
  /** The day's second start, after the set-up of the first ran past the opening. */
  restarted = false,
): Promise<Record<string, DayTally> | null> {
  const localMidnight = Date.parse(`${day}T00:00:00+0${utcOffsetHours}:00`);
  const start = new Date(localMidnight + (8 * 60 + 20) * 60_000);
  const server = await startServerProcess({
    databaseUrl: process.env.DATABASE_URL ?? null,
    dataDir,
    environment: {
      SIMULATION_START: start.toISOString(),
      SIMULATION_SPEED: String(speed),
      DEMO: 'on',
      DEMO_PASSWORD: process.env.DEMO_PASSWORD ?? '',
      ADMIN_PASSWORD: process.env.ADMIN_PASSWORD ?? '',
    },
  });
  try {
    const credentials = readDemoCredentials(dataDir);
    if (!credentials) throw new Error(`no demo credentials in ${dataDir}`);
    const adminLogin = credentials.staff.find((member) => member.username === 'admin');
    const anonymous = new GraphqlHttp(server.url);
    const admin = anonymous.withToken(
      await anonymous.login('admin', process.env.ADMIN_PASSWORD || adminLogin?.password || ''),
    );
    const halls = await Promise.all(
      credentials.halls.map(async (hall) => {
        const data = await admin.request<{ hall: HallSetup }>(
          `query($id: ID!) { hall(id: $id) { id code
             services { id prefix appointmentSettings { enabled slotMinutes leadMinutes } }
             counters { id label services { service { prefix } } } } }`,
          { id: hall.id },
        );
        return data.hall;
      }),
    );
    await ensureCounters(admin, halls[0]!, centreCounters);
    // Remote join (远程取号) on the busiest walk-in services, as an administrator would turn it on.
    const remoteJoin = await enableRemoteJoin(admin, halls);
    const clerks = await ensureClerks(admin, halls);
    const board = await admin.request<{ board: { at: string } }>(
      'query($id: ID!) { board(hallId: $id) { at } }',
      {
        id: halls[0]!.id,
      },
    );
    const clock = new DayClock(localMidnight, Date.parse(board.board.at), Date.now(), speed);
    // The first day of a fresh DATA_DIR creates the clerks (a password hash each): on a busy
    // machine that takes simulated hours. The accounts now exist: start the day again.
    if (!restarted && clock.minuteOfDay() > openingMinute) {
      console.log(`  the set-up lasted until ${clockText(clock.minuteOfDay())}: the day starts again`);
      return null;
    }

    // A wall display of the district centre follows every event: none may be missing.
    let events = 0;
    let gaps = 0;
    let lastSeq: number | null = null;
    const displayToken = credentials.devices.find(
      (device) => device.hallId === halls[0]!.id && device.role === 'DISPLAY',
    )!.token;
    const display = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: displayToken },
    });
    const stopDisplay = display.subscribe<{ hallEvents: { seq: number } }>(
      {
        query: 'subscription($id: ID!) { hallEvents(hallId: $id) { seq } }',
        variables: { id: halls[0]!.id },
      },
      {
        next: (message) => {
          const seq = message.data?.hallEvents.seq;
          if (seq === undefined) return;
          if (lastSeq !== null && seq !== lastSeq + 1) gaps += 1;
          lastSeq = seq;
          events += 1;
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );

    const tallies: Record<string, DayTally> = {};
    const progress = setInterval(() => {
      const minute = clock.minuteOfDay();
      const issued = Object.values(tallies).reduce((sum, tally) => sum + tally.issued, 0);
      process.stderr.write(
        `\r day ${dayIndex + 1}/${days} ${day} ${progressBar((minute - 8 * 60) / (9.5 * 60))} ${clockText(minute)}  display events ${events}${issued ? `  issued ${issued}` : ''}   `,
      );
    }, 250);
    try {
      await Promise.all(
        halls.map(async (hall, index) => {
          const booked = hall.services.filter((service) => service.appointmentSettings.enabled);
          const simulated: SimulatedHall = {
            id: hall.id,
            code: hall.code,
            services: Object.fromEntries(hall.services.map((service) => [service.prefix, service.id])),
            counters: hall.counters.map((counter) => ({
              id: counter.id,
              label: counter.label,
              prefixes: counter.services.map((link) => link.service.prefix),
              clerk: clerks.get(counter.id)!,
            })),
            kiosk: anonymous.withToken(
              credentials.devices.find((device) => device.hallId === hall.id && device.role === 'KIOSK')!
                .token,
            ),
            display: ((token) => (token ? anonymous.withToken(token) : null))(
              credentials.devices.find((device) => device.hallId === hall.id && device.role === 'DISPLAY')
                ?.token,
            ),
            remoteJoin: remoteJoin.get(hall.id) ?? {},
            expectedTickets: index === 0 ? ticketsPerDay : Math.round(ticketsPerDay * 0.4),
            issuingWindows: issuingWindowsOf(hall.code, day),
            openPeriods: openPeriodsOf(hall.code, day),
            appointmentSlotMinutes: Object.fromEntries(
              booked.map((service) => [service.prefix, service.appointmentSettings.slotMinutes]),
            ),
            // Booked at the day's start (08:20): the services' lead time decides the first slot.
            earliestSlotMinute:
              8 * 60 + 20 + Math.max(0, ...booked.map((service) => service.appointmentSettings.leadMinutes)),
          };
          tallies[hall.code] = await runHallDay(server.url, simulated, clock, random);
        }),
      );
    } finally {
      clearInterval(progress);
      stopDisplay();
      await display.dispose();
    }
    process.stderr.write('\n');
    for (const [code, tally] of Object.entries(tallies)) {
      console.log(`  ${code.padEnd(6)} ${tally.pattern}`);
      console.log(
        `  ${code.padEnd(6)} issued ${tally.issued}, called ${tally.called}, completed ${tally.completed}, ` +
          `no-shows ${tally.noShows}, cancelled ${tally.cancelled}, transferred ${tally.transferred}, ` +
          `parked ${tally.parked}, ratings ${tally.ratings}, refused ${tally.refused}; ` +
          `appointments booked ${tally.appointmentsBooked}, checked in ${tally.appointmentsCheckedIn}, ` +
          `never came ${tally.appointmentsMissed}`,
      );
    }
    console.log(remoteJoinLine(Object.values(tallies)));
    if (leftWaitingBefore.length > 0) {
      // The day's first queue write expired the day before's tickets, the never-checked-in remote ones too.
      let expired = 0;
      for (const code of leftWaitingBefore) {
        const seen = await anonymous
          .request<{ myTicket: { status: string } | null }>(
            'query($code: String!) { myTicket(accessCode: $code) { status } }',
            {
              code,
            },
          )
          .catch(() => null);
        if (seen?.myTicket?.status === 'EXPIRED') expired += 1;
      }
      console.log(
        `  the day before's ${leftWaitingBefore.length} remote tickets never checked in: ${expired} EXPIRED now`,
      );
      if (expired !== leftWaitingBefore.length) process.exitCode = 1;
    }
    console.log(`  display: ${events} events, ${gaps} gaps`);
    for (const tally of Object.values(tallies)) for (const sample of tally.estimates) sample.day = day;
    printAccuracy(
      '',
      Object.values(tallies).flatMap((tally) => tally.estimates),
    );
    console.log("  every estimator on the same citizens (p90 calibrated on each one's own earlier errors):");
    const judged = new Set(Object.values(tallies).flatMap((tally) => tally.estimates));
    for (const line of comparisonLines(
      compareEstimators([...allSamples, ...judged], (sample) => judged.has(sample)),
    ))
      console.log(line);
    if (gaps > 0) process.exitCode = 1;
    return tallies;
  } finally {
    await server.stop();
  }
}

/** The estimates' accuracy over all citizens, then over the booked ones alone (from their check-in). */
function printAccuracy(prefix: string, samples: readonly EstimateSample[]): void {
  for (const line of accuracyLines(estimateAccuracy(samples)))
    console.log(line.replace('  wait', `  ${prefix}wait`));
  const booked = samples.filter((sample) => sample.appointment);
  if (booked.length > 0) {
    for (const line of accuracyLines(estimateAccuracy(booked)).slice(0, 2))
      console.log(line.replace('  wait estimates', `  ${prefix}of them, appointments checked in`));
  }
  // By channel, as the README's table has them.
  console.log(`  ${prefix}by channel:`);
  for (const row of accuracyTableRows(samples)) console.log(`    ${row}`);
}

/**
 * The comparison of every estimator, day by day and over all days, from estimates kept beside
 * their waits: what the simulator prints at its end, and `--replay FILE` prints again from a
 * kept `simulation-estimates.json` (to try an estimator without living the days again).
 */
function printComparison(samples: readonly EstimateSample[], patterns: ReadonlyMap<string, string>): void {
  const dayList = [...new Set(samples.map((sample) => sample.day ?? ''))].sort();
  const names = compareEstimators(samples).map((figure) => figure.name);
  console.log(`\nMAE (min) per day, every estimator on the same citizens; seed ${seed}:`);
  console.log(`| day | what made it differ | citizens | ${names.join(' | ')} |`);
  console.log(`| --- | --- | --- | ${names.map(() => '---').join(' | ')} |`);
  let won = 0;
  for (const day of dayList) {
    const figures = compareEstimators(samples, (sample) => (sample.day ?? '') === day);
    const served = figures[0]!;
    const formula = figures[1]!;
    if (served.maeMinutes < formula.maeMinutes) won += 1;
    console.log(
      `| ${day} | ${patterns.get(day) ?? ''} | ${served.samples} | ${figures.map((figure) => figure.maeMinutes.toFixed(1)).join(' | ')} |`,
    );
  }
  console.log(`OneStop (as served) below the formula on ${won} of ${dayList.length} days.`);
  console.log(`\nall days, seed ${seed}:`);
  console.log('| estimator | citizens | MAE | waited past p50 | waited past p90 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of comparisonTableRows(compareEstimators(samples))) console.log(row);
}

const replayIndex = process.argv.indexOf('--replay');
if (replayIndex >= 0) {
  const file = process.argv[replayIndex + 1] ?? join(dataDir, 'simulation-estimates.json');
  const kept = JSON.parse(readFileSync(file, 'utf8')) as {
    samples: EstimateSample[];
    patterns: Record<string, string>;
  };
  printComparison(kept.samples, new Map(Object.entries(kept.patterns)));
  process.exit(0);
}

/** Every estimate beside its wait and the queue it read, for whoever tunes the estimator next. */
const samplesFile = join(dataDir, 'simulation-estimates.json');
const calendar = pastWorkingDays(days);
console.log(
  `simulating ${days} working day(s) ${calendar[0]} … ${calendar.at(-1)} at ${speed}×, seed ${seed}, into ${dataDir}\n` +
    `(≈ ${Math.ceil((days * 9.5 * 3600) / speed / 60)} min; stop \`pnpm start\` first, they share the database)`,
);
const random = seededRandom(seed);
const patterns = new Map<string, string>();
const allTallies: DayTally[] = [];
let leftWaiting: string[] = [];
for (const [index, day] of calendar.entries()) {
  const tallies =
    (await simulateDay(day, index, random, leftWaiting)) ??
    (await simulateDay(day, index, random, leftWaiting, true))!;
  allSamples.push(...Object.values(tallies).flatMap((tally) => tally.estimates));
  allTallies.push(...Object.values(tallies));
  patterns.set(
    day,
    Object.entries(tallies)
      .map(([code, tally]) => `${code}: ${tally.pattern}`)
      .join('; '),
  );
  // Kept after every day, so that an interrupted run leaves the days it lived.
  writeFileSync(
    samplesFile,
    `${JSON.stringify({ seed, samples: allSamples, patterns: Object.fromEntries(patterns) })}\n`,
  );
  leftWaiting = Object.values(tallies).flatMap((tally) => tally.remoteWaitingAtClose);
}
if (days > 1) {
  console.log(remoteJoinLine(allTallies).replace('  remote', '  all days: remote'));
  printAccuracy('all days: ', allSamples);
}
printComparison(allSamples, patterns);
console.log(`estimates beside their waits: ${samplesFile}`);
console.log('done: open /manager → 统计 to see the history');
