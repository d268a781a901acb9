import { localizedName, type StatsGroupBy } from '@onestop/shared';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { QueryResult } from '../../components/query-result';
import { saveFile } from '../../components/save-file';
import type { ConsoleHallSetupQuery, ConsoleHallStaffQuery, StatsInput } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { hallSetupQuery, hallStaffQuery, waitStatsCsvQuery, waitStatsQuery } from '../documents';
import { type PeriodChoice, resolvePeriod, type ResolvedPeriod } from '../period';
import { PeriodPicker } from '../period-picker';
import {
  AppointmentsChart,
  ArrivalsChart,
  ComparisonChart,
  SlaTrendChart,
  WaitDistributionChart,
} from './stats-charts';
import { csvFileName, parseWaitOverMinutes, type StatsFilters, statsInput } from './stats-figures';
import { StatsTable } from './stats-table';

const groupings = [
  'SERVICE',
  'COUNTER',
  'STAFF',
  'DAY',
  'HOUR_OF_DAY',
  'HALL',
  'CHANNEL',
] as const satisfies readonly StatsGroupBy[];

type SetupHall = NonNullable<ConsoleHallSetupQuery['hall']>;
type StaffMember = ConsoleHallStaffQuery['staff'][number];

/** `/manager?tab=stats`: the hall's figures for a period, filtered, grouped, charted and downloadable. */
export function StatsView({ hall }: { hall: ConsoleHall }) {
  const setup = useQuery({ query: hallSetupQuery, variables: { hallId: hall.id } });
  const staff = useQuery({ query: hallStaffQuery, variables: { hallId: hall.id } });
  return (
    <QueryResult query={setup}>
      {({ hall: setupHall }) =>
        setupHall ? (
          <StatsWorkspace hall={hall} setup={setupHall} staff={staff[0].data?.staff ?? []} />
        ) : (
          <p className="notice">{hall.name}</p>
        )
      }
    </QueryResult>
  );
}

function StatsWorkspace({
  hall,
  setup,
  staff,
}: {
  hall: ConsoleHall;
  setup: SetupHall;
  staff: readonly StaffMember[];
}) {
  const { locale, text } = useLocale();
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'today' });
  const [filters, setFilters] = useState<StatsFilters>({
    groupBy: 'SERVICE',
    serviceIds: [],
    counterIds: [],
    staffIds: [],
    includeChildHalls: false,
    waitOverMinutes: setup.targetWaitMinutes,
  });
  const [typedMinutes, setTypedMinutes] = useState(String(setup.targetWaitMinutes));
  // Resolved once per choice: "today" must not slide at every render.
  const period = useMemo(() => resolvePeriod(choice, new Date(), hall.timezone), [choice, hall.timezone]);
  const minutesValid = parseWaitOverMinutes(typedMinutes) !== undefined;

  return (
    <div className="stats">
      <form className="stats-filters" onSubmit={(event) => event.preventDefault()}>
        <PeriodPicker choice={choice} onChange={setChoice} resolved={period} />
        <div className="filter-row">
          <label className="field field-inline">
            <span>{text('console.stats.groupBy')}</span>
            <select
              name="groupBy"
              value={filters.groupBy}
              onChange={(event) => setFilters({ ...filters, groupBy: event.target.value as StatsGroupBy })}
            >
              {groupings.map((grouping) => (
                <option key={grouping} value={grouping}>
                  {text(`stats.groupBy.${grouping}`)}
                </option>
              ))}
            </select>
          </label>
          <ChoiceFilter
            name="serviceIds"
            legend={text('console.column.service')}
            options={setup.services.map((service) => ({
              id: service.id,
              label: `${service.prefix} ${localizedName(service, locale)}`,
            }))}
            chosen={filters.serviceIds}
            onChange={(serviceIds) => setFilters({ ...filters, serviceIds })}
          />
          <ChoiceFilter
            name="counterIds"
            legend={text('column.label')}
            options={setup.counters.map((counter) => ({
              id: counter.id,
              label: text('counter.label', { label: counter.label }),
            }))}
            chosen={filters.counterIds}
            onChange={(counterIds) => setFilters({ ...filters, counterIds })}
          />
          <ChoiceFilter
            name="staffIds"
            legend={text('console.column.clerk')}
            options={staff.map((member) => ({ id: member.id, label: member.displayName }))}
            chosen={filters.staffIds}
            onChange={(staffIds) => setFilters({ ...filters, staffIds })}
          />
          <label className="field field-inline">
            <span>{text('console.stats.waitOver')}</span>
            <input
              name="waitOverMinutes"
              inputMode="numeric"
              size={4}
              value={typedMinutes}
              aria-invalid={!minutesValid}
              aria-describedby="wait-over-help"
              onChange={(event) => {
                setTypedMinutes(event.target.value);
                const minutes = parseWaitOverMinutes(event.target.value);
                if (minutes !== undefined) setFilters({ ...filters, waitOverMinutes: minutes });
              }}
            />
            <span id="wait-over-help" className={minutesValid ? 'help' : 'field-error'}>
              {minutesValid ? text('console.unit.minutes') : text('console.stats.waitOverInvalid')}
            </span>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              name="includeChildHalls"
              checked={filters.includeChildHalls}
              onChange={(event) => setFilters({ ...filters, includeChildHalls: event.target.checked })}
            />
            <span>{text('console.stats.includeChildHalls')}</span>
          </label>
        </div>
      </form>
      {period ? <StatsResults hall={hall} period={period} filters={filters} /> : null}
    </div>
  );
}

interface ChoiceOption {
  id: string;
  label: string;
}

/** A list of checkboxes folded under a summary: nothing ticked means "all". */
function ChoiceFilter({
  name,
  legend,
  options,
  chosen,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly ChoiceOption[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const { text } = useLocale();
  const summary =
    chosen.length === 0
      ? text('console.stats.all')
      : options
          .filter((option) => chosen.includes(option.id))
          .map((option) => option.label)
          .join('、');
  return (
    <details className="choice-filter" data-filter={name}>
      <summary>
        <span className="choice-legend">{legend}</span> <span className="choice-summary">{summary}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {options.map((option) => (
          <label key={option.id} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id),
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
        {chosen.length > 0 ? (
          <button type="button" className="button button-quiet" onClick={() => onChange([])}>
            {text('console.stats.clear')}
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}

function StatsResults({
  hall,
  period,
  filters,
}: {
  hall: ConsoleHall;
  period: ResolvedPeriod;
  filters: StatsFilters;
}) {
  const { text } = useLocale();
  const [comparisonGrouping, setComparisonGrouping] = useState<'COUNTER' | 'STAFF'>('COUNTER');
  const inputs = useMemo(
    () => ({
      main: statsInput(hall.id, period, filters),
      hourly: statsInput(hall.id, period, filters, 'HOUR_OF_DAY'),
      daily: statsInput(hall.id, period, filters, 'DAY'),
      comparison: statsInput(hall.id, period, filters, comparisonGrouping),
    }),
    [hall.id, period, filters, comparisonGrouping],
  );
  const [main, refetchMain] = useQuery({ query: waitStatsQuery, variables: { input: inputs.main } });
  const [hourly, refetchHourly] = useQuery({ query: waitStatsQuery, variables: { input: inputs.hourly } });
  const [daily, refetchDaily] = useQuery({ query: waitStatsQuery, variables: { input: inputs.daily } });
  const [compared, refetchCompared] = useQuery({
    query: waitStatsQuery,
    variables: { input: inputs.comparison },
  });
  // The figures move while the manager looks (a ticket completed a minute ago): one button asks again for all.
  const refresh = (): void => {
    for (const refetch of [refetchMain, refetchHourly, refetchDaily, refetchCompared]) {
      refetch({ requestPolicy: 'network-only' });
    }
  };

  if (main.error) {
    return <ErrorNotice error={main.error} onRetry={refresh} />;
  }
  return (
    <div className="stats-results">
      <div className="stats-actions">
        <button
          type="button"
          className="button"
          onClick={() => refetchMain({ requestPolicy: 'network-only' })}
        >
          {text('console.stats.refresh')}
        </button>
        <CsvDownload hallCode={hall.code} period={period} input={inputs.main} />
        {main.fetching ? <span className="loading">{text('common.loading')}</span> : null}
      </div>
      {main.data ? (
        <StatsTable
          rows={main.data.waitStats}
          groupBy={filters.groupBy}
          waitOverMinutes={filters.waitOverMinutes}
        />
      ) : (
        <Loading />
      )}
      <div className="chart-grid">
        <WaitDistributionChart rows={main.data?.waitStats ?? []} byChannel={filters.groupBy === 'CHANNEL'} />
        <ArrivalsChart rows={hourly.data?.waitStats ?? []} />
        <SlaTrendChart rows={daily.data?.waitStats ?? []} />
        <AppointmentsChart rows={daily.data?.waitStats ?? []} />
        <ComparisonChart
          rows={compared.data?.waitStats ?? []}
          title={text(
            comparisonGrouping === 'COUNTER' ? 'console.chart.perCounter' : 'console.chart.perStaff',
          )}
          actions={
            <div className="segmented" role="group" aria-label={text('console.stats.groupBy')}>
              {(['COUNTER', 'STAFF'] as const).map((grouping) => (
                <button
                  key={grouping}
                  type="button"
                  className="button button-small"
                  aria-pressed={comparisonGrouping === grouping}
                  onClick={() => setComparisonGrouping(grouping)}
                >
                  {text(`stats.groupBy.${grouping}`)}
                </button>
              ))}
            </div>
          }
        />
      </div>
      {[hourly, daily, compared].map((result, index) =>
        result.error ? <ErrorNotice key={index} error={result.error} /> : null,
      )}
    </div>
  );
}

/** Asks the server for the same rows as CSV and hands the file to the browser. */
function CsvDownload({
  hallCode,
  period,
  input,
}: {
  hallCode: string;
  period: ResolvedPeriod;
  input: StatsInput;
}) {
  const { text } = useLocale();
  const client = useClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Parameters<typeof ErrorNotice>[0]['error'] | null>(null);

  const download = async (): Promise<void> => {
    setPending(true);
    setError(null);
    const result = await client
      .query(waitStatsCsvQuery, { input }, { requestPolicy: 'network-only' })
      .toPromise();
    setPending(false);
    if (result.error || !result.data) {
      if (result.error) setError(result.error);
      return;
    }
    saveFile(
      result.data.waitStatsCsv,
      csvFileName(hallCode, period, input.groupBy),
      'text/csv;charset=utf-8',
    );
  };

  return (
    <>
      <button
        type="button"
        className="button button-primary"
        disabled={pending}
        onClick={() => void download()}
      >
        {text('console.stats.downloadCsv')}
      </button>
      {error ? <ErrorNotice error={error} /> : null}
    </>
  );
}
