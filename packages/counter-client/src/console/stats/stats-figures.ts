import type { Locale } from '@onestop/shared';
import type { ConsoleStatsRowFieldsFragment, StatsGroupBy, StatsInput } from '../../gql/graphql';
import type { ResolvedPeriod } from '../period';

/** A row of waitStats as the console reads it. */
export type StatsRow = ConsoleStatsRowFieldsFragment;

/** What the manager filters the figures by; empty lists filter nothing. */
export interface StatsFilters {
  groupBy: StatsGroupBy;
  serviceIds: readonly string[];
  counterIds: readonly string[];
  staffIds: readonly string[];
  includeChildHalls: boolean;
  /** Count the segments that waited longer than this; null leaves the column out. */
  waitOverMinutes: number | null;
}

/** The waitStats input for one hall, period and set of filters, grouped by `groupBy`. */
export function statsInput(
  hallId: string,
  period: ResolvedPeriod,
  filters: StatsFilters,
  groupBy: StatsGroupBy = filters.groupBy,
): StatsInput {
  return {
    hallId,
    from: period.from,
    to: period.to,
    groupBy,
    includeChildHalls: filters.includeChildHalls,
    serviceIds: filters.serviceIds.length > 0 ? [...filters.serviceIds] : null,
    counterIds: filters.counterIds.length > 0 ? [...filters.counterIds] : null,
    staffIds: filters.staffIds.length > 0 ? [...filters.staffIds] : null,
    waitOverMinutes: filters.waitOverMinutes,
  };
}

/**
 * The minutes field as typed: a whole number from 0 to 1440 (the server's range), null when
 * left empty, undefined when it is not a valid number (the form says so).
 */
export function parseWaitOverMinutes(typed: string): number | null | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const minutes = Number(trimmed);
  return minutes <= 1440 ? minutes : undefined;
}

/** Seconds as minutes with one decimal, for tables and charts: `754` → `12.6`; `—` for no figure. */
export function formatMinutes(seconds: number | null | undefined): string {
  return seconds == null ? '—' : (seconds / 60).toFixed(1);
}

/** A share as a whole percentage: `0.853` → `85%`; `—` for no figure. */
export function formatRate(rate: number | null | undefined, locale: Locale): string {
  if (rate == null) return '—';
  return new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(rate);
}

function minutesOrNull(seconds: number | null): number | null {
  return seconds === null ? null : Math.round((seconds / 60) * 10) / 10;
}

/** One bar group of the wait-distribution chart: median, p90 and longest wait in minutes. */
export interface WaitDistributionPoint {
  label: string;
  p50: number | null;
  p90: number | null;
  max: number | null;
}

/** The wait spread of each group (the rows nobody called have no wait and are left out). */
export function waitDistribution(rows: readonly StatsRow[]): WaitDistributionPoint[] {
  return rows
    .filter((row) => row.key !== '' && row.p50WaitSeconds !== null)
    .map((row) => ({
      label: row.label,
      p50: minutesOrNull(row.p50WaitSeconds),
      p90: minutesOrNull(row.p90WaitSeconds),
      max: minutesOrNull(row.maxWaitSeconds),
    }));
}

/** Arrivals (issued) and served per hour of the day, every hour from the first to the last with any. */
export function arrivalsByHour(
  rows: readonly StatsRow[],
): { hour: string; issued: number; served: number }[] {
  const byHour = new Map(rows.map((row) => [Number(row.key), row]));
  const hours = [...byHour.keys()].filter((hour) => Number.isInteger(hour));
  if (hours.length === 0) return [];
  const points = [];
  for (let hour = Math.min(...hours); hour <= Math.max(...hours); hour += 1) {
    const row = byHour.get(hour);
    points.push({
      hour: `${String(hour).padStart(2, '0')}:00`,
      issued: row?.issued ?? 0,
      served: row?.served ?? 0,
    });
  }
  return points;
}

/** The SLA rate per day, as a percentage (a day without calls has none, and the line breaks there). */
export function slaByDay(rows: readonly StatsRow[]): { day: string; sla: number | null }[] {
  return rows.map((row) => ({
    day: row.key.slice(5),
    sla: row.slaRate === null ? null : Math.round(row.slaRate * 1000) / 10,
  }));
}

/** Per counter or clerk: served count and average wait in minutes, the unassigned row left out. */
export function comparison(
  rows: readonly StatsRow[],
): { label: string; served: number; avgWait: number | null }[] {
  return rows
    .filter((row) => row.key !== '')
    .map((row) => ({ label: row.label, served: row.served, avgWait: minutesOrNull(row.avgWaitSeconds) }));
}

/**
 * Appointments booked and missed day by day, for the days of the period; none at all when the
 * period has no appointment (a hall that takes none is not shown an empty chart).
 */
export function appointmentsByDay(
  rows: readonly StatsRow[],
): { day: string; booked: number; missed: number }[] {
  if (rows.every((row) => row.appointmentsBooked === 0 && row.appointmentsMissed === 0)) return [];
  return rows.map((row) => ({
    day: row.key.slice(5),
    booked: row.appointmentsBooked,
    missed: row.appointmentsMissed,
  }));
}

/** The downloaded file's name: hall, days and grouping, so that several downloads do not collide. */
export function csvFileName(hallCode: string, period: ResolvedPeriod, groupBy: StatsGroupBy): string {
  const days = period.firstDay === period.lastDay ? period.firstDay : `${period.firstDay}_${period.lastDay}`;
  return `onestop-${hallCode}-${days}-${groupBy.toLowerCase()}.csv`;
}
