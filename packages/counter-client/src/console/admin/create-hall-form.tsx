import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocale } from '../../locale/locale';
import { type ConsoleHall, hallChoiceLabel } from '../console-frame';
import { createHallMutation } from '../documents';
import { FieldError, FormActions, FormProblemNotice, TextField, useFormSubmit } from './form-kit';

const hallFields = ['code', 'name', 'nameEn', 'timezone', 'parentId'] as const;

/** Props of {@link CreateHallForm}. */
export interface CreateHallFormProps {
  title: string;
  /** The halls a new hall may go under, in tree order with their depth. */
  parents: readonly { hall: ConsoleHall; depth: number }[];
  /** Whether a hall may be made at the top of a district (an ADMIN; a MANAGER creates below their halls). */
  allowTop: boolean;
  defaultParentId: string | null;
  defaultTimezone: string;
  onCreated: (hall: { id: string; code: string }) => void;
}

/** A new hall: code, names, time zone, and its place in the district. */
export function CreateHallForm({
  title,
  parents,
  allowTop,
  defaultParentId,
  defaultTimezone,
  onCreated,
}: CreateHallFormProps) {
  const { locale, text } = useLocale();
  const [, createHall] = useMutation(createHallMutation);
  const { problem, pending, submit } = useFormSubmit(hallFields);
  const initial = () => ({
    code: '',
    name: '',
    nameEn: '',
    timezone: defaultTimezone,
    parentId: defaultParentId ?? (allowTop ? '' : (parents[0]?.hall.id ?? '')),
  });
  const [form, setForm] = useState(initial);
  const change = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    let created: { id: string; code: string } | undefined;
    const ok = await submit(async () => {
      const result = await createHall({
        input: {
          code: form.code,
          name: form.name,
          nameEn: form.nameEn.trim() === '' ? null : form.nameEn,
          timezone: form.timezone,
          parentId: form.parentId === '' ? null : form.parentId,
        },
      });
      created = result.data?.createHall;
      return result;
    });
    if (ok && created) {
      setForm(initial());
      onCreated(created);
    }
  };

  const formId = 'hall-new';
  return (
    <form className="admin-form" onSubmit={(event) => void save(event)} noValidate data-form="hall">
      <h3>{title}</h3>
      <TextField
        formId={formId}
        name="code"
        label={text('column.code')}
        value={form.code}
        onChange={change('code')}
        problem={problem}
        placeholder="QS"
      />
      <TextField
        formId={formId}
        name="name"
        label={text('column.name')}
        value={form.name}
        onChange={change('name')}
        problem={problem}
        placeholder={text('console.district.namePlaceholder')}
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
      {parents.length > 0 ? (
        <label className="form-field">
          <span>{text('console.district.parent')}</span>
          <select
            name="parentId"
            value={form.parentId}
            aria-invalid={problem?.field === 'parentId'}
            aria-describedby={problem?.field === 'parentId' ? `${formId}-parentId-error` : undefined}
            onChange={(event) => change('parentId')(event.target.value)}
          >
            {allowTop ? <option value="">{text('console.district.noParent')}</option> : null}
            {parents.map(({ hall, depth }) => (
              <option key={hall.id} value={hall.id}>
                {hallChoiceLabel(hall, depth, locale)}
              </option>
            ))}
          </select>
          {problem?.field === 'parentId' ? (
            <FieldError id={`${formId}-parentId-error`} message={problem.message} />
          ) : null}
        </label>
      ) : null}
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.create')} pending={pending} />
    </form>
  );
}
