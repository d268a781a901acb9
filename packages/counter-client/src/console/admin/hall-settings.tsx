import { publicLanguages } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { updateHallMutation } from '../documents';
import { FormActions, FormProblemNotice, parseIntegerFields, TextField, useFormSubmit } from './form-kit';
import { LanguagesEditor, NameFields } from './localized-names-fields';
import {
  formFieldOfNames,
  nameField,
  nameLanguages,
  type NamesForm,
  namesFormOf,
  namesInputOf,
} from './localized-names';

const hallFields = [
  'languages',
  ...publicLanguages.map(nameField),
  'timezone',
  'targetWaitMinutes',
  'maxRecalls',
] as const;

/**
 * `/admin?tab=hall`: the hall's public languages and its name in each (the zh-CN and en names
 * are its `name` and `nameEn`), time zone, target wait and recall limit.
 */
export function HallSettings({ hall, onSaved }: { hall: ConsoleHall; onSaved: () => void }) {
  const { text } = useLocale();
  const [, updateHall] = useMutation(updateHallMutation);
  const { problem, pending, submit, refuse } = useFormSubmit(hallFields);
  const [saved, setSaved] = useState(false);
  const [languages, setLanguages] = useState<string[]>([...hall.languages]);
  const [names, setNames] = useState<NamesForm>(() => namesFormOf(hall));
  const [form, setForm] = useState({
    timezone: hall.timezone,
    targetWaitMinutes: String(hall.targetWaitMinutes),
    maxRecalls: String(hall.maxRecalls),
  });
  const change = (field: keyof typeof form) => (value: string) => {
    setSaved(false);
    setForm({ ...form, [field]: value });
  };

  const edited =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      setSaved(false);
      set(value);
    };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const numbers = parseIntegerFields({
      targetWaitMinutes: form.targetWaitMinutes,
      maxRecalls: form.maxRecalls,
    });
    if ('invalidField' in numbers) return refuse(numbers.invalidField, text('console.admin.wholeNumber'));
    // The names as a whole list: the server keeps `name` and `nameEn` the zh-CN and en entries.
    const sentNames = namesInputOf(names, nameLanguages(languages));
    const ok = await submit(
      () =>
        updateHall({
          hallId: hall.id,
          input: {
            languages,
            names: sentNames,
            timezone: form.timezone,
            targetWaitMinutes: numbers.values.targetWaitMinutes,
            maxRecalls: numbers.values.maxRecalls,
          },
        }),
      formFieldOfNames(sentNames),
    );
    setSaved(ok);
    if (ok) onSaved();
  };

  const formId = 'hall-settings';
  return (
    <form className="admin-form" data-form="hall-settings" onSubmit={(event) => void save(event)} noValidate>
      <h3>{text('console.admin.hallSettings')}</h3>
      <LanguagesEditor
        formId={formId}
        languages={languages}
        onChange={edited(setLanguages)}
        problem={problem}
      />
      <NameFields
        formId={formId}
        hallLanguages={languages}
        languages={nameLanguages(languages)}
        names={names}
        onChange={edited(setNames)}
        problem={problem}
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
