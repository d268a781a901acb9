import { randomBytes, randomUUID } from 'node:crypto';
import { Role, type HallEventType, type StaffRole, type TicketStatus } from '@onestop/shared';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { Counter, CounterService } from '../../src/modules/counters/counter.entity.js';
import { Hall } from '../../src/modules/halls/hall.entity.js';
import { Service } from '../../src/modules/services/service.entity.js';
import { Staff } from '../../src/modules/staff/staff.entity.js';
import { testAdminPassword, type TestApp } from './test-app.js';

/**
 * A district written straight into the tables, with times chosen by hand so that every figure
 * of waitStats can be worked out on paper (stats.figures, stats.periods and stats.filters tests do,
 * in their comments).
 *
 * Central hall (Asia/Shanghai, UTC+8) with services A (target 10 min) and B (target 20 min),
 * counters 1 and 2 and clerks X and Y; its child, East branch, with service C (15 min), counter 1
 * and clerk Z. The report window is two local days, 2026-11-23 00:00 to 2026-11-25 00:00, and
 * "now" is 2026-11-24 15:00, while counter 2 is still open.
 */

/** A local wall-clock time in Shanghai (no DST, always UTC+8). */
export function shanghai(day: string, time: string): Date {
  return new Date(`${day}T${time}${time.length === 5 ? ':00' : ''}+08:00`);
}

const day0 = '2026-11-22';
const day1 = '2026-11-23';
const day2 = '2026-11-24';
const day3 = '2026-11-25';

export const statsWindow = { from: shanghai(day1, '00:00'), to: shanghai(day3, '00:00') };
export const statsNow = shanghai(day2, '15:00');

type HallName = 'central' | 'east';
type ServiceName = 'A' | 'B' | 'C';
type CounterName = 'c1' | 'c2' | 'k1';
type StaffName = 'X' | 'Y' | 'Z';

interface SegmentSpec {
  name: string;
  service: ServiceName;
  status: TicketStatus;
  queued: Date;
  called?: Date;
  serving?: Date;
  ended?: Date;
  counter?: CounterName;
  staff?: StaffName;
  /** The estimate given at enqueue, in minutes. */
  estimate?: [p50: number, p90: number];
  rating?: { score: number; at: Date };
  /** Segments with the same ticket key are one visit (a transfer). */
  ticket?: string;
}

const hallOf: Record<ServiceName, HallName> = { A: 'central', B: 'central', C: 'east' };

/**
 * The segments. Waits (s) and service times (s) are noted beside each, as the test's hand
 * computations use them.
 */
const segments: SegmentSpec[] = [
  // wait 300, service 600, within A's 600; estimate 240/480.
  {
    name: 's1',
    service: 'A',
    status: 'DONE',
    queued: shanghai(day1, '09:00'),
    called: shanghai(day1, '09:05'),
    serving: shanghai(day1, '09:06'),
    ended: shanghai(day1, '09:16'),
    counter: 'c1',
    staff: 'X',
    estimate: [4, 8],
    rating: { score: 5, at: shanghai(day1, '09:20') },
  },
  // wait 720 (over target, over its p90 of 660), completed from CALLED: service 480.
  {
    name: 's2',
    service: 'A',
    status: 'DONE',
    queued: shanghai(day1, '09:10'),
    called: shanghai(day1, '09:22'),
    serving: shanghai(day1, '09:22'),
    ended: shanghai(day1, '09:30'),
    counter: 'c1',
    staff: 'X',
    estimate: [10, 11],
    rating: { score: 2, at: shanghai(day1, '09:35') },
  },
  // wait 1200, no-show.
  {
    name: 's3',
    service: 'A',
    status: 'NO_SHOW',
    queued: shanghai(day1, '09:20'),
    called: shanghai(day1, '09:40'),
    ended: shanghai(day1, '09:45'),
    counter: 'c2',
    staff: 'Y',
    estimate: [15, 25],
  },
  // cancelled before any call.
  {
    name: 's4',
    service: 'A',
    status: 'CANCELLED',
    queued: shanghai(day1, '10:00'),
    ended: shanghai(day1, '10:07'),
    estimate: [5, 9],
  },
  // wait 1800 (over B's 1200), service 1200.
  {
    name: 's5',
    service: 'B',
    status: 'DONE',
    queued: shanghai(day1, '10:00'),
    called: shanghai(day1, '10:30'),
    serving: shanghai(day1, '10:31'),
    ended: shanghai(day1, '10:51'),
    counter: 'c2',
    staff: 'Y',
    estimate: [20, 35],
    rating: { score: 4, at: shanghai(day1, '10:55') },
  },
  // wait 300 = its p90 (not over), served 180 s, then transferred to A (s7, same ticket).
  {
    name: 's6',
    service: 'B',
    status: 'TRANSFERRED',
    queued: shanghai(day1, '10:05'),
    called: shanghai(day1, '10:10'),
    serving: shanghai(day1, '10:10'),
    ended: shanghai(day1, '10:13'),
    counter: 'c1',
    staff: 'X',
    estimate: [2, 5],
    ticket: 'transfer',
  },
  // wait 120, service 600.
  {
    name: 's7',
    service: 'A',
    status: 'DONE',
    queued: shanghai(day1, '10:13'),
    called: shanghai(day1, '10:15'),
    serving: shanghai(day1, '10:16'),
    ended: shanghai(day1, '10:26'),
    counter: 'c1',
    staff: 'X',
    estimate: [1, 3],
    rating: { score: 3, at: shanghai(day1, '10:30') },
    ticket: 'transfer',
  },
  // queued before local midnight, called after it: wait 1200 (= B's target), service 480.
  {
    name: 's8',
    service: 'B',
    status: 'DONE',
    queued: shanghai(day1, '23:50'),
    called: shanghai(day2, '00:10'),
    serving: shanghai(day2, '00:12'),
    ended: shanghai(day2, '00:20'),
    counter: 'c2',
    staff: 'Y',
    estimate: [15, 25],
    rating: { score: 1, at: shanghai(day2, '00:25') },
  },
  // expired at the day's end, never called, no estimate.
  {
    name: 's9',
    service: 'B',
    status: 'EXPIRED',
    queued: shanghai(day1, '23:55'),
    ended: shanghai(day2, '08:00'),
  },
  // wait 600 = its p50, service 600.
  {
    name: 's10',
    service: 'A',
    status: 'DONE',
    queued: shanghai(day2, '00:05'),
    called: shanghai(day2, '00:15'),
    serving: shanghai(day2, '00:15'),
    ended: shanghai(day2, '00:25'),
    counter: 'c1',
    staff: 'X',
    estimate: [10, 20],
    rating: { score: 5, at: shanghai(day2, '00:30') },
  },
  // wait 120, no-show.
  {
    name: 's11',
    service: 'A',
    status: 'NO_SHOW',
    queued: shanghai(day2, '09:00'),
    called: shanghai(day2, '09:02'),
    ended: shanghai(day2, '09:07'),
    counter: 'c1',
    staff: 'X',
    estimate: [2, 4],
  },
  // still waiting at "now".
  { name: 's12', service: 'B', status: 'WAITING', queued: shanghai(day2, '14:00'), estimate: [3, 6] },
  // wait 1200, being served at "now" (no service time yet), by X at counter 2.
  {
    name: 's13',
    service: 'A',
    status: 'SERVING',
    queued: shanghai(day2, '14:10'),
    called: shanghai(day2, '14:30'),
    serving: shanghai(day2, '14:31'),
    counter: 'c2',
    staff: 'X',
    estimate: [30, 40],
  },
  // queued at the very first instant of the window: included. Wait 60, service 120, no estimate.
  {
    name: 's14',
    service: 'A',
    status: 'DONE',
    queued: shanghai(day1, '00:00'),
    called: shanghai(day1, '00:01'),
    serving: shanghai(day1, '00:01'),
    ended: shanghai(day1, '00:03'),
    counter: 'c1',
    staff: 'X',
  },
  // queued at the window's end: excluded.
  { name: 's15', service: 'A', status: 'WAITING', queued: shanghai(day3, '00:00'), estimate: [1, 2] },
  // queued a minute before the window, served inside it: excluded (periods go by queuedAt).
  {
    name: 's16',
    service: 'A',
    status: 'DONE',
    queued: shanghai(day0, '23:59'),
    called: shanghai(day1, '00:04'),
    serving: shanghai(day1, '00:04'),
    ended: shanghai(day1, '00:06'),
    counter: 'c1',
    staff: 'X',
    estimate: [1, 2],
    rating: { score: 1, at: shanghai(day1, '00:07') },
  },
  // East branch: wait 600 (within C's 900), service 600.
  {
    name: 's17',
    service: 'C',
    status: 'DONE',
    queued: shanghai(day1, '11:00'),
    called: shanghai(day1, '11:10'),
    serving: shanghai(day1, '11:10'),
    ended: shanghai(day1, '11:20'),
    counter: 'k1',
    staff: 'Z',
    estimate: [10, 15],
    rating: { score: 4, at: shanghai(day1, '11:25') },
  },
  {
    name: 's18',
    service: 'C',
    status: 'CANCELLED',
    queued: shanghai(day2, '11:00'),
    ended: shanghai(day2, '11:01'),
    estimate: [1, 2],
  },
];

interface CounterEventSpec {
  counter: CounterName;
  type: HallEventType;
  at: Date;
  staff: StaffName;
}

/**
 * Counter status changes. OPEN spans in the window (s): counter 1: 43 200 (open since before the
 * window, until the lunch pause) + 18 000 + 43 800 = 105 000, all X's; counter 2: 0 (a day before
 * the window) + 23 400 (then paused, closed from the pause) + 7 200, Y's, + 3 600 (X's, open until
 * now) = 34 200; East counter 1: 32 400 + 14 400 = 46 800, Z's.
 */
const counterEvents: CounterEventSpec[] = [
  { counter: 'c2', type: 'COUNTER_OPENED', at: shanghai(day0, '08:00'), staff: 'Y' },
  { counter: 'c2', type: 'COUNTER_CLOSED', at: shanghai(day0, '17:00'), staff: 'Y' },
  { counter: 'c1', type: 'COUNTER_OPENED', at: shanghai(day0, '23:30'), staff: 'X' },
  { counter: 'c1', type: 'COUNTER_PAUSED', at: shanghai(day1, '12:00'), staff: 'X' },
  { counter: 'c1', type: 'COUNTER_RESUMED', at: shanghai(day1, '13:00'), staff: 'X' },
  { counter: 'c1', type: 'COUNTER_CLOSED', at: shanghai(day1, '18:00'), staff: 'X' },
  { counter: 'c1', type: 'COUNTER_OPENED', at: shanghai(day1, '23:50'), staff: 'X' },
  { counter: 'c1', type: 'COUNTER_CLOSED', at: shanghai(day2, '12:00'), staff: 'X' },
  { counter: 'c2', type: 'COUNTER_OPENED', at: shanghai(day1, '09:30'), staff: 'Y' },
  { counter: 'c2', type: 'COUNTER_PAUSED', at: shanghai(day1, '16:00'), staff: 'Y' },
  { counter: 'c2', type: 'COUNTER_CLOSED', at: shanghai(day1, '17:00'), staff: 'Y' },
  { counter: 'c2', type: 'COUNTER_OPENED', at: shanghai(day1, '23:00'), staff: 'Y' },
  { counter: 'c2', type: 'COUNTER_CLOSED', at: shanghai(day2, '01:00'), staff: 'Y' },
  { counter: 'c2', type: 'COUNTER_OPENED', at: shanghai(day2, '14:00'), staff: 'X' },
  // Ticket events carry a counter too; they must not cut an OPEN span.
  { counter: 'c1', type: 'TICKET_CALLED', at: shanghai(day1, '09:05'), staff: 'X' },
  { counter: 'c2', type: 'TICKET_CALLED', at: shanghai(day1, '10:30'), staff: 'Y' },
  { counter: 'k1', type: 'COUNTER_OPENED', at: shanghai(day1, '08:00'), staff: 'Z' },
  { counter: 'k1', type: 'COUNTER_CLOSED', at: shanghai(day1, '17:00'), staff: 'Z' },
  { counter: 'k1', type: 'COUNTER_OPENED', at: shanghai(day2, '08:00'), staff: 'Z' },
  { counter: 'k1', type: 'COUNTER_CLOSED', at: shanghai(day2, '12:00'), staff: 'Z' },
];

const counterHall: Record<CounterName, HallName> = { c1: 'central', c2: 'central', k1: 'east' };

export interface StatsFixture {
  halls: Record<HallName | 'other', Hall>;
  services: Record<ServiceName, Service>;
  counters: Record<CounterName, Counter>;
  staff: Record<StaffName, Staff>;
  /** Segment ids by name (s1 …). */
  segmentIds: Record<string, string>;
  /** Rating ids by the name of the segment rated. */
  ratingIds: Record<string, string>;
  tokens: {
    admin: string;
    /** MANAGER of the central hall (and so of its child). */
    manager: string;
    /** MANAGER of an unrelated hall. */
    otherManager: string;
    clerkX: string;
    clerkY: string;
    kiosk: string;
  };
}

let fixtureNumber = 0;

/** Writes the district, its segments, ratings and counter events; logs the people in. */
export async function createStatsFixture(testApp: TestApp): Promise<StatsFixture> {
  fixtureNumber += 1;
  const suffix = `${fixtureNumber}${randomBytes(3).toString('hex')}`;
  const em = testApp.app.orm.em.fork();
  const hall = (code: string, name: string, nameEn: string, parent: Hall | null): Hall =>
    em.create(Hall, { code: `${code}-${suffix}`, name, nameEn, timezone: 'Asia/Shanghai', parent });
  const central = hall('CENTRAL', '中心大厅', 'Central hall', null);
  const east = hall('EAST', '东区分厅', 'East branch', central);
  const other = hall('OTHER', '其他大厅', 'Other hall', null);
  const service = (owner: Hall, prefix: string, name: string, nameEn: string, target: number): Service =>
    em.create(Service, {
      hall: owner,
      code: `svc-${prefix}`,
      name,
      nameEn,
      prefix,
      targetWaitMinutes: target,
    });
  const services: Record<ServiceName, Service> = {
    A: service(central, 'A', '社会保障', 'Social security', 10),
    B: service(central, 'B', '营业执照', 'Business licences', 20),
    C: service(east, 'C', '税务', 'Tax', 15),
  };
  const counter = (owner: Hall, label: string, served: Service[]): Counter => {
    const created = em.create(Counter, { hall: owner, label });
    served.forEach((each, index) =>
      em.create(CounterService, { counter: created, service: each, rank: index + 1 }),
    );
    return created;
  };
  const counters: Record<CounterName, Counter> = {
    c1: counter(central, '1', [services.A, services.B]),
    c2: counter(central, '2', [services.B, services.A]),
    k1: counter(east, '1', [services.C]),
  };
  const passwordHash = await hashPassword('stats-password-1');
  const person = (username: string, displayName: string, role: StaffRole, halls: Hall[]): Staff => {
    const created = em.create(Staff, { username: `${username}${suffix}`, displayName, role, passwordHash });
    created.halls.set(halls);
    return created;
  };
  const staff: Record<StaffName, Staff> = {
    // A comma and quotes in a name: the CSV must quote them.
    X: person('x', 'Wang, "Xiao"', Role.CLERK, [central]),
    Y: person('y', 'Li Y', Role.CLERK, [central]),
    Z: person('z', 'Zhao Z', Role.CLERK, [east]),
  };
  person('m', 'Manager M', Role.MANAGER, [central]);
  person('o', 'Manager O', Role.MANAGER, [other]);
  await em.flush();

  const halls = { central, east, other };
  const ticketIds = new Map<string, string>();
  const segmentIds: Record<string, string> = {};
  const ratingIds: Record<string, string> = {};
  let sequence = 0;
  for (const spec of segments) {
    const hallId = halls[hallOf[spec.service]].id;
    const ticketKey = spec.ticket ?? spec.name;
    let ticketId = ticketIds.get(ticketKey);
    const ordinal = ticketId ? 2 : 1;
    const serviceDay = spec.queued.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    if (!ticketId) {
      ticketId = randomUUID();
      ticketIds.set(ticketKey, ticketId);
      sequence += 1;
      await em.execute(
        `INSERT INTO ticket (id, hall_id, service_day, prefix, sequence, number, priority, channel, access_code,
                             route, issued_at)
         VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', 'KIOSK', ?, '[]', ?)`,
        [
          ticketId,
          hallId,
          serviceDay,
          spec.service,
          sequence,
          `${spec.service}${String(sequence).padStart(3, '0')}`,
          randomBytes(18).toString('base64url'),
          spec.queued,
        ],
      );
    }
    const segmentId = randomUUID();
    segmentIds[spec.name] = segmentId;
    await em.execute(
      `INSERT INTO segment (id, ticket_id, ordinal, hall_id, service_day, priority, service_id, status, queued_at,
                            called_at, serving_at, ended_at, counter_id, staff_id, estimate_p50_minutes,
                            estimate_p90_minutes)
       VALUES (?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        segmentId,
        ticketId,
        ordinal,
        hallId,
        serviceDay,
        services[spec.service].id,
        spec.status,
        spec.queued,
        spec.called ?? null,
        spec.serving ?? null,
        spec.ended ?? null,
        spec.counter ? counters[spec.counter].id : null,
        spec.staff ? staff[spec.staff].id : null,
        spec.estimate?.[0] ?? null,
        spec.estimate?.[1] ?? null,
      ],
    );
    if (spec.rating) {
      const ratingId = randomUUID();
      ratingIds[spec.name] = ratingId;
      await em.execute(
        `INSERT INTO rating (id, hall_id, ticket_id, segment_id, score, comment, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [ratingId, hallId, ticketId, segmentId, spec.rating.score, `comment on ${spec.name}`, spec.rating.at],
      );
    }
  }

  // Each hall numbers its events in time order, as the engine does.
  for (const hallName of ['central', 'east'] as const) {
    const events = counterEvents
      .filter((event) => counterHall[event.counter] === hallName)
      .sort((left, right) => left.at.getTime() - right.at.getTime());
    for (const [index, event] of events.entries()) {
      await em.execute(
        `INSERT INTO hall_event (hall_id, seq, type, at, counter_id, staff_id, data) VALUES (?, ?, ?, ?, ?, ?, '{}')`,
        [
          halls[hallName].id,
          index + 1,
          event.type,
          event.at,
          counters[event.counter].id,
          staff[event.staff].id,
        ],
      );
    }
    await em.execute('UPDATE hall SET last_event_seq = ? WHERE id = ?', [events.length, halls[hallName].id]);
  }

  const login = (username: string): Promise<string> =>
    testApp.login(`${username}${suffix}`, 'stats-password-1');
  const admin = await testApp.login('admin', testAdminPassword);
  const kiosk = await testApp.graphql<{ createDeviceToken: { token: string } }>(
    'mutation($hallId: ID!) { createDeviceToken(hallId: $hallId, role: KIOSK, name: "kiosk") { token } }',
    { hallId: central.id },
    { token: admin },
  );
  return {
    halls: { central, east, other },
    services,
    counters,
    staff,
    segmentIds,
    ratingIds,
    tokens: {
      admin,
      manager: await login('m'),
      otherManager: await login('o'),
      clerkX: await login('x'),
      clerkY: await login('y'),
      kiosk: kiosk.data!.createDeviceToken.token,
    },
  };
}
