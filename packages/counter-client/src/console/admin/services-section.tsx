import { localizedName, missingLanguages, publicLanguages } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { DataTable } from '../../components/data-table';
import type { ConsoleHallSetupQuery } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import { createServiceMutation, updateServiceMutation } from '../documents';
import { AppointmentSettingsEditor } from './appointment-settings-editor';
import {
  FormActions,
  FormProblemNotice,
  parseIntegerFields,
  TextField,
  useBroughtIntoView,
  useFormSubmit,
} from './form-kit';
import { MissingNameTags, NameFields } from './localized-names-fields';
import {
  formFieldOfNames,
  nameField,
  nameLanguages,
  type NamesForm,
  namesFormOf,
  namesInputOf,
} from './localized-names';
import { RemoteJoinSettingsEditor } from './remote-join-settings-editor';

type Service = NonNullable<ConsoleHallSetupQuery['hall']>['services'][number];

const serviceFields = [
  'code',
  'prefix',
  ...publicLanguages.map(nameField),
  'targetWaitMinutes',
  'dailyQuota',
  'queueAlertThreshold',
  'lastIssueMinutesBeforeClose',
  'active',
] as const;

interface ServiceForm {
  code: string;
  prefix: string;
  names: NamesForm;
  targetWaitMinutes: string;
  dailyQuota: string;
  queueAlertThreshold: string;
  lastIssueMinutesBeforeClose: string;
  active: boolean;
}

function formOf(service: Service | null): ServiceForm {
  return {
    code: service?.code ?? '',
    prefix: service?.prefix ?? '',
    names: namesFormOf(service),
    targetWaitMinutes: service ? String(service.targetWaitMinutes) : '',
    dailyQuota: service?.dailyQuota == null ? '' : String(service.dailyQuota),
    queueAlertThreshold: service ? String(service.queueAlertThreshold) : '',
    lastIssueMinutesBeforeClose: service ? String(service.lastIssueMinutesBeforeClose) : '',
    active: service?.active ?? true,
  };
}

/**
 * `/admin?tab=services`: the hall's services, a new one, and changes to one with its appointment
 * and remote-join settings; which services lack a name in one of the hall's public languages.
 */
export function ServicesSection({
  hallId,
  hallLanguages,
  services,
  onChanged,
}: {
  hallId: string;
  hallLanguages: readonly string[];
  services: readonly Service[];
  onChanged: () => void;
}) {
  const { locale, text } = useLocale();
  // null: the form creates a new service; a service: the form edits it.
  const [editing, setEditing] = useState<Service | null>(null);
  const lackingNames = services.filter(
    (service) => missingLanguages(service.names, hallLanguages).length > 0,
  ).length;
  return (
    <div className="admin-section">
      {lackingNames > 0 ? (
        <p className="help missing-names-count" role="status">
          {text('console.names.missingCount', { count: lackingNames })}
        </p>
      ) : null}
      <DataTable
        rows={services}
        rowClassName={(service) => (service.active ? undefined : 'inactive')}
        columns={[
          { header: text('console.admin.prefix'), cell: (service) => service.prefix, className: 'prefix' },
          { header: text('column.code'), cell: (service) => service.code, className: 'code' },
          {
            header: text('column.name'),
            cell: (service) => (
              <>
                {localizedName(service, locale)}
                <MissingNameTags names={service.names} hallLanguages={hallLanguages} />
              </>
            ),
            rowHeader: true,
          },
          { header: text('console.admin.targetWaitMinutes'), cell: (service) => service.targetWaitMinutes },
          { header: text('console.admin.dailyQuota'), cell: (service) => service.dailyQuota ?? '—' },
          {
            header: text('console.admin.queueAlertThreshold'),
            cell: (service) => service.queueAlertThreshold,
          },
          {
            header: text('console.admin.lastIssueMinutesBeforeClose'),
            cell: (service) => service.lastIssueMinutesBeforeClose,
          },
          {
            header: text('column.active'),
            cell: (service) => (service.active ? text('common.yes') : text('common.no')),
          },
          {
            header: text('console.admin.actions'),
            cell: (service) => (
              <button type="button" className="button button-small" onClick={() => setEditing(service)}>
                {text('console.admin.edit')}
              </button>
            ),
          },
        ]}
      />
      {/* Keyed: switching between services starts the form afresh. */}
      <ServiceEditor
        key={editing?.id ?? 'new'}
        hallId={hallId}
        hallLanguages={hallLanguages}
        service={editing}
        onDone={() => setEditing(null)}
        onSaved={onChanged}
      />
      {editing ? (
        <>
          {/* The short remote-join form first: below the appointments' week of slots it would be out of sight. */}
          <RemoteJoinSettingsEditor
            key={`remote-join-${editing.id}`}
            hallId={hallId}
            service={{ id: editing.id, name: localizedName(editing, locale) }}
          />
          <AppointmentSettingsEditor
            key={`appointments-${editing.id}`}
            hallId={hallId}
            service={{ id: editing.id, name: localizedName(editing, locale) }}
          />
        </>
      ) : null}
    </div>
  );
}

function ServiceEditor({
  hallId,
  hallLanguages,
  service,
  onDone,
  onSaved,
}: {
  hallId: string;
  hallLanguages: readonly string[];
  service: Service | null;
  onDone: () => void;
  onSaved: () => void;
}) {
  const { text } = useLocale();
  const [, createService] = useMutation(createServiceMutation);
  const [, updateService] = useMutation(updateServiceMutation);
  const { problem, pending, submit, refuse } = useFormSubmit(serviceFields);
  const [form, setForm] = useState<ServiceForm>(() => formOf(service));
  const formRef = useBroughtIntoView<HTMLFormElement>(service !== null);
  const change = (field: Exclude<keyof ServiceForm, 'active' | 'names'>) => (value: string) =>
    setForm({ ...form, [field]: value });

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const numbers = parseIntegerFields({
      targetWaitMinutes: form.targetWaitMinutes,
      dailyQuota: form.dailyQuota,
      queueAlertThreshold: form.queueAlertThreshold,
      lastIssueMinutesBeforeClose: form.lastIssueMinutesBeforeClose,
    });
    if ('invalidField' in numbers) return refuse(numbers.invalidField, text('console.admin.wholeNumber'));
    const names = namesInputOf(form.names, nameLanguages(hallLanguages));
    const input = {
      code: form.code,
      prefix: form.prefix,
      // `name` and `nameEn` are the zh-CN and en entries of `names`, which the input requires too.
      name: names.find(({ lang }) => lang === 'zh-CN')?.text ?? '',
      nameEn: names.find(({ lang }) => lang === 'en')?.text ?? null,
      names,
      targetWaitMinutes: numbers.values.targetWaitMinutes,
      dailyQuota: numbers.values.dailyQuota,
      queueAlertThreshold: numbers.values.queueAlertThreshold,
      lastIssueMinutesBeforeClose: numbers.values.lastIssueMinutesBeforeClose,
      active: form.active,
    };
    const ok = await submit(
      () => (service ? updateService({ serviceId: service.id, input }) : createService({ hallId, input })),
      formFieldOfNames(names),
    );
    if (ok) {
      setForm(formOf(null));
      onSaved();
      onDone();
    }
  };

  const formId = service ? `service-${service.id}` : 'service-new';
  return (
    <form
      ref={formRef}
      className="admin-form"
      onSubmit={(event) => void save(event)}
      noValidate
      data-form="service"
    >
      <h3>
        {service
          ? text('console.admin.editService', { name: service.name })
          : text('console.admin.newService')}
      </h3>
      <TextField
        formId={formId}
        name="prefix"
        label={text('console.admin.prefix')}
        value={form.prefix}
        onChange={change('prefix')}
        problem={problem}
        placeholder="A"
      />
      <TextField
        formId={formId}
        name="code"
        label={text('column.code')}
        value={form.code}
        onChange={change('code')}
        problem={problem}
        placeholder="business-licence"
      />
      <NameFields
        formId={formId}
        hallLanguages={hallLanguages}
        languages={nameLanguages(hallLanguages)}
        names={form.names}
        onChange={(names) => setForm({ ...form, names })}
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
        placeholder={text('console.admin.hallDefault')}
      />
      <TextField
        formId={formId}
        name="dailyQuota"
        label={text('console.admin.dailyQuota')}
        value={form.dailyQuota}
        onChange={change('dailyQuota')}
        problem={problem}
        type="number"
        placeholder={text('console.admin.noQuota')}
      />
      <TextField
        formId={formId}
        name="queueAlertThreshold"
        label={text('console.admin.queueAlertThreshold')}
        value={form.queueAlertThreshold}
        onChange={change('queueAlertThreshold')}
        problem={problem}
        type="number"
        placeholder="30"
      />
      <TextField
        formId={formId}
        name="lastIssueMinutesBeforeClose"
        label={text('console.admin.lastIssueMinutesBeforeClose')}
        value={form.lastIssueMinutesBeforeClose}
        onChange={change('lastIssueMinutesBeforeClose')}
        problem={problem}
        type="number"
        placeholder="0"
      />
      <label className="checkbox">
        <input
          type="checkbox"
          name="active"
          checked={form.active}
          onChange={(event) => setForm({ ...form, active: event.target.checked })}
        />
        <span>{text('console.admin.serviceActive')}</span>
      </label>
      <FormProblemNotice problem={problem} />
      <FormActions
        submitLabel={service ? text('console.admin.save') : text('console.admin.create')}
        pending={pending}
        onCancel={service ? onDone : undefined}
      />
    </form>
  );
}
