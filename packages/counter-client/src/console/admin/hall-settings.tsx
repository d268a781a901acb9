import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { updateHallMutation } from '../documents';
import { FormActions, FormProblemNotice, parseIntegerFields, TextField, useFormSubmit } from './form-kit';

const hallFields = ['name', 'nameEn', 'timezone', 'targetWaitMinutes', 'maxRecalls'] as const;

/** `/admin?tab=hall`: the hall's names, time zone, target wait and recall limit. */
export function HallSettings({ hall, onSaved }: { hall: ConsoleHall; onSaved: () => void }) {
  const { text } = useLocale();
  const [, updateHall] = useMutation(updateHallMutation);
  const { problem, pending, submit, refuse } = useFormSubmit(hallFields);
  const [saved, setSaved] = useState(false);
  const [form, setForm] = useState({
    name: hall.name,
    nameEn: hall.nameEn ?? '',
    timezone: hall.timezone,
    targetWaitMinutes: String(hall.targetWaitMinutes),
    maxRecalls: String(hall.maxRecalls),
  });
  const change = (field: keyof typeof form) => (value: string) => {
    setSaved(false);
    setForm({ ...form, [field]: value });
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const numbers = parseIntegerFields({
      targetWaitMinutes: form.targetWaitMinutes,
      maxRecalls: form.maxRecalls,
    });
    if ('invalidField' in numbers) return refuse(numbers.invalidField, text('console.admin.wholeNumber'));
    const ok = await submit(() =>
      updateHall({
        hallId: hall.id,
        input: {
          name: form.name,
          nameEn: form.nameEn.trim() === '' ? null : form.nameEn,
          timezone: form.timezone,
          targetWaitMinutes: numbers.values.targetWaitMinutes,
          maxRecalls: numbers.values.maxRecalls,
        },
      }),
    );
    setSaved(ok);
    if (ok) onSaved();
  };

  const formId = 'hall-settings';
  return (
    <form className="admin-form" onSubmit={(event) => void save(event)} noValidate>
      <h3>{text('console.admin.hallSettings')}</h3>
      <TextField
        formId={formId}
        name="name"
        label={text('column.name')}
        value={form.name}
        onChange={change('name')}
        problem={problem}
      />
      <TextField
        formId={formId}
        name="nameEn"
        label={text('column.nameEn')}
        value={form.nameEn}
        onChange={change('nameEn')}
        problem={problem}
        lang="en"
      />
      <TextField
        formId={formId}
        name="timezone"
        label={text('column.timezone')}
        value={form.timezone}
        onChange={change('timezone')}
        problem={problem}
      />
      <TextField
        formId={formId}
        name="targetWaitMinutes"
        label={text('console.admin.targetWaitMinutes')}
        value={form.targetWaitMinutes}
        onChange={change('targetWaitMinutes')}
        problem={problem}
        type="number"
      />
      <TextField
        formId={formId}
        name="maxRecalls"
        label={text('console.admin.maxRecalls')}
        value={form.maxRecalls}
        onChange={change('maxRecalls')}
        problem={problem}
        type="number"
      />
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
