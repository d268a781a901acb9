import type { StatsGroupBy, UiMessageKey } from '@onestop/shared';
import type { ReactNode } from 'react';
import { useLocale } from '../../locale/locale';
import { ScrollRegion } from '../../components/scroll-region';
import { formatMinutes, formatRate, type StatsRow } from './stats-figures';

interface Column {
  key: string;
  header: string;
  cell: (row: StatsRow) => ReactNode;
}

/** Props of {@link StatsTable}. */
export interface StatsTableProps {
  rows: readonly StatsRow[];
  groupBy: StatsGroupBy;
  /** The threshold the `waitedOver` column counts against; null hides the column. */
  waitOverMinutes: number | null;
}

/** The figures of each group, as the server computed them (docs/domain.md's definitions). */
export function StatsTable({ rows, groupBy, waitOverMinutes }: StatsTableProps) {
  const { locale, text } = useLocale();
  const minutes = (key: UiMessageKey) => `${text(key)} (${text('console.unit.minutes')})`;
  const columns: Column[] = [
    { key: 'issued', header: text('stats.issued'), cell: (row) => row.issued },
    { key: 'served', header: text('stats.served'), cell: (row) => row.served },
    { key: 'noShows', header: text('stats.noShows'), cell: (row) => row.noShows },
    {
      key: 'appointmentsBooked',
      header: text('stats.appointmentsBooked'),
      cell: (row) => row.appointmentsBooked,
    },
    {
      key: 'appointmentsMissed',
      header: text('stats.appointmentsMissed'),
      cell: (row) => row.appointmentsMissed,
    },
    {
      key: 'avgWait',
      header: minutes('console.stats.avgWait'),
      cell: (row) => formatMinutes(row.avgWaitSeconds),
    },
    {
      key: 'p50Wait',
      header: minutes('console.stats.p50Wait'),
      cell: (row) => formatMinutes(row.p50WaitSeconds),
    },
    {
      key: 'p90Wait',
      header: minutes('console.stats.p90Wait'),
      cell: (row) => formatMinutes(row.p90WaitSeconds),
    },
    {
      key: 'maxWait',
      header: minutes('console.stats.maxWait'),
      cell: (row) => formatMinutes(row.maxWaitSeconds),
    },
    ...(waitOverMinutes === null
      ? []
      : [
          {
            key: 'waitedOver',
            header: text('stats.waitedOver', { minutes: waitOverMinutes }),
            cell: (row: StatsRow) => row.waitedOver ?? '—',
          },
        ]),
    { key: 'sla', header: text('stats.slaRate'), cell: (row) => formatRate(row.slaRate, locale) },
    {
      key: 'avgService',
      header: minutes('console.stats.avgService'),
      cell: (row) => formatMinutes(row.avgServiceSeconds),
    },
    {
      key: 'noShowRate',
      header: text('stats.noShowRate'),
      cell: (row) => formatRate(row.noShowRate, locale),
    },
    {
      key: 'abandonRate',
      header: text('stats.abandonRate'),
      cell: (row) => formatRate(row.abandonRate, locale),
    },
    {
      key: 'satisfaction',
      header: text('stats.satisfactionRate'),
      cell: (row) => formatRate(row.satisfactionRate, locale),
    },
    ...(groupBy === 'COUNTER' || groupBy === 'STAFF'
      ? [
          {
            key: 'utilisation',
            header: text('stats.utilisation'),
            cell: (row: StatsRow) => formatRate(row.utilisation, locale),
          },
        ]
      : []),
  ];

  if (rows.length === 0) return <p className="empty">{text('console.stats.noData')}</p>;
  return (
    <ScrollRegion label={text('console.stats.table')}>
      <table className="data-table compact stats-table">
        <thead>
          <tr>
            <th scope="col">{text(`stats.groupBy.${groupBy}`)}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="number">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => (
                <td key={column.key} className="number" data-column={column.key}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
