import { type CalendarDay, describeInputProblem, type OpeningPeriod } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocale } from '../../locale/locale';
import { removeCalendarExceptionMutation, setCalendarExceptionsMutation } from '../documents';
import { dateOfDay, type ExceptionKind } from './calendar-days';
import { FormActions, FormProblemNotice, TextField, useFormSubmit } from './form-kit';
import { PeriodsEditor, periodFields } from './periods-editor';
import {
  exceptionFormProblem,
  exceptionInputOf,
  type ExceptionForm,
  exceptionPeriodsField,
} from './week-hours';

const noteField = 'exceptions[0].note';

/** Props of {@link DayExceptionEditor}. */
export interface DayExceptionEditorProps {
  hallId: string;
  /** The hall's day as it is now (exceptions are the hall's, whichever calendar is shown). */
  day: CalendarDay;
  exception: ExceptionKind | null;
  /** The periods an opened closed day starts from (the hall's usual working day). */
  workingPeriods: readonly OpeningPeriod[];
  onChanged: () => void;
  onClose: () => void;
}

function formOf(day: CalendarDay, workingPeriods: readonly OpeningPeriod[]): ExceptionForm {
  return {
    closed: !day.open,
    periods: day.open ? day.periods : workingPeriods,
    note: day.note ?? '',
  };
}

/**
 * One date's exception: closed (a holiday), or open with its own periods (a swapped working day,
 * longer hours), with a note; or removed, the weekly hours again. It applies to the whole hall.
 */
export function DayExceptionEditor({
  hallId,
  day,
  exception,
  workingPeriods,
  onChanged,
  onClose,
}: DayExceptionEditorProps) {
  const { locale, text } = useLocale();
  const [, setExceptions] = useMutation(setCalendarExceptionsMutation);
  const [, removeException] = useMutation(removeCalendarExceptionMutation);
  const [form, setForm] = useState<ExceptionForm>(() => formOf(day, workingPeriods));
  const [status, setStatus] = useState<'saved' | 'removed' | null>(null);
  const fields = [noteField, ...periodFields(exceptionPeriodsField, form.periods.length)];
  const { problem, pending, submit, refuse, clear } = useFormSubmit(fields);
  const update = (next: ExceptionForm) => {
    setStatus(null);
    clear();
    setForm(next);
  };
  const title = new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(dateOfDay(day.date));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const wrong = exceptionFormProblem(day.date, form);
    if (wrong) return refuse(wrong.field, describeInputProblem(locale, wrong.problem));
    if (await submit(() => setExceptions({ hallId, exceptions: [exceptionInputOf(day.date, form)] }))) {
      setStatus('saved');
      onChanged();
    }
  };
  const remove = async (): Promise<void> => {
    let weekly: CalendarDay | undefined;
    const ok = await submit(async () => {
      const result = await removeException({ hallId, date: day.date });
      weekly = result.data?.removeCalendarException;
      return result;
    });
    if (ok && weekly) {
      setForm(formOf({ ...weekly, note: null }, workingPeriods));
      setStatus('removed');
      onChanged();
    }
  };

  const formId = `exception-${day.date}`;
  return (
    <form
      className="admin-form day-editor"
      onSubmit={(event) => void save(event)}
      noValidate
      data-form="exception"
      data-date={day.date}
    >
      <h3>{title}</h3>
      <p className="wide help">
        {exception
          ? text('console.calendar.isException', { kind: text(`console.calendar.exception.${exception}`) })
          : text('console.calendar.isOrdinary')}{' '}
        {text('console.calendar.exceptionScope')}
      </p>
      <fieldset className="wide">
        <legend>{text('console.calendar.thisDay')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${formId}-closed`}
            checked={form.closed}
            onChange={() => update({ ...form, closed: true })}
          />
          <span>{text('console.calendar.dayClosed')}</span>
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${formId}-closed`}
            checked={!form.closed}
            onChange={() =>
              update({
                ...form,
                closed: false,
                periods: form.periods.length > 0 ? form.periods : workingPeriods,
              })
            }
          />
          <span>{text('console.calendar.dayOpen')}</span>
        </label>
      </fieldset>
      {form.closed ? null : (
        <div className="wide">
          <PeriodsEditor
            field={exceptionPeriodsField}
            label={day.date}
            periods={form.periods}
            onChange={(periods) => update({ ...form, periods })}
            problem={problem}
            formId={formId}
          />
        </div>
      )}
      <TextField
        formId={formId}
        name={noteField}
        label={text('console.calendar.note')}
        value={form.note}
        onChange={(note) => update({ ...form, note })}
        problem={problem}
        placeholder={text('console.calendar.notePlaceholder')}
      />
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.calendar.saveException')} pending={pending} onCancel={onClose}>
        {exception ? (
          <button type="button" className="button" disabled={pending} onClick={() => void remove()}>
            {text('console.calendar.removeException')}
          </button>
        ) : null}
        {status ? (
          <span className="help" role="status">
            {text(status === 'saved' ? 'console.admin.saved' : 'console.calendar.removed')}
          </span>
        ) : null}
      </FormActions>
    </form>
  );
}
