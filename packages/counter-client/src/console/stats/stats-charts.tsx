import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '../../locale/locale';
import { arrivalsByHour, comparison, slaByDay, type StatsRow, waitDistribution } from './stats-figures';

// Colours with at least 4.5:1 contrast on white; each series is also named in the legend.
const colours = { blue: '#0b5cd5', orange: '#a15c00', grey: '#4b5563', green: '#0f7b3f' } as const;

const chartHeight = 240;

function ChartPanel({
  title,
  empty,
  actions,
  children,
}: {
  title: string;
  empty: boolean;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { text } = useLocale();
  return (
    <figure className="chart-panel">
      <div className="chart-heading">
        <figcaption>{title}</figcaption>
        {actions}
      </div>
      {empty ? (
        <p className="empty">{text('console.stats.noData')}</p>
      ) : (
        <ResponsiveContainer
          width="100%"
          height={chartHeight}
          initialDimension={{ width: 520, height: chartHeight }}
        >
          {children}
        </ResponsiveContainer>
      )}
    </figure>
  );
}

/** Median, P90 and longest wait of each group of the table, in minutes. */
export function WaitDistributionChart({ rows }: { rows: readonly StatsRow[] }) {
  const { text } = useLocale();
  const data = waitDistribution(rows);
  return (
    <ChartPanel title={text('console.chart.waitDistribution')} empty={data.length === 0}>
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis unit={text('console.unit.minutesShort')} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend itemSorter={null} />
        <Bar
          dataKey="p50"
          name={text('console.chart.p50')}
          fill={colours.blue}
          isAnimationActive={false}
          maxBarSize={56}
        />
        <Bar
          dataKey="p90"
          name={text('console.chart.p90')}
          fill={colours.orange}
          isAnimationActive={false}
          maxBarSize={56}
        />
        <Bar
          dataKey="max"
          name={text('console.chart.max')}
          fill={colours.grey}
          isAnimationActive={false}
          maxBarSize={56}
        />
      </BarChart>
    </ChartPanel>
  );
}

/** Tickets issued and served in each hour of the day. */
export function ArrivalsChart({ rows }: { rows: readonly StatsRow[] }) {
  const { text } = useLocale();
  const data = arrivalsByHour(rows);
  return (
    <ChartPanel title={text('console.chart.arrivals')} empty={data.length === 0}>
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="hour" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend itemSorter={null} />
        <Bar
          dataKey="issued"
          name={text('stats.issued')}
          fill={colours.blue}
          isAnimationActive={false}
          maxBarSize={56}
        />
        <Bar
          dataKey="served"
          name={text('stats.served')}
          fill={colours.green}
          isAnimationActive={false}
          maxBarSize={56}
        />
      </BarChart>
    </ChartPanel>
  );
}

/** The share of calls within the target wait, day by day. */
export function SlaTrendChart({ rows }: { rows: readonly StatsRow[] }) {
  const { text } = useLocale();
  const data = slaByDay(rows);
  return (
    <ChartPanel title={text('console.chart.slaTrend')} empty={data.every((point) => point.sla === null)}>
      <LineChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend itemSorter={null} />
        <Line
          type="monotone"
          dataKey="sla"
          name={text('stats.slaRate')}
          stroke={colours.blue}
          strokeWidth={2}
          dot
          isAnimationActive={false}
        />
      </LineChart>
    </ChartPanel>
  );
}

/** Served tickets and average wait per counter or clerk. */
export function ComparisonChart({
  rows,
  title,
  actions,
}: {
  rows: readonly StatsRow[];
  title: string;
  /** The switch between counters and clerks. */
  actions: ReactNode;
}) {
  const { text } = useLocale();
  const data = comparison(rows);
  return (
    <ChartPanel title={title} empty={data.length === 0} actions={actions}>
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis yAxisId="served" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis
          yAxisId="wait"
          orientation="right"
          unit={text('console.unit.minutesShort')}
          tick={{ fontSize: 12 }}
        />
        <Tooltip />
        <Legend itemSorter={null} />
        <Bar
          yAxisId="served"
          dataKey="served"
          name={text('stats.served')}
          fill={colours.green}
          isAnimationActive={false}
          maxBarSize={56}
        />
        <Bar
          yAxisId="wait"
          dataKey="avgWait"
          name={text('console.chart.avgWait')}
          fill={colours.orange}
          isAnimationActive={false}
          maxBarSize={56}
        />
      </BarChart>
    </ChartPanel>
  );
}
