import { type CalendarRules, localizedName, serviceDayOf } from '@onestop/shared';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice';
import { QueryResult } from '../../components/query-result';
import type { ConsoleHallHoursQuery } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { calendarQuery, hallHoursQuery } from '../documents';
import { CalendarImport } from './calendar-import';
import { exceptionKindOf, monthOf, visibleRange, workingPeriodsFor } from './calendar-days';
import { DayExceptionEditor } from './day-exception-editor';
import { MonthCalendar, type MonthCell } from './month-calendar';
import { WeekHoursEditor } from './week-hours-editor';
import { usualWeek } from './week-hours';

type HoursHall = NonNullable<ConsoleHallHoursQuery['hall']>;

/**
 * `/admin?tab=calendar`: when the hall and each of its services are open — the week of hours,
 * and the month with its exceptions (holidays, swapped working days, longer hours), edited by
 * clicking a day or imported from an .ics file.
 */
export function CalendarSection({ hall }: { hall: ConsoleHall }) {
  const query = useQuery({ query: hallHoursQuery, variables: { hallId: hall.id } });
  const reload = () => query[1]({ requestPolicy: 'network-only' });
  return (
    <QueryResult query={query}>
      {({ hall: hours }) => (hours ? <HallCalendar hall={hours} onHoursChanged={reload} /> : null)}
    </QueryResult>
  );
}

function HallCalendar({ hall, onHoursChanged }: { hall: HoursHall; onHoursChanged: () => void }) {
  const { locale, text } = useLocale();
  const today = serviceDayOf(new Date(), hall.timezone);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [month, setMonth] = useState(() => monthOf(today));
  const [chosen, setChosen] = useState<string | null>(null);
  const service = hall.services.find((each) => each.id === serviceId) ?? null;
  const range = visibleRange(month);
  const [hallDays, refetchHallDays] = useQuery({
    query: calendarQuery,
    variables: { hallId: hall.id, serviceId: null, ...range },
  });
  const [serviceDays, refetchServiceDays] = useQuery({
    query: calendarQuery,
    variables: { hallId: hall.id, serviceId, ...range },
    pause: serviceId === null,
  });
  const reloadDays = () => {
    refetchHallDays({ requestPolicy: 'network-only' });
    if (serviceId !== null) refetchServiceDays({ requestPolicy: 'network-only' });
  };

  // Exceptions are the hall's: marked from its days, shown on the service's when one is chosen.
  const cells = useMemo(() => {
    const hallRules: CalendarRules = { timeZone: hall.timezone, hallHours: hall.weeklyHours, exceptions: [] };
    const byDate = new Map<string, MonthCell>();
    const shown = serviceId === null ? hallDays.data?.calendar : serviceDays.data?.calendar;
    for (const day of hallDays.data?.calendar ?? []) {
      const ownDay = shown?.find((each) => each.date === day.date);
      if (ownDay) byDate.set(day.date, { day: ownDay, exception: exceptionKindOf(day, hallRules) });
    }
    return byDate;
  }, [hallDays.data, serviceDays.data, serviceId, hall.timezone, hall.weeklyHours]);
  const chosenDay = chosen ? hallDays.data?.calendar.find((day) => day.date === chosen) : undefined;

  return (
    <div className="admin-section calendar-section">
      <div className="calendar-subject">
        <label className="field-inline">
          <span>{text('console.calendar.subject')}</span>
          <select
            name="calendarSubject"
            value={serviceId ?? ''}
            onChange={(event) => setServiceId(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{text('console.calendar.wholeHall')}</option>
            {hall.services.map((each) => (
              <option key={each.id} value={each.id}>
                {each.prefix} {localizedName(each, locale)}
              </option>
            ))}
          </select>
        </label>
        {service ? (
          <p className="help">
            {text('console.calendar.lastIssue', { minutes: service.lastIssueMinutesBeforeClose })}
          </p>
        ) : null}
      </div>
      <WeekHoursEditor
        key={serviceId ?? 'hall'}
        owner={{
          hallId: hall.id,
          service: service ? { id: service.id, name: localizedName(service, locale) } : null,
        }}
        hours={service ? service.weeklyHours : hall.weeklyHours}
        hallHours={hall.weeklyHours}
        onSaved={() => {
          onHoursChanged();
          reloadDays();
        }}
      />
      <div className="calendar-columns">
        <section className="panel month-panel" aria-labelledby="month-calendar-title">
          <h3 id="month-calendar-title">
            {service
              ? text('console.calendar.monthOfService', { name: localizedName(service, locale) })
              : text('console.calendar.month')}
          </h3>
          {/* The grid stays while another month loads, so the month buttons keep their focus. */}
          <MonthCalendar
            month={month}
            onMonthChange={setMonth}
            cells={cells}
            today={today}
            chosen={chosen}
            onChoose={setChosen}
          />
          {hallDays.error ? (
            <ErrorNotice error={hallDays.error} onRetry={reloadDays} />
          ) : serviceDays.error ? (
            <ErrorNotice error={serviceDays.error} onRetry={reloadDays} />
          ) : null}
          <ul className="calendar-legend" aria-label={text('console.calendar.legend')}>
            <li className="legend-open">{text('console.calendar.legendOpen')}</li>
            <li className="legend-closed">{text('console.calendar.legendClosed')}</li>
            <li className="legend-exception">{text('console.calendar.legendException')}</li>
            <li className="legend-today">{text('console.calendar.legendToday')}</li>
          </ul>
        </section>
        <div className="calendar-side">
          {chosenDay ? (
            <DayExceptionEditor
              key={chosenDay.date}
              hallId={hall.id}
              day={chosenDay}
              exception={cells.get(chosenDay.date)?.exception ?? null}
              workingPeriods={workingPeriodsFor(hall.weeklyHours, chosenDay.date, usualWeek[0]!.periods)}
              onChanged={reloadDays}
              onClose={() => setChosen(null)}
            />
          ) : (
            <p className="panel help">{text('console.calendar.chooseDay')}</p>
          )}
          <CalendarImport
            hallId={hall.id}
            onImported={(days) => {
              const upcoming = days.find((day) => day.date >= today) ?? days[0];
              if (upcoming) setMonth(monthOf(upcoming.date));
              reloadDays();
            }}
          />
        </div>
      </div>
    </div>
  );
}
