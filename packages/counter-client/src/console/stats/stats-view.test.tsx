import type { OperationHandler } from '@onestop/shared/testing';
import { eventually } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { localeStorageKey } from '../../locale/locale';
import { adminAppForEachTest, find, testDistrictHall } from '../admin/admin-test-harness';
import { licences } from '../admin/appointment-test-fixtures';
import type { StatsRow } from './stats-figures';
import { statsRowOf } from './stats-test-rows';

// Issue 19 in the statistics: grouped by channel, walk-ins, appointments, remote and staff
// tickets side by side with their waits; appointments booked and missed in every row.

const hall = testDistrictHall;

const signedInManager: OperationHandler = () => ({
  data: {
    me: { id: 'manager-1', username: 'manager', displayName: '王经理', role: 'MANAGER', halls: [hall] },
  },
});

/** The server's rows by grouping; it labels them (a channel by its name), in the language asked. */
function statsHandler(appointmentsInPeriod: boolean): OperationHandler {
  return ({ variables }) => {
    const { groupBy } = variables['input'] as { groupBy: string };
    const byGrouping: Record<string, StatsRow[]> = {
      CHANNEL: [
        statsRowOf('KIOSK', '现场取号', { issued: 20 }),
        statsRowOf('APPOINTMENT', '预约', {
          issued: 3,
          appointmentsBooked: 4,
          appointmentsMissed: 1,
          p50WaitSeconds: 120,
          p90WaitSeconds: 300,
        }),
      ],
      DAY: [
        statsRowOf(
          '2026-12-07',
          '2026-12-07',
          appointmentsInPeriod ? { appointmentsBooked: 4, appointmentsMissed: 1 } : {},
        ),
      ],
    };
    return { data: { waitStats: byGrouping[groupBy] ?? [statsRowOf(licences.id, licences.name)] } };
  };
}

const { open } = adminAppForEachTest();

async function openStats(appointmentsInPeriod: boolean) {
  const rendered = await open('/manager?tab=stats', {
    Me: signedInManager,
    ConsoleHalls: () => ({ data: { halls: [hall] } }),
    ConsoleHallSetup: () => ({ data: { hall: { ...hall, services: [licences], counters: [] } } }),
    ConsoleHallStaff: () => ({ data: { staff: [] } }),
    ConsoleWaitStats: statsHandler(appointmentsInPeriod),
  });
  await eventually(() => expect(rendered.container.querySelector('.stats-table tbody tr')).not.toBeNull());
  return rendered;
}

async function groupBy(container: ParentNode, grouping: string): Promise<void> {
  const select = find<HTMLSelectElement>(container, 'select[name="groupBy"]');
  await act(async () => {
    select.value = grouping;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const chartTitles = (container: ParentNode) =>
  [...container.querySelectorAll('.chart-panel figcaption')].map((caption) => caption.textContent);
const cellOf = (container: ParentNode, key: string, column: string) =>
  find(container, `.stats-table tr[data-key="${key}"] td[data-column="${column}"]`).textContent;

describe('the statistics by channel', () => {
  it('offers the channel grouping, and shows each channel with its appointments and waits', async () => {
    const { container, sent } = await openStats(true);
    const options = [...container.querySelectorAll('select[name="groupBy"] option')];
    expect(options.map((option) => option.textContent)).toContain('取号方式');

    await groupBy(container, 'CHANNEL');
    await eventually(() =>
      expect(container.querySelector('.stats-table tr[data-key="APPOINTMENT"]')).not.toBeNull(),
    );
    expect(
      sent('ConsoleWaitStats').some((variables) => JSON.stringify(variables).includes('"CHANNEL"')),
    ).toBe(true);
    expect(find(container, '.stats-table thead th').textContent).toBe('取号方式');
    expect([...container.querySelectorAll('.stats-table tbody th')].map((cell) => cell.textContent)).toEqual([
      '现场取号',
      '预约',
    ]);
    expect(cellOf(container, 'APPOINTMENT', 'appointmentsBooked')).toBe('4');
    expect(cellOf(container, 'APPOINTMENT', 'appointmentsMissed')).toBe('1');
    expect(cellOf(container, 'KIOSK', 'appointmentsBooked')).toBe('0');
    expect(cellOf(container, 'APPOINTMENT', 'p50Wait')).toBe('2.0');

    // The wait chart compares the channels; the appointments of the period have a chart by day.
    expect(chartTitles(container)).toContain('各取号方式等待对比（中位数 / P90，分钟）');
    expect(chartTitles(container)).not.toContain('等待时间分布（中位数 / P90 / 最长，分钟）');
    expect(chartTitles(container)).toContain('每日预约数与预约未到数');
  });

  it('keeps the appointment columns by service, and no appointment chart for a period without any', async () => {
    const { container } = await openStats(false);
    const headers = [...container.querySelectorAll('.stats-table thead th')].map((cell) => cell.textContent);
    expect(headers).toEqual(expect.arrayContaining(['预约数', '预约未到数']));
    expect(cellOf(container, licences.id, 'appointmentsMissed')).toBe('0');
    await eventually(() => expect(chartTitles(container)).toContain('每日等待达标率'));
    expect(chartTitles(container)).toContain('等待时间分布（中位数 / P90 / 最长，分钟）');
    expect(chartTitles(container)).not.toContain('每日预约数与预约未到数');
  });

  it('speaks English', async () => {
    localStorage.setItem(localeStorageKey, 'en');
    const { container } = await openStats(true);
    await groupBy(container, 'CHANNEL');
    await eventually(() => expect(find(container, '.stats-table thead th').textContent).toBe('Channel'));
    const headers = [...container.querySelectorAll('.stats-table thead th')].map((cell) => cell.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Appointments booked', 'Appointments missed']));
    expect(chartTitles(container)).toContain('Waits by channel (median / P90, minutes)');
    expect(chartTitles(container)).toContain('Appointments booked and missed, by day');
  });
});
