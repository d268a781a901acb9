import type { CalendarDay } from '@onestop/shared';
import { createContext, useContext, useEffect, useRef } from 'react';
import { DayPicker, type DayButtonProps } from 'react-day-picker';
import { enUS } from 'react-day-picker/locale/en-US';
import { zhCN } from 'react-day-picker/locale/zh-CN';
import 'react-day-picker/style.css';
import { useLocale } from '../../locale/locale';
import { dateOfDay, dayOfDate, type ExceptionKind } from './calendar-days';

/** One cell of the month: the resolved day, and how an exception changed it. */
export interface MonthCell {
  day: CalendarDay;
  exception: ExceptionKind | null;
}

// The grid's day buttons are react-day-picker's; what they show comes from here.
const CellsContext = createContext<ReadonlyMap<string, MonthCell>>(new Map());

/** Props of {@link MonthCalendar}. */
export interface MonthCalendarProps {
  /** The first of the shown month, `YYYY-MM-01`. */
  month: string;
  onMonthChange: (month: string) => void;
  /** The days of the shown weeks, by date. */
  cells: ReadonlyMap<string, MonthCell>;
  /** Today on the hall's clock. */
  today: string;
  chosen: string | null;
  onChoose: (day: string) => void;
}

/**
 * A month as a calendar grid (react-day-picker), weeks from Monday: each day says open (its
 * hours) or closed, an exception is marked with its note, and clicking a day chooses it.
 */
export function MonthCalendar({ month, onMonthChange, cells, today, chosen, onChoose }: MonthCalendarProps) {
  const { locale } = useLocale();
  const datesWhere = (test: (cell: MonthCell) => boolean) =>
    [...cells.values()].filter(test).map((cell) => dateOfDay(cell.day.date));
  return (
    <CellsContext.Provider value={cells}>
      <DayPicker
        className="month-calendar"
        mode="single"
        required
        selected={chosen ? dateOfDay(chosen) : undefined}
        onSelect={(_, clicked) => onChoose(dayOfDate(clicked))}
        month={dateOfDay(month)}
        onMonthChange={(shown) => onMonthChange(dayOfDate(shown))}
        locale={locale === 'en' ? enUS : zhCN}
        weekStartsOn={1}
        showOutsideDays
        today={dateOfDay(today)}
        modifiers={{
          open: datesWhere((cell) => cell.day.open),
          closed: datesWhere((cell) => !cell.day.open),
          exception: datesWhere((cell) => cell.exception !== null),
        }}
        modifiersClassNames={{ open: 'day-open', closed: 'day-closed', exception: 'day-exception' }}
        components={{ DayButton: CalendarDayButton }}
      />
    </CellsContext.Provider>
  );
}

function CalendarDayButton({ day, modifiers, children: _number, ...buttonProps }: DayButtonProps) {
  const { text } = useLocale();
  const cell = useContext(CellsContext).get(day.isoDate);
  const ref = useRef<HTMLButtonElement>(null);
  // As react-day-picker's own button: keyboard moves between days move the focus.
  useEffect(() => {
    if (modifiers.focused) ref.current?.focus();
  }, [modifiers.focused]);
  const mark = cell?.exception
    ? (cell.day.note ?? text(`console.calendar.exception.${cell.exception}`))
    : null;
  // Named by its content, not an aria-label, so that its name holds every word it shows (WCAG
  // 2.5.3): the full date read out first, in place of the bare day number.
  const { 'aria-label': dateLabel, ...otherProps } = buttonProps;
  return (
    <button ref={ref} {...otherProps} data-exception={cell?.exception ?? undefined}>
      {dateLabel ? <span className="visually-hidden">{dateLabel}</span> : null}
      <span className="day-number" aria-hidden={dateLabel ? true : undefined}>
        {day.date.getDate()}
      </span>
      {cell ? (
        <span className="day-hours">
          {cell.day.open
            ? cell.day.periods.map((period) => (
                <span key={period.opens}>
                  {period.opens}–{period.closes}
                </span>
              ))
            : text('console.calendar.closed')}
        </span>
      ) : null}
      {mark ? <span className={`day-note note-${cell?.exception ?? ''}`}>{mark}</span> : null}
    </button>
  );
}
