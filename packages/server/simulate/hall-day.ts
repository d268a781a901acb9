import { GraphqlHttp } from '../bench/support/graphql-http.js';
import {
  closingMinute,
  openingMinute,
  planAppointments,
  planVisits,
  ratingScore,
  withinIssuingHours,
  serviceMinutes,
  serviceProfiles,
} from './day-plan.js';
import type { AppointmentVisit, Visit } from './day-plan.js';

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
  estimates: EstimateSample[];
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
  accessCode: string;
  called: boolean;
  /** OneStop's wait range given at the kiosk, in minutes. */
  estimate: { p50Minutes: number; p90Minutes: number } | null;
  /** The simple formula other systems use, at the same moment: mean service × ahead ÷ open counters. */
  baselineMinutes: number;
  /** How long the people ahead take at the pace the service's queue moved in the last 30 minutes. */
  drainMinutes: number | null;
}

/** An estimate given at the kiosk beside the wait that followed, in minutes. */
export interface EstimateSample {
  /** A booked citizen's ticket, checked in at the kiosk (its wait counts from the check-in here). */
  appointment: boolean;
  p50Minutes: number;
  p90Minutes: number;
  baselineMinutes: number;
  drainMinutes: number | null;
  waitedMinutes: number;
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
    estimates: [],
  };
  // What the baseline formula knows: each service's completed durations, and which counters are open.
  const durations = new Map<string, number[]>();
  const openCounters = new Set<string>();
  const callMinutes = new Map<string, number[]>();
  const drainMinutes = (prefix: string, peopleAhead: number): number | null => {
    const since = clock.minuteOfDay() - 30;
    const recent = (callMinutes.get(prefix) ?? []).filter((minute) => minute >= since).length;
    return recent >= 3 ? (peopleAhead + 0.5) / (recent / 30) : null;
  };
  const baselineMinutes = (prefix: string, peopleAhead: number): number => {
    const done = durations.get(prefix) ?? [];
    const meanMinutes = done.length ? done.reduce((sum, minutes) => sum + minutes, 0) / done.length : 8;
    const open = hall.counters.filter(
      (counter) => openCounters.has(counter.id) && counter.prefixes.includes(prefix),
    ).length;
    return (meanMinutes * peopleAhead) / Math.max(1, open);
  };
  const citizens = new Map<string, Citizen>();
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
  const planned = planAppointments(
    withinIssuingHours(planVisits(hall.expectedTickets, random), hall.issuingWindows, random),
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

  const arrivals = (async () => {
    const pending: Promise<unknown>[] = [];
    for (const { minute, visit, checkInCode } of arrivalsOfDay) {
      await clock.until(minute);
      const [first, ...route] = visit.prefixes.map((prefix) => hall.services[prefix]!);
      const issueWalkIn = () =>
        hall.kiosk
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
        if (checkedIn) tally.appointmentsCheckedIn += 1;
        else tally.refused += 1;
      }
      const issued = checkedIn ?? (await issueWalkIn());
      if (!issued) {
        tally.refused += 1;
        continue;
      }
      tally.issued += 1;
      const citizen: Citizen = {
        visit,
        appointment: checkedIn !== null,
        accessCode: issued.accessCode,
        called: false,
        estimate: issued.estimate,
        baselineMinutes: baselineMinutes(visit.prefixes[0]!, issued.peopleAhead),
        drainMinutes: drainMinutes(visit.prefixes[0]!, issued.peopleAhead),
      };
      citizens.set(issued.ticket.id, citizen);
      if (visit.cancelsAfterMinutes !== null) {
        pending.push(
          (async () => {
            await clock.minutes(visit.cancelsAfterMinutes!);
            if (citizen.called) return;
            if (await attempt(() => anonymous.request(operations.cancel, { code: citizen.accessCode })))
              tally.cancelled += 1;
          })(),
        );
      }
    }
    await Promise.all(pending);
  })();

  const counters = hall.counters.map(async (counter, index) => {
    const clerk = anonymous.withToken(await anonymous.login(counter.clerk.username, counter.clerk.password));
    const act = (query: string, variables: Record<string, unknown>) => clerk.request(query, variables);
    await clock.until(openingMinute + random() * 10);
    if (await attempt(() => act(operations.open, { id: counter.id }))) openCounters.add(counter.id);
    // Lunch in two shifts, so the hall never closes at noon.
    const lunchStart = index % 2 === 0 ? 12 * 60 : 12 * 60 + 45;
    let lunched = false;
    while (clock.minuteOfDay() < closingMinute - 5) {
      if (!lunched && clock.minuteOfDay() >= lunchStart) {
        lunched = true;
        await attempt(() => act(operations.pause, { id: counter.id, reason: '用餐' }));
        openCounters.delete(counter.id);
        await clock.until(lunchStart + 40 + random() * 10);
        if (await attempt(() => act(operations.resume, { id: counter.id }))) openCounters.add(counter.id);
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
      callMinutes.set(prefix, [...(callMinutes.get(prefix) ?? []), clock.minuteOfDay()]);
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
        if (citizen?.visit.rates) {
          const score = ratingScore(random);
          if (await attempt(() => anonymous.request(operations.rate, { code: citizen.accessCode, score })))
            tally.ratings += 1;
        }
      }
    }
    openCounters.delete(counter.id);
    await clock.until(closingMinute);
    await attempt(() => act(operations.close, { id: counter.id }));
  });

  await Promise.all([arrivals, ...counters]);

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
    tally.estimates.push({
      ...citizen.estimate,
      appointment: citizen.appointment,
      baselineMinutes: citizen.baselineMinutes,
      drainMinutes: citizen.drainMinutes,
      waitedMinutes: (Date.parse(first.calledAt) - Date.parse(data!.myTicket!.issuedAt)) / 60_000,
    });
  }
  return tally;
}
