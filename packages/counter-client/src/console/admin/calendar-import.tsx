import type { CalendarDay } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { DataTable } from '../../components/data-table';
import { useLocale } from '../../locale/locale';
import { importCalendarMutation } from '../documents';
import { periodsText } from './calendar-days';
import { FieldError, FormActions, FormProblemNotice, useFormSubmit } from './form-kit';

/**
 * Holidays and swapped working days from an iCalendar file the administrator picks: read as
 * text here, read by the server (importCalendar), and the days it made listed.
 */
export function CalendarImport({
  hallId,
  onImported,
}: {
  hallId: string;
  onImported: (days: CalendarDay[]) => void;
}) {
  const { text } = useLocale();
  const [, importCalendar] = useMutation(importCalendarMutation);
  const { problem, pending, submit, refuse } = useFormSubmit(['ics']);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<CalendarDay[] | null>(null);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!file) return refuse('ics', text('console.calendar.chooseFile'));
    const ics = await file.text();
    let days: CalendarDay[] | undefined;
    const ok = await submit(async () => {
      const result = await importCalendar({ hallId, ics });
      days = result.data?.importCalendar;
      return result;
    });
    if (ok && days) {
      setImported(days);
      onImported(days);
    }
  };

  return (
    <form
      className="admin-form calendar-import"
      onSubmit={(event) => void save(event)}
      noValidate
      data-form="calendar-import"
    >
      <h3>{text('console.calendar.import')}</h3>
      <p className="wide help">{text('console.calendar.importHelp')}</p>
      <label className="form-field wide">
        <span>{text('console.calendar.icsFile')}</span>
        <input
          type="file"
          name="ics"
          accept=".ics,text/calendar"
          aria-invalid={problem?.field === 'ics'}
          aria-describedby={problem?.field === 'ics' ? 'calendar-import-ics-error' : undefined}
          onChange={(event) => {
            setImported(null);
            setFile(event.target.files?.[0] ?? null);
          }}
        />
        {problem?.field === 'ics' ? (
          <FieldError id="calendar-import-ics-error" message={problem.message} />
        ) : null}
      </label>
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.calendar.importSubmit')} pending={pending} />
      {imported ? (
        <div className="wide imported-days">
          <p role="status">{text('console.calendar.imported', { count: imported.length })}</p>
          {imported.length > 0 ? (
            <DataTable
              rows={imported.map((day) => ({ ...day, id: day.date }))}
              columns={[
                { header: text('console.calendar.date'), cell: (day) => day.date, rowHeader: true },
                {
                  header: text('column.status'),
                  cell: (day) => (day.open ? periodsText(day.periods) : text('console.calendar.closed')),
                },
                { header: text('console.calendar.note'), cell: (day) => day.note ?? '—' },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
