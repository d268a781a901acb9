/**
 * What a simulated day of a hall looks like: when citizens arrive, what they come for, how long
 * they take. Pure functions of a seeded random source, so a day can be replayed exactly.
 */
import { minuteOfTime } from '@onestop/shared';
import { seededRandom } from '../src/common/seeded-random.js';

export { seededRandom };

/** Opening hours, in minutes after local midnight. */
export const openingMinute = 8 * 60 + 30;
export const closingMinute = 17 * 60 + 30;
/** The last ticket is issued half an hour before closing. */
export const lastArrivalMinute = 17 * 60;

/**
 * Relative arrival intensity by local time: a morning peak (9:00–11:00), a lunch dip
 * (12:00–13:30), a smaller afternoon peak (14:30–16:00). Averages to about 1 over the day.
 */
export function arrivalIntensity(minuteOfDay: number): number {
  const hour = minuteOfDay / 60;
  if (hour < 8.5 || hour >= 17) return 0;
  if (hour < 9) return 0.8;
  if (hour < 11) return 1.8;
  if (hour < 12) return 1.1;
  if (hour < 13.5) return 0.35;
  if (hour < 14.5) return 0.8;
  if (hour < 16) return 1.2;
  return 0.6;
}

/** The highest value of {@link arrivalIntensity}, for thinning. */
const peakIntensity = 1.8;

/**
 * Arrival times (minutes after local midnight) of a non-homogeneous Poisson process whose mean
 * count over the day is about `expectedTickets`: Lewis–Shedler thinning of a homogeneous process.
 */
export function arrivalMinutes(expectedTickets: number, random: () => number, morningRush = 1): number[] {
  const openMinutes = lastArrivalMinute - openingMinute;
  // A rush day brings as many citizens as any other, more of them in the morning rush (9–11).
  const intensity = (minute: number): number =>
    arrivalIntensity(minute) * (minute >= 9 * 60 && minute < 11 * 60 ? morningRush : 1);
  const meanIntensity = averageIntensity(intensity);
  const baseRatePerMinute = expectedTickets / (openMinutes * meanIntensity);
  const peak = peakIntensity * morningRush;
  const candidateRate = baseRatePerMinute * peak;
  const arrivals: number[] = [];
  let minute = openingMinute;
  for (;;) {
    minute += -Math.log(1 - random()) / candidateRate;
    if (minute >= lastArrivalMinute) return arrivals;
    if (random() < intensity(minute) / peak) arrivals.push(minute);
  }
}

/**
 * What makes a simulated day unlike the others, so that no estimator is tuned to one pattern:
 * a usual day; a counter that closes early; a clerk's long pause in the morning; a morning rush
 * twice the usual (9–11, as many citizens in the day: the rest of the day is quieter); half of
 * the counters staffed all day.
 */
export type DayPattern =
  | { kind: 'usual' }
  | { kind: 'earlyClose'; counterIndex: number; closeMinute: number }
  | { kind: 'longPause'; counterIndex: number; fromMinute: number; minutes: number }
  | { kind: 'doubleRush' }
  | { kind: 'halfCounters' };

/** The share of days of each pattern: four in ten usual, the rest spread over the four others. */
const dayPatternWeights: readonly [DayPattern['kind'], number][] = [
  ['usual', 0.4],
  ['earlyClose', 0.15],
  ['longPause', 0.15],
  ['doubleRush', 0.15],
  ['halfCounters', 0.15],
];

/** Draws a hall's day pattern; `counters` is how many counters the hall has. */
export function planDayPattern(counters: number, random: () => number): DayPattern {
  const kind =
    dayPatternWeights[
      weightedChoice(
        dayPatternWeights.map(([, weight]) => weight),
        random,
      )
    ]![0];
  const counterIndex = Math.floor(random() * counters);
  switch (kind) {
    case 'earlyClose':
      return { kind, counterIndex, closeMinute: 14 * 60 + Math.floor(random() * 90) };
    case 'longPause':
      return {
        kind,
        counterIndex,
        fromMinute: 9 * 60 + 30 + Math.floor(random() * 60),
        minutes: 60 + Math.floor(random() * 60),
      };
    default:
      return { kind };
  }
}

/** The pattern in a few words, for the simulator's day line. */
export function dayPatternText(pattern: DayPattern, counterLabel: (index: number) => string): string {
  const clock = (minute: number) =>
    `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  switch (pattern.kind) {
    case 'usual':
      return 'a usual day';
    case 'earlyClose':
      return `counter ${counterLabel(pattern.counterIndex)} closes at ${clock(pattern.closeMinute)}`;
    case 'longPause':
      return `counter ${counterLabel(pattern.counterIndex)} pauses ${pattern.minutes} min from ${clock(pattern.fromMinute)}`;
    case 'doubleRush':
      return 'a morning rush twice the usual';
    case 'halfCounters':
      return 'half of the counters staffed';
  }
}

function averageIntensity(intensity: (minute: number) => number): number {
  let sum = 0;
  let count = 0;
  for (let minute = openingMinute; minute < lastArrivalMinute; minute += 1) {
    sum += intensity(minute);
    count += 1;
  }
  return sum / count;
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A log-normal service time in minutes with the given median; sigma 0.5 gives a long right tail. */
export function serviceMinutes(medianMinutes: number, random: () => number, sigma = 0.5): number {
  return medianMinutes * Math.exp(sigma * normal(random));
}

/** Picks an index with probability proportional to its weight. */
function weightedChoice(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let remaining = random() * total;
  for (let index = 0; index < weights.length; index += 1) {
    remaining -= weights[index]!;
    if (remaining < 0) return index;
  }
  return weights.length - 1;
}

/** How citizens of the demo halls come: share of arrivals and median service time per prefix. */
export const serviceProfiles: Record<string, { share: number; medianMinutes: number }> = {
  A: { share: 0.3, medianMinutes: 6 },
  B: { share: 0.2, medianMinutes: 5 },
  C: { share: 0.1, medianMinutes: 14 },
  D: { share: 0.15, medianMinutes: 9 },
  E: { share: 0.1, medianMinutes: 16 },
  F: { share: 0.15, medianMinutes: 4 },
};

/** What happens to one citizen, drawn when they arrive. */
export interface Visit {
  minuteOfDay: number;
  prefixes: string[];
  priority: boolean;
  /** Does not come when called (the clerk recalls, then marks a no-show). */
  noShow: boolean;
  /** Leaves before being called (cancels on the phone), after this many minutes of waiting. */
  cancelsAfterMinutes: number | null;
  /** Rates each completed service, 1–5, or does not rate. */
  rates: boolean;
}

/** The day's visits for a hall expecting `expectedTickets`. */
export function planVisits(expectedTickets: number, random: () => number, morningRush = 1): Visit[] {
  const prefixes = Object.keys(serviceProfiles);
  const shares = prefixes.map((prefix) => serviceProfiles[prefix]!.share);
  return arrivalMinutes(expectedTickets, random, morningRush).map((minuteOfDay) => {
    const first = prefixes[weightedChoice(shares, random)]!;
    const route = [first];
    // One in ten is a one-stop visit of two or three services.
    if (random() < 0.1) {
      const extra = random() < 0.7 ? 1 : 2;
      while (route.length < 1 + extra) {
        const next = prefixes[weightedChoice(shares, random)]!;
        if (!route.includes(next)) route.push(next);
      }
    }
    return {
      minuteOfDay,
      prefixes: route,
      priority: random() < 0.08,
      noShow: random() < 0.04,
      cancelsAfterMinutes: random() < 0.03 ? 10 + random() * 30 : null,
      rates: random() < 0.6,
    };
  });
}

/**
 * Minutes of a day a hall issues tickets, from its calendar: each open period up to its
 * last-issue minutes before closing (停止取号).
 */
export function issuingWindows(
  periods: readonly { opens: string; closes: string }[],
  lastIssueMinutesBeforeClose: number,
): [number, number][] {
  return periods
    .map((period): [number, number] => [
      minuteOfTime(period.opens) ?? 0,
      (minuteOfTime(period.closes) ?? 0) - lastIssueMinutesBeforeClose,
    ])
    .filter(([opens, stops]) => stops > opens);
}

/**
 * The day's visits as a hall's calendar lets them happen: a citizen who comes while the hall does
 * not issue (the lunch break) waits at the door and takes a ticket in the first minutes after it
 * opens again; one who comes after the last ticket of the day does not come.
 */
export function withinIssuingHours(
  visits: readonly Visit[],
  windows: readonly [number, number][],
  random: () => number,
): Visit[] {
  const kept: Visit[] = [];
  for (const visit of visits) {
    const minute = visit.minuteOfDay;
    if (windows.some(([opens, stops]) => minute >= opens && minute < stops)) {
      kept.push(visit);
      continue;
    }
    const next = windows.find(([opens]) => opens > minute);
    if (next)
      kept.push({ ...visit, minuteOfDay: next[0] + Math.min(random() * 5, next[1] - next[0] - 0.01) });
  }
  return kept.sort((left, right) => left.minuteOfDay - right.minuteOfDay);
}

/** A rating score as citizens tend to give them: mostly satisfied, a few unhappy. */
export function ratingScore(random: () => number): number {
  return [5, 4, 3, 2, 1][weightedChoice([0.62, 0.24, 0.08, 0.04, 0.02], random)]!;
}

/** A citizen who booked a slot ahead instead of coming as a walk-in, and how they turn up. */
export interface AppointmentVisit {
  visit: Visit;
  prefix: string;
  /** The booked slot's start, minutes after local midnight. */
  slotMinute: number;
  /** When they reach the kiosk to check in; null when they never come (the appointment is MISSED). */
  arrivalMinute: number | null;
}

/** How booked citizens behave: some never come, some come late (inside the 15-minute window). */
export const appointmentBehaviour = Object.freeze({
  /** Share of the single-service visits to a service taking appointments that booked ahead. */
  bookedShare: 0.4,
  neverComeShare: 0.12,
  lateShare: 0.18,
});

/**
 * Splits the day's visits: a share of those to services that take appointments booked the slot of
 * the time they would have come (a slot inside an open period, starting no earlier than
 * `earliestSlotMinute` — what the booking's lead time still allowed), and come up to 25 minutes
 * before it, 3–12 minutes after it (late), or never. The rest stay walk-ins.
 */
export function planAppointments(
  visits: readonly Visit[],
  options: {
    prefixes: ReadonlySet<string>;
    openPeriods: readonly [number, number][];
    slotMinutes: number;
    earliestSlotMinute: number;
  },
  random: () => number,
): { walkIns: Visit[]; appointments: AppointmentVisit[] } {
  const walkIns: Visit[] = [];
  const appointments: AppointmentVisit[] = [];
  for (const visit of visits) {
    const prefix = visit.prefixes[0]!;
    const period = options.openPeriods.find(
      ([opens, closes]) => visit.minuteOfDay >= opens && visit.minuteOfDay < closes,
    );
    const slotMinute = period
      ? period[0] + Math.floor((visit.minuteOfDay - period[0]) / options.slotMinutes) * options.slotMinutes
      : null;
    const books =
      visit.prefixes.length === 1 &&
      options.prefixes.has(prefix) &&
      slotMinute !== null &&
      slotMinute >= options.earliestSlotMinute &&
      slotMinute + options.slotMinutes <= period![1] &&
      random() < appointmentBehaviour.bookedShare;
    if (!books) {
      walkIns.push(visit);
      continue;
    }
    const roll = random();
    const arrivalMinute =
      roll < appointmentBehaviour.neverComeShare
        ? null
        : roll < appointmentBehaviour.neverComeShare + appointmentBehaviour.lateShare
          ? slotMinute + 3 + random() * 9
          : slotMinute - random() * 25;
    appointments.push({ visit, prefix, slotMinute, arrivalMinute });
  }
  return { walkIns, appointments };
}

/**
 * How citizens who take their number from a phone (远程取号) behave: which services offer it in the
 * simulation, with which settings, and how the citizens come once asked to.
 */
export const remoteJoinBehaviour = Object.freeze({
  /**
   * The demo's walk-in services with the most traffic (certificates A, social insurance B): the
   * appointment services (C, E) already spread their citizens over the day.
   */
  prefixes: Object.freeze(['A', 'B']),
  /** The settings the simulator gives those services (setRemoteJoinSettings). */
  settings: Object.freeze({ enabled: true, maxWaiting: 20, checkInAhead: 8, holdMinutes: 10 }),
  /** Share of the single-service, non-priority visits to those services that join from a phone. */
  share: 0.3,
  /** Joins this many minutes before they would have walked in (never before the service issues). */
  leadMinutes: Object.freeze([20, 90] as const),
  /** From setting out (asked to come and check in) to the hall. */
  travelMinutes: Object.freeze([5, 25] as const),
  neverComeShare: 0.08,
  /** Dawdle this long after being asked, on top of the way: mostly past being passed over + hold. */
  lateShare: 0.12,
  lateExtraMinutes: Object.freeze([40, 80] as const),
  /** How often a waiting phone looks at its ticket (myTicket), in simulated minutes. */
  pollMinutes: 2,
});

/** A citizen who takes a number from their phone instead of at the kiosk, and how they turn up. */
export interface RemoteVisit {
  visit: Visit;
  prefix: string;
  /** When they join from their phone, minutes after local midnight. */
  joinMinute: number;
  /** What they do once asked to come: come in time, come late, or never come. */
  behaviour: 'inTime' | 'late' | 'never';
  /** Minutes from being asked to come to reaching the hall (the way, plus the dawdling of the late). */
  comeAfterMinutes: number;
  /** The phone number they join with (one active remote ticket per phone and hall). */
  phone: string;
}

/**
 * Splits the day's visits: a share of the single-service, non-priority visits to a service taking
 * remote joins join from their phone 20–90 minutes before they would have walked in (not before
 * their issuing window opens); of them some never come, some come late, the rest set out when
 * asked and arrive after their way. The rest stay as they are.
 */
export function planRemoteJoins(
  visits: readonly Visit[],
  options: { prefixes: ReadonlySet<string>; issuingWindows: readonly [number, number][] },
  random: () => number,
): { others: Visit[]; remote: RemoteVisit[] } {
  const behaviour = remoteJoinBehaviour;
  const between = ([from, to]: readonly [number, number]): number => from + random() * (to - from);
  const others: Visit[] = [];
  const remote: RemoteVisit[] = [];
  for (const visit of visits) {
    const prefix = visit.prefixes[0]!;
    const window = options.issuingWindows.find(
      ([opens, stops]) => visit.minuteOfDay >= opens && visit.minuteOfDay < stops,
    );
    const joins =
      visit.prefixes.length === 1 &&
      !visit.priority &&
      options.prefixes.has(prefix) &&
      window !== undefined &&
      random() < behaviour.share;
    if (!joins) {
      others.push(visit);
      continue;
    }
    // Not all at the opening minute: the early risers spread over its first ten minutes.
    const earliest = Math.min(window[0] + random() * 10, visit.minuteOfDay);
    const joinMinute = Math.max(earliest, visit.minuteOfDay - between(behaviour.leadMinutes));
    const roll = random();
    const kind: RemoteVisit['behaviour'] =
      roll < behaviour.neverComeShare
        ? 'never'
        : roll < behaviour.neverComeShare + behaviour.lateShare
          ? 'late'
          : 'inTime';
    const way = between(behaviour.travelMinutes);
    remote.push({
      visit: { ...visit, cancelsAfterMinutes: null },
      prefix,
      joinMinute,
      behaviour: kind,
      comeAfterMinutes: kind === 'late' ? way + between(behaviour.lateExtraMinutes) : way,
      phone: `13${String(5 + Math.floor(random() * 5))}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    });
  }
  return { others, remote: remote.sort((left, right) => left.joinMinute - right.joinMinute) };
}
