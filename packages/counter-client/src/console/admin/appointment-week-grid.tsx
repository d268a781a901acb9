import { addDays, type AppointmentSettings, type Locale, serviceDayOf } from '@onestop/shared';
import { type CSSProperties, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { QueryResult } from '../../components/query-result';
import { ScrollRegion } from '../../components/scroll-region';
import type { ConsoleAppointmentWeekQuery, ConsoleAppointmentWeekQueryVariables } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import { appointmentWeekQuery } from '../documents';
import { dateOfDay } from './calendar-days';
import {
  type AppointmentWeek,
  appointmentWeekOf,
  daysInWeek,
  type WeekCell,
  weekDates,
} from './appointment-week';

/**
 * Under a service's appointment settings: seven dates from today on the hall's clock (or a week
 * before or after), each date's slots with how many of their seats are booked. It reads the saved
 * settings, as the server books by them.
 */
export function AppointmentWeekGrid({
  hallId,
  serviceId,
  timeZone,
  settings,
  unsaved,
}: {
  hallId: string;
  serviceId: string;
  timeZone: string;
  settings: AppointmentSettings;
  /** The form holds edits not saved yet: the grid says it does not show them. */
  unsaved: boolean;
}) {
  const { locale, text } = useLocale();
  const today = useMemo(() => serviceDayOf(new Date(), timeZone), [timeZone]);
  const [first, setFirst] = useState(today);
  const dates = weekDates(first);
  const query = useQuery({
    query: appointmentWeekQuery,
    variables: weekVariables(hallId, serviceId, dates),
    requestPolicy: 'cache-and-network',
  });
  const weekButton = (label: string, target: string, name: string) => (
    <button type="button" className="button button-small" name={name} onClick={() => setFirst(target)}>
      {label}
    </button>
  );

  return (
    <section className="appointment-week" aria-labelledby={`appointment-week-${serviceId}`}>
      <div className="appointment-week-heading">
        <h4 id={`appointment-week-${serviceId}`}>
          {text('console.appointmentsWeek.title', {
            from: shortDate(dates[0]!, locale),
            to: shortDate(dates.at(-1)!, locale),
          })}
        </h4>
        <div className="segmented">
          {weekButton(text('console.appointmentsWeek.previous'), addDays(first, -daysInWeek), 'previousWeek')}
          {first === today ? null : weekButton(text('console.appointmentsWeek.fromToday'), today, 'thisWeek')}
          {weekButton(text('console.appointmentsWeek.next'), addDays(first, daysInWeek), 'nextWeek')}
        </div>
      </div>
      {unsaved ? (
        <p className="help appointment-week-unsaved">{text('console.appointmentsWeek.unsaved')}</p>
      ) : null}
      {settings.enabled ? null : <p className="help">{text('console.appointmentsWeek.notTaking')}</p>}
      <QueryResult query={query}>
        {(data) => (
          <WeekTable
            week={appointmentWeekOf(
              data.calendar,
              bookingsByDate(data, dates),
              settings,
              timeZone,
              new Date(),
            )}
            today={today}
            labelledBy={`appointment-week-${serviceId}`}
          />
        )}
      </QueryResult>
    </section>
  );
}

/** The query asks for one date a variable: `day1` … `day7`. */
function weekVariables(
  hallId: string,
  serviceId: string,
  dates: readonly string[],
): ConsoleAppointmentWeekQueryVariables {
  const [day1, day2, day3, day4, day5, day6, day7] = dates as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { hallId, serviceId, from: day1, to: day7, day1, day2, day3, day4, day5, day6, day7 };
}

/** The bookings of each date of the week, from the query's one alias a date. */
function bookingsByDate(data: ConsoleAppointmentWeekQuery, dates: readonly string[]) {
  const perDay = [data.day1, data.day2, data.day3, data.day4, data.day5, data.day6, data.day7];
  return new Map(dates.map((date, index) => [date, perDay[index] ?? []]));
}

/** `12月7日` / `7 Dec`. */
function shortDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    month: 'short',
    day: 'numeric',
  }).format(dateOfDay(date));
}

function weekdayName(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { weekday: 'short' }).format(
    dateOfDay(date),
  );
}

function WeekTable({
  week,
  today,
  labelledBy,
}: {
  week: AppointmentWeek;
  today: string;
  labelledBy: string;
}) {
  const { locale, text } = useLocale();
  return (
    <>
      <ScrollRegion className="appointment-week-scroll" labelledBy={labelledBy}>
        <table className="data-table compact appointment-week-grid">
          <thead>
            <tr>
              <th scope="col">{text('console.appointmentsWeek.slot')}</th>
              {week.days.map((day) => (
                <th
                  key={day.date}
                  scope="col"
                  data-date={day.date}
                  className={day.closed ? 'day-closed' : day.date === today ? 'day-today' : undefined}
                >
                  <span className="week-day-name">
                    {weekdayName(day.date, locale)} {shortDate(day.date, locale)}
                  </span>
                  {day.date === today ? (
                    <span className="week-day-state">{text('console.appointmentsWeek.today')}</span>
                  ) : null}
                  {day.closed ? (
                    <span className="week-day-state">
                      {day.note
                        ? text('console.appointmentsWeek.closedFor', { note: day.note })
                        : text('console.appointmentsWeek.closed')}
                    </span>
                  ) : day.noSlots ? (
                    <span className="week-day-state">{text('console.appointmentsWeek.noSlots')}</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {week.rows.length === 0 ? (
              <tr>
                <td colSpan={week.days.length + 1} className="empty">
                  {text('console.appointmentsWeek.noSlotsInWeek')}
                </td>
              </tr>
            ) : (
              week.rows.map((row) => (
                <tr key={row.start} data-start={row.start}>
                  <th scope="row">{`${row.start}–${row.end}`}</th>
                  {row.cells.map((cell, index) => (
                    <WeekCellView key={week.days[index]!.date} cell={cell} date={week.days[index]!.date} />
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="help">{text('console.appointmentsWeek.legend')}</p>
    </>
  );
}

function WeekCellView({ cell, date }: { cell: WeekCell; date: string }) {
  const { text } = useLocale();
  switch (cell.kind) {
    case 'slot':
      return (
        <td
          data-date={date}
          className={['week-slot', cell.full && 'full', cell.started && 'started'].filter(Boolean).join(' ')}
          // The shade grows with the share of seats taken; the numbers say it in words too.
          style={{ '--fullness': cell.fullness } as CSSProperties}
        >
          {`${cell.booked}/${cell.capacity}`}
          {cell.full ? <span className="full-mark">{text('console.appointmentsWeek.full')}</span> : null}
        </td>
      );
    case 'outsideSlots':
      return (
        <td data-date={date} className="week-outside-slots">
          {text('console.appointmentsWeek.outsideSlots', { count: cell.booked })}
        </td>
      );
    case 'closed':
      return <td data-date={date} className="week-closed" />;
    case 'none':
      return (
        <td data-date={date} className="week-no-slot">
          –
        </td>
      );
  }
}
