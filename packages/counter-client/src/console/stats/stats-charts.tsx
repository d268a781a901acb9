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
import {
  appointmentsByDay,
  arrivalsByHour,
  comparison,
  slaByDay,
  type StatsRow,
  waitDistribution,
} from './stats-figures';

// Colours with at least 4.5:1 contrast on white; each series is also named in the legend.
const colours = {
  blue: '#0b5cd5',
  orange: '#a15c00',
  grey: '#4b5563',
  green: '#0f7b3f',
  red: '#b42318',
} as const;

const chartHeight = 240;

/**
 * One series of bars. A function, not a component: recharts reads its series from the chart's
 * direct children.
 */
function bars(dataKey: string, name: string, fill: string, yAxisId?: string) {
  return (
    <Bar
      key={dataKey}
      dataKey={dataKey}
      name={name}
      fill={fill}
      yAxisId={yAxisId}
      isAnimationActive={false}
      maxBarSize={56}
    />
  );
}

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

/**
 * Median, P90 and longest wait of each group of the table, in minutes. Grouped by channel it
 * compares walk-ins, appointments, remote and staff tickets by median and P90 alone: the longest
 * wait of one ticket says little of a channel.
 */
export function WaitDistributionChart({
  rows,
  byChannel,
}: {
  rows: readonly StatsRow[];
  byChannel: boolean;
}) {
  const { text } = useLocale();
  const data = waitDistribution(rows);
  return (
    <ChartPanel
      title={text(byChannel ? 'console.chart.channelWaits' : 'console.chart.waitDistribution')}
      empty={data.length === 0}
    >
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis unit={text('console.unit.minutesShort')} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend itemSorter={null} />
        {bars('p50', text('console.chart.p50'), colours.blue)}
        {bars('p90', text('console.chart.p90'), colours.orange)}
        {byChannel ? null : bars('max', text('console.chart.max'), colours.grey)}
      </BarChart>
    </ChartPanel>
  );
}

/** Counts side by side along hours or days, in whole numbers. */
function CountsChart({
  title,
  data,
  along,
  children,
}: {
  title: string;
  data: readonly object[];
  /** The field of each point along the axis. */
  along: string;
  /** The series, from {@link bars}. */
  children: ReactNode;
}) {
  return (
    <ChartPanel title={title} empty={data.length === 0}>
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={along} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend itemSorter={null} />
        {children}
      </BarChart>
    </ChartPanel>
  );
}

/** Tickets issued and served in each hour of the day. */
export function ArrivalsChart({ rows }: { rows: readonly StatsRow[] }) {
  const { text } = useLocale();
  return (
    <CountsChart title={text('console.chart.arrivals')} data={arrivalsByHour(rows)} along="hour">
      {bars('issued', text('stats.issued'), colours.blue)}
      {bars('served', text('stats.served'), colours.green)}
    </CountsChart>
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
        {bars('served', text('stats.served'), colours.green, 'served')}
        {bars('avgWait', text('console.chart.avgWait'), colours.orange, 'wait')}
      </BarChart>
    </ChartPanel>
  );
}

/** Appointments booked and missed, day by day; nothing at all for a period without appointments. */
export function AppointmentsChart({ rows }: { rows: readonly StatsRow[] }) {
  const { text } = useLocale();
  const data = appointmentsByDay(rows);
  if (data.length === 0) return null;
  return (
    <CountsChart title={text('console.chart.appointments')} data={data} along="day">
      {bars('booked', text('stats.appointmentsBooked'), colours.blue)}
      {bars('missed', text('stats.appointmentsMissed'), colours.red)}
    </CountsChart>
  );
}
