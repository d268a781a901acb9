import { reminderOf, TicketReminder, TicketStatus, type TicketChannel } from '@onestop/shared';
import { GraphqlHttp } from '../bench/support/graphql-http.js';
import {
  closingMinute,
  dayPatternText,
  openingMinute,
  planAppointments,
  planDayPattern,
  planRemoteJoins,
  planVisits,
  remoteJoinBehaviour,
  ratingScore,
  withinIssuingHours,
  serviceMinutes,
  serviceProfiles,
} from './day-plan.js';
import type { AppointmentVisit, RemoteVisit, Visit } from './day-plan.js';
import { QueueView } from './queue-view.js';
import type { QueueReading } from '../src/modules/tickets/wait-estimators.js';

/** Simulated time of one day: local minutes of the day ↔ real milliseconds, at `speed`. */
export class DayClock {
  constructor(
    /** UTC instant of local midnight of the simulated day. */
    readonly localMidnight: number,
    /** The simulated instant the server's clock showed at `realStart`. */
    private readonly simulatedStart: number,
    private readonly realStart: number,
    readonly speed: number,
  ) {}

  /** The simulated time now, in minutes after local midnight. */
  minuteOfDay(): number {
    const simulated = this.simulatedStart + (Date.now() - this.realStart) * this.speed;
    return (simulated - this.localMidnight) / 60_000;
  }

  /** Sleeps until the simulated minute of day (at once if it has passed). */
  async until(minuteOfDay: number): Promise<void> {
    const realDelay = ((minuteOfDay - this.minuteOfDay()) * 60_000) / this.speed;
    if (realDelay > 0) await new Promise((resolveWait) => setTimeout(resolveWait, realDelay));
  }

  /** Sleeps for simulated minutes. */
  async minutes(count: number): Promise<void> {
    await this.until(this.minuteOfDay() + count);
  }
}

/** What a simulated hall needs from its set-up. */
export interface SimulatedHall {
  id: string;
  code: string;
  /** Service id by ticket prefix. */
  services: Record<string, string>;
  counters: {
    id: string;
    label: string;
    prefixes: string[];
    clerk: { username: string; password: string };
  }[];
  kiosk: GraphqlHttp;
  /** The hall's wall display, whose board shows the check-in code remote tickets check in with. */
  display: GraphqlHttp | null;
  /** Prefixes of the services taking remote joins, and their `checkInAhead`. */
  remoteJoin: Record<string, { checkInAhead: number }>;
  /** Tickets a day, before the day's own random variation. */
  expectedTickets: number;
  /** Minutes of the day its calendar issues tickets (simulate.ts reads them from the demo calendar). */
  issuingWindows: [number, number][];
  /** Its open periods that day, in minutes: where appointment slots lie. */
  openPeriods: [number, number][];
  /** Slot length by prefix of the services that take appointments. */
  appointmentSlotMinutes: Record<string, number>;
  /** The first slot a booking made at the day's start may take (the services' lead time). */
  earliestSlotMinute: number;
}

/** What one hall's day came to, as the simulator saw it. */
export interface DayTally {
  issued: number;
  called: number;
  completed: number;
  noShows: number;
  cancelled: number;
  transferred: number;
  parked: number;
  ratings: number;
  refused: number;
  /** Appointments booked for the day, checked in at the kiosk, and never come (MISSED). */
  appointmentsBooked: number;
  appointmentsCheckedIn: number;
  appointmentsMissed: number;
  /** Remote joins made, and refused (those citizens came to the kiosk at their time instead). */
  remoteJoined: number;
  remoteJoinRefused: number;
  /** Remote tickets checked in keeping their place (in time), and queued anew at the check-in (late). */
  remoteCheckedInInTime: number;
  remoteCheckedInLate: number;
  /** Of those queued anew, the ones who set out at once and came the planned way (not dawdling). */
  remoteLateThoughPrompt: number;
  /** Remote tickets whose citizen never came (left WAITING, unchecked-in, at the day's end). */
  remoteNeverCame: number;
  /** Check-ins by the wall's code, and at the kiosk after the code was refused three times. */
  remoteCheckedInByCode: number;
  remoteCheckedInAtKiosk: number;
  /** Wall codes refused as expired (the citizen scans again). */
  remoteCodeRefusals: number;
  /** Access codes of the remote tickets still waiting unchecked-in at the day's end. */
  remoteWaitingAtClose: string[];
  estimates: EstimateSample[];
  /** What made the day unlike the others (day-plan.ts, DayPattern). */
  pattern: string;
}

const operations = {
  issue: `mutation($input: IssueTicketInput!) {
    issueTicket(input: $input) { accessCode peopleAhead estimate { p50Minutes p90Minutes } ticket { id } } }`,
  open: 'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
  pause: 'mutation($id: ID!, $reason: String!) { pauseCounter(counterId: $id, reason: $reason) { id } }',
  resume: 'mutation($id: ID!) { resumeCounter(counterId: $id) { id } }',
  close: 'mutation($id: ID!) { closeCounter(counterId: $id) { id } }',
  callNext: 'mutation($id: ID!) { callNext(counterId: $id) { id segments { service { prefix } } } }',
  recall: 'mutation($id: ID!) { recallTicket(ticketId: $id) { id } }',
  start: 'mutation($id: ID!) { startServing(ticketId: $id) { id } }',
  complete:
    'mutation($id: ID!, $outcome: String) { completeTicket(ticketId: $id, outcome: $outcome) { id } }',
  noShow: 'mutation($id: ID!) { markNoShow(ticketId: $id) { id } }',
  transfer:
    'mutation($id: ID!, $serviceId: ID!) { transferTicket(ticketId: $id, serviceId: $serviceId, placement: FRONT) { id } }',
  park: 'mutation($id: ID!) { parkTicket(ticketId: $id) { id } }',
  resumeTicket: 'mutation($id: ID!) { resumeTicket(ticketId: $id) { id } }',
  cancel: 'mutation($code: String!) { cancelTicket(accessCode: $code) { id } }',
  rate: 'mutation($code: String!, $score: Int!) { rateTicket(accessCode: $code, score: $score) { id } }',
  book: `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { checkInCode } } }`,
  checkIn: `mutation($hallId: ID!, $code: String!) { checkInAppointment(hallId: $hallId, code: $code) {
    accessCode peopleAhead estimate { p50Minutes p90Minutes } ticket { id } } }`,
  joinRemotely: `mutation($input: JoinRemotelyInput!) {
    joinRemotely(input: $input) { accessCode peopleAhead estimate { p50Minutes p90Minutes } ticket { id } } }`,
  myTicket: 'query($code: String!) { myTicket(accessCode: $code) { status channel checkedIn position } }',
  checkInCode: 'query($id: ID!) { board(hallId: $id) { checkInCode } }',
  checkInTicket: `mutation($code: String!, $checkInCode: String) { checkInTicket(accessCode: $code, checkInCode: $checkInCode) {
    checkedIn issuedAt queuedAt position estimate { p50Minutes p90Minutes } } }`,
};

type CheckedIn = {
  checkedIn: boolean;
  issuedAt: string;
  queuedAt: string;
  position: number | null;
  estimate: { p50Minutes: number; p90Minutes: number } | null;
};

type IssuedAnswer = {
  accessCode: string;
  peopleAhead: number;
  estimate: { p50Minutes: number; p90Minutes: number } | null;
  ticket: { id: string };
};

/** One citizen as the simulator follows them. */
interface Citizen {
  visit: Visit;
  appointment: boolean;
  /** A remote ticket: checked in keeping its place ('inTime') or queued anew ('late'); null for others. */
  remote: 'inTime' | 'late' | null;
  /** When its wait starts, if not at the issue (a remote ticket queued anew: its check-in). */
  waitFrom: string | null;
  accessCode: string;
  called: boolean;
  /** OneStop's wait range given at the kiosk, in minutes. */
  estimate: { p50Minutes: number; p90Minutes: number } | null;
  /** The simple formula other systems use, at the same moment: mean service × ahead ÷ open counters. */
  baselineMinutes: number;
  ticketId: string;
  /** The simulated minute the estimate was given (the issue, a check-in). */
  givenAtMinute: number;
  /** The queue as the simulator saw it then: what every compared estimator reads. */
  reading: QueueReading;
}

/** An estimate given at the kiosk beside the wait that followed, in minutes. */
export interface EstimateSample {
  /** A booked citizen's ticket, checked in at the kiosk (its wait counts from the check-in here). */
  appointment: boolean;
  /**
   * A remote ticket (远程取号). Checked in in time ('inTime') it kept its place: its estimate is the
   * one the join answered, its wait counts from the join. Checked in late ('late') it queued anew:
   * its estimate is the check-in's answer, its wait counts from the check-in. Null for the others.
   */
  remote?: 'inTime' | 'late' | null;
  p50Minutes: number;
  p90Minutes: number;
  baselineMinutes: number;
  waitedMinutes: number;
  /** The hall's code: each hall calibrates its p90 on its own errors. */
  hall: string;
  /** When the estimate was given and when the citizen was called, epoch milliseconds. */
  givenAt: number;
  calledAt: number;
  /** The queue as the simulator saw it when the estimate was given (queue-view.ts). */
  reading: QueueReading;
  /** A remote ticket estimated before its check-in: the service's `checkInAhead`. */
  checkInAhead: number | null;
  /** The simulated day, YYYY-MM-DD (set by simulate.ts). */
  day?: string;
}

/** The first break between two open periods of the day, [from, to] in minutes; null without one. */
export function breakOf(periods: readonly [number, number][]): [number, number] | null {
  const sorted = [...periods].sort((left, right) => left[0] - right[0]);
  for (let index = 1; index < sorted.length; index += 1)
    if (sorted[index]![0] > sorted[index - 1]![1]) return [sorted[index - 1]![1], sorted[index]![0]];
  return null;
}

/**
 * One day of one hall through the API only: citizens take tickets at the kiosk at planned times
 * (and some cancel on their phone), clerks open their counters, call, recall, serve for a
 * log-normal time, complete, mark no-shows, transfer, park and resume, pause for lunch, and close.
 */
export async function runHallDay(
  url: string,
  hall: SimulatedHall,
  clock: DayClock,
  random: () => number,
): Promise<DayTally> {
  const tally: DayTally = {
    issued: 0,
    called: 0,
    completed: 0,
    noShows: 0,
    cancelled: 0,
    transferred: 0,
    parked: 0,
    ratings: 0,
    refused: 0,
    appointmentsBooked: 0,
    appointmentsCheckedIn: 0,
    appointmentsMissed: 0,
    remoteJoined: 0,
    remoteJoinRefused: 0,
    remoteCheckedInInTime: 0,
    remoteCheckedInLate: 0,
    remoteLateThoughPrompt: 0,
    remoteNeverCame: 0,
    remoteCheckedInByCode: 0,
    remoteCheckedInAtKiosk: 0,
    remoteCodeRefusals: 0,
    remoteWaitingAtClose: [],
    estimates: [],
    pattern: '',
  };
  const pattern = planDayPattern(hall.counters.length, random);
  tally.pattern = dayPatternText(pattern, (index) => hall.counters[index]?.label ?? String(index + 1));
  // What the baseline formula knows: each service's completed durations, and which counters are open.
  const durations = new Map<string, number[]>();
  const openCounters = new Set<string>();
  const baselineMinutes = (prefix: string, peopleAhead: number): number => {
    const done = durations.get(prefix) ?? [];
    const meanMinutes = done.length ? done.reduce((sum, minutes) => sum + minutes, 0) / done.length : 8;
    const open = hall.counters.filter(
      (counter) => openCounters.has(counter.id) && counter.prefixes.includes(prefix),
    ).length;
    return (meanMinutes * peopleAhead) / Math.max(1, open);
  };
  const citizens = new Map<string, Citizen>();
  const view = new QueueView(
    hall.counters.map((counter) => ({ id: counter.id, prefixes: counter.prefixes })),
  );
  const anonymous = new GraphqlHttp(url);
  const attempt = async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      return true;
    } catch {
      // A refusal the rules allow (a cancel after the call, a rating twice): counted, not fatal.
      tally.refused += 1;
      return false;
    }
  };

  // Some citizens booked their slot ahead: a clerk books them as telephone bookings (电话预约), before
  // the day, each with a number of its own; one the booking refuses comes as a walk-in instead.
  // Some join from their phone a while before they would have come (远程取号).
  const plannedRemote = planRemoteJoins(
    withinIssuingHours(
      planVisits(hall.expectedTickets, random, pattern.kind === 'doubleRush' ? 2 : 1),
      hall.issuingWindows,
      random,
    ),
    { prefixes: new Set(Object.keys(hall.remoteJoin)), issuingWindows: hall.issuingWindows },
    random,
  );
  const planned = planAppointments(
    plannedRemote.others,
    {
      prefixes: new Set(Object.keys(hall.appointmentSlotMinutes)),
      openPeriods: hall.openPeriods,
      slotMinutes: Math.min(...Object.values(hall.appointmentSlotMinutes), 30),
      earliestSlotMinute: hall.earliestSlotMinute,
    },
    random,
  );
  const arrivalsOfDay: { minute: number; visit: Visit; checkInCode: string | null }[] = planned.walkIns.map(
    (visit) => ({ minute: visit.minuteOfDay, visit, checkInCode: null }),
  );
  if (planned.appointments.length > 0) {
    const booker = anonymous.withToken(
      await anonymous.login(hall.counters[0]!.clerk.username, hall.counters[0]!.clerk.password),
    );
    for (const appointment of planned.appointments) {
      const checkInCode = await bookAhead(booker, appointment);
      if (checkInCode === null) {
        arrivalsOfDay.push({
          minute: appointment.visit.minuteOfDay,
          visit: appointment.visit,
          checkInCode: null,
        });
        continue;
      }
      tally.appointmentsBooked += 1;
      view.booked(checkInCode, appointment.prefix, appointment.slotMinute);
      if (appointment.arrivalMinute === null) tally.appointmentsMissed += 1;
      else arrivalsOfDay.push({ minute: appointment.arrivalMinute, visit: appointment.visit, checkInCode });
    }
    arrivalsOfDay.sort((left, right) => left.minute - right.minute);
  }
  async function bookAhead(booker: GraphqlHttp, appointment: AppointmentVisit): Promise<string | null> {
    const slotStart = new Date(clock.localMidnight + appointment.slotMinute * 60_000).toISOString();
    const booked = await booker
      .request<{ bookAppointment: { appointment: { checkInCode: string } } }>(operations.book, {
        input: {
          hallId: hall.id,
          serviceId: hall.services[appointment.prefix]!,
          slotStart,
          phone: `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        },
      })
      .catch(() => null);
    return booked?.bookAppointment.appointment.checkInCode ?? null;
  }

  const issueWalkIn = (visit: Visit) => {
    const [first, ...route] = visit.prefixes.map((prefix) => hall.services[prefix]!);
    return hall.kiosk
      .request<{ issueTicket: IssuedAnswer }>(operations.issue, {
        input: {
          hallId: hall.id,
          serviceId: first,
          route,
          priority: visit.priority ? 'PRIORITY' : 'NORMAL',
          idempotencyKey: `sim-${hall.code}-${Date.now()}-${random().toString(36).slice(2)}`,
        },
      })
      .then((answer) => answer.issueTicket)
      .catch(() => null);
  };
  const follow = (
    visit: Visit,
    issued: IssuedAnswer,
    kind: { appointment: boolean; remote: boolean },
  ): Citizen => {
    tally.issued += 1;
    const prefix = visit.prefixes[0]!;
    const minute = clock.minuteOfDay();
    const reading = view.reading(prefix, minute, issued.peopleAhead);
    // A remote ticket waits for its citizen too: its wait says nothing of the minutes a place takes.
    view.queued(issued.ticket.id, prefix, minute, !kind.remote, kind.remote ? null : issued.peopleAhead);
    const citizen: Citizen = {
      visit,
      appointment: kind.appointment,
      accessCode: issued.accessCode,
      remote: kind.remote ? 'inTime' : null,
      waitFrom: null,
      called: false,
      estimate: issued.estimate,
      baselineMinutes: baselineMinutes(visit.prefixes[0]!, issued.peopleAhead),
      ticketId: issued.ticket.id,
      givenAtMinute: minute,
      reading,
    };
    citizens.set(issued.ticket.id, citizen);
    return citizen;
  };

  const arrivals = (async () => {
    const pending: Promise<unknown>[] = [];
    for (const { minute, visit, checkInCode } of arrivalsOfDay) {
      await clock.until(minute);
      // A booked citizen checks in with their code; refused (too early, missed), they take a number.
      const checkedIn =
        checkInCode === null
          ? null
          : await hall.kiosk
              .request<{ checkInAppointment: IssuedAnswer }>(operations.checkIn, {
                hallId: hall.id,
                code: checkInCode,
              })
              .then((answer) => answer.checkInAppointment)
              .catch(() => null);
      if (checkInCode !== null) {
        view.appointmentCame(checkInCode);
        if (checkedIn) tally.appointmentsCheckedIn += 1;
        else tally.refused += 1;
      }
      const issued = checkedIn ?? (await issueWalkIn(visit));
      if (!issued) {
        tally.refused += 1;
        continue;
      }
      const citizen = follow(visit, issued, { appointment: checkedIn !== null, remote: false });
      if (visit.cancelsAfterMinutes !== null) {
        pending.push(
          (async () => {
            await clock.minutes(visit.cancelsAfterMinutes!);
            if (citizen.called) return;
            if (await attempt(() => anonymous.request(operations.cancel, { code: citizen.accessCode }))) {
              tally.cancelled += 1;
              view.left(citizen.ticketId);
            }
          })(),
        );
      }
    }
    await Promise.all(pending);
  })();

  // The remote citizens: each joins from their phone, looks at the ticket every few minutes, sets
  // out when the phone page says "come and check in" (the shared reminderOf), and checks in with
  // the code the wall display shows — or never comes. A refused join comes to the kiosk instead.
  const phone = anonymous;
  const remoteDay = Promise.all(plannedRemote.remote.map((remoteVisit) => liveRemotely(remoteVisit)));
  async function liveRemotely(remoteVisit: RemoteVisit): Promise<void> {
    const { visit, prefix } = remoteVisit;
    await clock.until(remoteVisit.joinMinute);
    const joined = await phone
      .request<{ joinRemotely: IssuedAnswer }>(operations.joinRemotely, {
        input: {
          hallId: hall.id,
          serviceId: hall.services[prefix]!,
          phone: remoteVisit.phone,
          idempotencyKey: `sim-remote-${hall.code}-${Date.now()}-${random().toString(36).slice(2)}`,
        },
      })
      .then((answer) => answer.joinRemotely)
      .catch(() => null);
    if (!joined) {
      tally.remoteJoinRefused += 1;
      await clock.until(visit.minuteOfDay);
      const issued = await issueWalkIn(visit);
      if (issued) follow(visit, issued, { appointment: false, remote: false });
      else tally.refused += 1;
      return;
    }
    tally.remoteJoined += 1;
    const citizen = follow(visit, joined, { appointment: false, remote: true });
    const checkInAhead = hall.remoteJoin[prefix]?.checkInAhead ?? 0;
    // The phone page: until it asks the citizen to come (or the hall closes).
    let askedToCome = false;
    while (!askedToCome && clock.minuteOfDay() < closingMinute) {
      const seen = await phone
        .request<{
          myTicket: {
            status: TicketStatus;
            channel: TicketChannel;
            checkedIn: boolean;
            position: number | null;
          } | null;
        }>(operations.myTicket, { code: joined.accessCode })
        .then((answer) => answer.myTicket)
        .catch(() => null);
      if (seen && seen.status !== TicketStatus.WAITING) break;
      askedToCome =
        seen !== null &&
        reminderOf({ ...seen, peopleAhead: seen.position ?? 0, checkInAhead }) ===
          TicketReminder.COME_AND_CHECK_IN;
      if (!askedToCome) await clock.minutes(remoteJoinBehaviour.pollMinutes);
    }
    if (askedToCome && remoteVisit.behaviour !== 'never') await clock.minutes(remoteVisit.comeAfterMinutes);
    // Not come, or come too late for the day: the ticket stays WAITING and expires with the day.
    if (!askedToCome || remoteVisit.behaviour === 'never' || clock.minuteOfDay() >= closingMinute - 5) {
      view.left(citizen.ticketId);
      tally.remoteNeverCame += 1;
      tally.remoteWaitingAtClose.push(joined.accessCode);
      return;
    }
    const checkedIn = await checkInOnArrival(joined.accessCode);
    if (!checkedIn) {
      tally.refused += 1;
      return;
    }
    // Queued anew at the check-in (checked in past holdMinutes after being passed over): its wait
    // and its estimate count from the check-in.
    if (Date.parse(checkedIn.queuedAt) > Date.parse(checkedIn.issuedAt)) {
      const minute = clock.minuteOfDay();
      const reading = view.reading(prefix, minute, checkedIn.position ?? 0);
      view.checkedIn(citizen.ticketId, minute, checkedIn.position ?? 0);
      tally.remoteCheckedInLate += 1;
      if (remoteVisit.behaviour === 'inTime') tally.remoteLateThoughPrompt += 1;
      Object.assign(citizen, {
        remote: 'late',
        waitFrom: checkedIn.queuedAt,
        estimate: checkedIn.estimate,
        baselineMinutes: baselineMinutes(prefix, checkedIn.position ?? 0),
        givenAtMinute: minute,
        reading,
      } satisfies Partial<Citizen>);
    } else {
      view.checkedIn(citizen.ticketId, null);
      tally.remoteCheckedInInTime += 1;
    }
  }
  /** Scans the wall display's code (reading the board as the display shows it), thrice at most, then asks at the kiosk. */
  async function checkInOnArrival(accessCode: string): Promise<CheckedIn | null> {
    for (let scan = 0; hall.display && scan < 3; scan += 1) {
      const board = await hall.display
        .request<{ board: { checkInCode: string | null } }>(operations.checkInCode, { id: hall.id })
        .catch(() => null);
      const code = board?.board.checkInCode;
      if (!code) break;
      const answer = await phone
        .request<{ checkInTicket: CheckedIn }>(operations.checkInTicket, {
          code: accessCode,
          checkInCode: code,
        })
        .then((data) => data.checkInTicket)
        .catch((error: Error) => error);
      if (!(answer instanceof Error)) {
        tally.remoteCheckedInByCode += 1;
        return answer;
      }
      tally.remoteCodeRefusals += 1;
      if (!answer.message.startsWith('BAD_USER_INPUT')) break;
    }
    const atKiosk = await hall.kiosk
      .request<{ checkInTicket: CheckedIn }>(operations.checkInTicket, {
        code: accessCode,
        checkInCode: null,
      })
      .then((data) => data.checkInTicket)
      .catch(() => null);
    if (atKiosk) tally.remoteCheckedInAtKiosk += 1;
    return atKiosk;
  }

  const counters = hall.counters.map(async (counter, index) => {
    const clerk = anonymous.withToken(await anonymous.login(counter.clerk.username, counter.clerk.password));
    const act = (query: string, variables: Record<string, unknown>) => clerk.request(query, variables);
    // A day with half of the counters staffed: the others stay closed.
    if (pattern.kind === 'halfCounters' && index >= Math.ceil(hall.counters.length / 2)) return;
    const closesAt =
      pattern.kind === 'earlyClose' && pattern.counterIndex === index
        ? pattern.closeMinute
        : closingMinute - 5;
    const longPause = pattern.kind === 'longPause' && pattern.counterIndex === index ? pattern : null;
    let paused = false;
    await clock.until(openingMinute + random() * 10);
    if (await attempt(() => act(operations.open, { id: counter.id }))) {
      openCounters.add(counter.id);
      view.opened(counter.id);
    }
    // A hall whose calendar closes at noon lunches then, every counter; one open through noon
    // lunches in two shifts, so it never closes.
    const noonBreak = breakOf(hall.openPeriods);
    const lunchStart = noonBreak ? noonBreak[0] : index % 2 === 0 ? 12 * 60 : 12 * 60 + 45;
    const lunchEnd = () => (noonBreak ? noonBreak[1] + random() * 5 : lunchStart + 40 + random() * 10);
    let lunched = false;
    while (clock.minuteOfDay() < closesAt) {
      if (longPause && !paused && clock.minuteOfDay() >= longPause.fromMinute) {
        paused = true;
        await attempt(() => act(operations.pause, { id: counter.id, reason: '暂离' }));
        openCounters.delete(counter.id);
        view.closed(counter.id);
        await clock.until(longPause.fromMinute + longPause.minutes);
        if (await attempt(() => act(operations.resume, { id: counter.id }))) {
          openCounters.add(counter.id);
          view.opened(counter.id);
        }
        continue;
      }
      if (!lunched && clock.minuteOfDay() >= lunchStart) {
        lunched = true;
        await attempt(() => act(operations.pause, { id: counter.id, reason: '用餐' }));
        openCounters.delete(counter.id);
        view.closed(counter.id);
        await clock.until(lunchEnd());
        if (await attempt(() => act(operations.resume, { id: counter.id }))) {
          openCounters.add(counter.id);
          view.opened(counter.id);
        }
        continue;
      }
      const called = await clerk
        .request<{ callNext: { id: string; segments: { service: { prefix: string } }[] } | null }>(
          operations.callNext,
          { id: counter.id },
        )
        .catch(() => null);
      if (!called?.callNext) {
        await clock.minutes(1);
        continue;
      }
      tally.called += 1;
      const ticketId = called.callNext.id;
      const prefix = called.callNext.segments.at(-1)?.service.prefix ?? 'A';
      const calledMinute = clock.minuteOfDay();
      view.called(ticketId, counter.id, prefix, calledMinute);
      const citizen = citizens.get(ticketId);
      if (citizen) citizen.called = true;
      await clock.minutes(0.5 + random());
      if (citizen?.visit.noShow && citizen.visit.prefixes[0] === prefix) {
        await attempt(() => act(operations.recall, { id: ticketId }));
        await clock.minutes(1.5);
        if (await attempt(() => act(operations.noShow, { id: ticketId }))) tally.noShows += 1;
        continue;
      }
      await attempt(() => act(operations.start, { id: ticketId }));
      const minutes = serviceMinutes(serviceProfiles[prefix]?.medianMinutes ?? 8, random);
      const roll = random();
      if (roll < 0.02) {
        // Waits for a document the citizen fetches: parked, then resumed.
        if (await attempt(() => act(operations.park, { id: ticketId }))) tally.parked += 1;
        await clock.minutes(3 + random() * 4);
        await attempt(() => act(operations.resumeTicket, { id: ticketId }));
      } else if (roll < 0.05) {
        // The wrong queue: sent on to another service, kept at the front by its original time.
        await clock.minutes(minutes / 3);
        const others = Object.keys(hall.services).filter((other) => other !== prefix);
        const target = hall.services[others[Math.floor(random() * others.length)]!]!;
        if (await attempt(() => act(operations.transfer, { id: ticketId, serviceId: target })))
          tally.transferred += 1;
        continue;
      }
      const servingFrom = clock.minuteOfDay();
      await clock.minutes(minutes);
      const outcome = random() < 0.9 ? 'completed' : 'documentsMissing';
      if (await attempt(() => act(operations.complete, { id: ticketId, outcome }))) {
        tally.completed += 1;
        durations.set(prefix, [...(durations.get(prefix) ?? []), clock.minuteOfDay() - servingFrom]);
        view.served(prefix, clock.minuteOfDay() - calledMinute);
        // A one-stop visit queues on for its next service.
        const next = citizen?.visit.prefixes[citizen.visit.prefixes.indexOf(prefix) + 1];
        if (citizen && next) view.queued(ticketId, next, clock.minuteOfDay());
        if (citizen?.visit.rates) {
          const score = ratingScore(random);
          if (await attempt(() => anonymous.request(operations.rate, { code: citizen.accessCode, score })))
            tally.ratings += 1;
        }
      }
    }
    openCounters.delete(counter.id);
    view.closed(counter.id);
    // A counter closing early closes now; the others at the closing.
    if (closesAt >= closingMinute - 5) await clock.until(closingMinute);
    await attempt(() => act(operations.close, { id: counter.id }));
  });

  await Promise.all([arrivals, remoteDay, ...counters]);

  // The waits that followed each estimate: first call minus the kiosk's answer (the issue, or an
  // appointment's check-in), for citizens who were called.
  for (const citizen of citizens.values()) {
    if (!citizen.estimate) continue;
    const data = await anonymous
      .request<{ myTicket: { issuedAt: string; segments: { calledAt: string | null }[] } | null }>(
        'query($code: String!) { myTicket(accessCode: $code) { issuedAt segments { calledAt } } }',
        { code: citizen.accessCode },
      )
      .catch(() => null);
    const first = data?.myTicket?.segments[0];
    if (!first?.calledAt) continue;
    const waitFrom = Date.parse(citizen.waitFrom ?? data!.myTicket!.issuedAt);
    tally.estimates.push({
      hall: hall.code,
      givenAt: clock.localMidnight + citizen.givenAtMinute * 60_000,
      calledAt: Date.parse(first.calledAt),
      reading: citizen.reading,
      checkInAhead:
        citizen.remote === 'inTime' ? (hall.remoteJoin[citizen.visit.prefixes[0]!]?.checkInAhead ?? 0) : null,
      ...citizen.estimate,
      appointment: citizen.appointment,
      remote: citizen.remote,
      baselineMinutes: citizen.baselineMinutes,
      waitedMinutes: (Date.parse(first.calledAt) - waitFrom) / 60_000,
    });
  }
  return tally;
}
