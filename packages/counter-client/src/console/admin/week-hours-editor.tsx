import { describeInputProblem, type OpeningPeriod, type WeeklyHours } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocale } from '../../locale/locale';
import { setWeeklyHoursMutation } from '../documents';
import { FormActions, FormProblemNotice, useFormSubmit } from './form-kit';
import { PeriodsEditor, periodFields } from './periods-editor';
import {
  hoursInputOf,
  usualWeek,
  weekdayPeriodsField,
  weekdays,
  type WeekForm,
  weekFormOf,
  weekFormProblem,
  type WeekMode,
  type WeekSubject,
} from './week-hours';

/** Whose week the editor sets: the hall's, or one service's (within the hall's). */
export interface WeekOwner {
  hallId: string;
  service: { id: string; name: string } | null;
}

/** Props of {@link WeekHoursEditor}. */
export interface WeekHoursEditorProps {
  owner: WeekOwner;
  /** The owner's stored hours (empty: the hall open all day, or the service on the hall's hours). */
  hours: readonly WeeklyHours[];
  /** The hall's hours, where a service's own week starts from. */
  hallHours: readonly WeeklyHours[];
  onSaved: () => void;
}

type Weekday = (typeof weekdays)[number];

/**
 * A week of opening hours (docs/domain.md, "Calendar"): a hall open all day, or a service on its
 * hall's hours, or per weekday zero or more periods — none is a closed weekday.
 */
export function WeekHoursEditor({ owner, hours, hallHours, onSaved }: WeekHoursEditorProps) {
  const { locale, text } = useLocale();
  const subject: WeekSubject = owner.service ? 'service' : 'hall';
  const [, setWeeklyHours] = useMutation(setWeeklyHoursMutation);
  const [form, setForm] = useState<WeekForm>(() => weekFormOf(hours, subject, hallHours));
  // A weekday closed by its checkbox gets its periods back when opened again.
  const [beforeClosing, setBeforeClosing] = useState<Record<number, readonly OpeningPeriod[]>>({});
  const [saved, setSaved] = useState(false);
  const fields = weekdays.flatMap((weekday) =>
    periodFields(weekdayPeriodsField(weekday), form.days[weekday]?.length ?? 0),
  );
  const { problem, pending, submit, refuse, clear } = useFormSubmit(fields);
  const formId = owner.service ? `week-${owner.service.id}` : 'week-hall';
  const update = (next: WeekForm) => {
    setSaved(false);
    clear();
    setForm(next);
  };
  const setDay = (weekday: number, periods: readonly OpeningPeriod[]) =>
    update({ ...form, days: { ...form.days, [weekday]: periods } });
  const weekdayName = (weekday: Weekday) => text(`console.calendar.weekday.${weekday}`);
  const modes: readonly WeekMode[] = subject === 'hall' ? ['allDay', 'weekly'] : ['hallHours', 'weekly'];

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const wrong = weekFormProblem(form);
    if (wrong) return refuse(wrong.field, describeInputProblem(locale, wrong.problem));
    const ok = await submit(() =>
      setWeeklyHours({
        hallId: owner.hallId,
        serviceId: owner.service?.id ?? null,
        hours: hoursInputOf(form),
      }),
    );
    setSaved(ok);
    if (ok) onSaved();
  };

  return (
    <form className="admin-form week-form" onSubmit={(event) => void save(event)} noValidate data-form="week">
      <h3>
        {owner.service
          ? text('console.calendar.serviceWeek', { name: owner.service.name })
          : text('console.calendar.hallWeek')}
      </h3>
      <fieldset className="wide week-mode">
        <legend>{text('console.calendar.weekMode')}</legend>
        {modes.map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name={`${formId}-mode`}
              value={mode}
              checked={form.mode === mode}
              onChange={() => update({ ...form, mode })}
            />
            <span>{text(`console.calendar.mode.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
      {form.mode === 'weekly' ? (
        <div className="wide week-days">
          <table className="week-table">
            <tbody>
              {weekdays.map((weekday) => {
                const periods = form.days[weekday] ?? [];
                const closed = periods.length === 0;
                return (
                  <tr key={weekday} data-weekday={weekday} className={closed ? 'closed-day' : undefined}>
                    <th scope="row">{weekdayName(weekday)}</th>
                    <td className="week-open">
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          name={`open-${weekday}`}
                          checked={!closed}
                          onChange={(event) => {
                            if (event.target.checked) {
                              setDay(weekday, beforeClosing[weekday] ?? usualWeek[0]!.periods);
                            } else {
                              setBeforeClosing({ ...beforeClosing, [weekday]: periods });
                              setDay(weekday, []);
                            }
                          }}
                        />
                        <span>{text('console.calendar.open')}</span>
                      </label>
                    </td>
                    <td>
                      {closed ? (
                        <span className="help">{text('console.calendar.closedWeekday')}</span>
                      ) : (
                        <PeriodsEditor
                          field={weekdayPeriodsField(weekday)}
                          label={weekdayName(weekday)}
                          periods={periods}
                          onChange={(next) => setDay(weekday, next)}
                          problem={problem}
                          formId={formId}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              update({
                ...form,
                days: {
                  ...form.days,
                  ...Object.fromEntries([2, 3, 4, 5].map((weekday) => [weekday, form.days[1] ?? []])),
                },
              })
            }
          >
            {text('console.calendar.copyMonday')}
          </button>
        </div>
      ) : (
        <p className="wide help">
          {text(form.mode === 'allDay' ? 'console.calendar.allDayHelp' : 'console.calendar.hallHoursHelp')}
        </p>
      )}
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.save')} pending={pending}>
        {saved ? (
          <span className="help" role="status">
            {text('console.admin.saved')}
          </span>
        ) : null}
      </FormActions>
    </form>
  );
}
