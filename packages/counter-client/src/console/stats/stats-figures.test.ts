import { describe, expect, it } from 'vitest';
import {
  appointmentsByDay,
  arrivalsByHour,
  comparison,
  csvFileName,
  formatMinutes,
  formatRate,
  parseWaitOverMinutes,
  slaByDay,
  type StatsFilters,
  statsInput,
  type StatsRow,
  waitDistribution,
} from './stats-figures';

const period = {
  from: '2026-11-15T16:00:00.000Z',
  to: '2026-11-22T16:00:00.000Z',
  firstDay: '2026-11-16',
  lastDay: '2026-11-22',
};

function row(overrides: Partial<StatsRow>): StatsRow {
  return {
    key: 'k',
    label: 'label',
    issued: 0,
    served: 0,
    noShows: 0,
    cancelled: 0,
    expired: 0,
    appointmentsBooked: 0,
    appointmentsMissed: 0,
    avgWaitSeconds: null,
    p50WaitSeconds: null,
    p90WaitSeconds: null,
    maxWaitSeconds: null,
    avgServiceSeconds: null,
    p50ServiceSeconds: null,
    p90ServiceSeconds: null,
    slaRate: null,
    noShowRate: null,
    abandonRate: null,
    waitedOver: null,
    ratings: 0,
    satisfactionRate: null,
    utilisation: null,
    ...overrides,
  };
}

describe('statsInput', () => {
  const filters: StatsFilters = {
    groupBy: 'COUNTER',
    serviceIds: ['licences'],
    counterIds: [],
    staffIds: [],
    includeChildHalls: false,
    waitOverMinutes: 15,
  };

  it('sends the period, the filters that filter and the threshold', () => {
    expect(statsInput('hall-1', period, filters)).toEqual({
      hallId: 'hall-1',
      from: period.from,
      to: period.to,
      groupBy: 'COUNTER',
      includeChildHalls: false,
      serviceIds: ['licences'],
      counterIds: null,
      staffIds: null,
      waitOverMinutes: 15,
    });
  });

  it('can group the same selection another way (the charts)', () => {
    expect(statsInput('hall-1', period, filters, 'HOUR_OF_DAY').groupBy).toBe('HOUR_OF_DAY');
  });
});

describe('parseWaitOverMinutes', () => {
  it.each([
    ['15', 15],
    [' 0 ', 0],
    ['', null],
    ['1440', 1440],
    ['1441', undefined],
    ['-3', undefined],
    ['2.5', undefined],
    ['abc', undefined],
  ])('%j → %j', (typed, expected) => {
    expect(parseWaitOverMinutes(typed)).toBe(expected);
  });
});

describe('formatting', () => {
  it('writes minutes and rates', () => {
    expect(formatMinutes(754)).toBe('12.6');
    expect(formatMinutes(null)).toBe('—');
    expect(formatRate(0.853, 'en')).toBe('85%');
    expect(formatRate(1, 'zh-CN')).toBe('100%');
    expect(formatRate(null, 'en')).toBe('—');
  });

  it('names the CSV file after hall, days and grouping', () => {
    expect(csvFileName('QS-01', period, 'COUNTER')).toBe('onestop-QS-01-2026-11-16_2026-11-22-counter.csv');
    expect(csvFileName('QS-01', { ...period, lastDay: period.firstDay }, 'DAY')).toBe(
      'onestop-QS-01-2026-11-16-day.csv',
    );
  });
});

describe('chart data', () => {
  it('spreads waits in minutes and leaves out the uncalled', () => {
    expect(
      waitDistribution([
        row({ key: 'c1', label: '1 号窗口', p50WaitSeconds: 300, p90WaitSeconds: 930, maxWaitSeconds: 1200 }),
        row({ key: '', label: '未叫号', issued: 3 }),
      ]),
    ).toEqual([{ label: '1 号窗口', p50: 5, p90: 15.5, max: 20 }]);
  });

  it('fills the hours between the first and last with zeros', () => {
    expect(
      arrivalsByHour([row({ key: '8', issued: 10, served: 7 }), row({ key: '10', issued: 4, served: 4 })]),
    ).toEqual([
      { hour: '08:00', issued: 10, served: 7 },
      { hour: '09:00', issued: 0, served: 0 },
      { hour: '10:00', issued: 4, served: 4 },
    ]);
    expect(arrivalsByHour([])).toEqual([]);
  });

  it('gives the SLA per day as a percentage, none on a day without calls', () => {
    expect(slaByDay([row({ key: '2026-11-16', slaRate: 0.8567 }), row({ key: '2026-11-17' })])).toEqual([
      { day: '11-16', sla: 85.7 },
      { day: '11-17', sla: null },
    ]);
  });

  it('compares counters by served and average wait', () => {
    expect(
      comparison([
        row({ key: 'c1', label: '1', served: 12, avgWaitSeconds: 90 }),
        row({ key: '', served: 0 }),
      ]),
    ).toEqual([{ label: '1', served: 12, avgWait: 1.5 }]);
  });

  it('gives appointments booked and missed per day, and nothing for a period without any', () => {
    expect(
      appointmentsByDay([
        row({ key: '2026-11-16', appointmentsBooked: 4, appointmentsMissed: 1 }),
        row({ key: '2026-11-17' }),
      ]),
    ).toEqual([
      { day: '11-16', booked: 4, missed: 1 },
      { day: '11-17', booked: 0, missed: 0 },
    ]);
    expect(appointmentsByDay([row({ key: '2026-11-16', issued: 30 }), row({ key: '2026-11-17' })])).toEqual(
      [],
    );
  });
});
