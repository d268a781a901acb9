import type { StatsRow } from './stats-figures';

/** A row of waitStats for component tests: a called group with ordinary figures, `figures` over them. */
export function statsRowOf(key: string, label: string, figures: Partial<StatsRow> = {}): StatsRow {
  return {
    key,
    label,
    issued: 10,
    served: 8,
    noShows: 1,
    cancelled: 0,
    expired: 0,
    appointmentsBooked: 0,
    appointmentsMissed: 0,
    avgWaitSeconds: 600,
    p50WaitSeconds: 540,
    p90WaitSeconds: 1_260,
    maxWaitSeconds: 1_500,
    avgServiceSeconds: 300,
    p50ServiceSeconds: 280,
    p90ServiceSeconds: 400,
    slaRate: 0.8,
    noShowRate: 0.1,
    abandonRate: 0,
    waitedOver: 2,
    ratings: 0,
    satisfactionRate: null,
    utilisation: null,
    ...figures,
  };
}
