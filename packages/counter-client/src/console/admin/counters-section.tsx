import { counterStatusLabel, localizedName, type CounterStatus } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { DataTable } from '../../components/data-table';
import type { ConsoleHallSetupQuery } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import { createCounterMutation, setCounterServicesMutation } from '../documents';
import { byRank, counterServicesInput, type RankChoice, rankChoicesOf } from './counter-services';
import {
  FieldError,
  FormActions,
  FormProblemNotice,
  TextField,
  useBroughtIntoView,
  useFormSubmit,
} from './form-kit';

type SetupHall = NonNullable<ConsoleHallSetupQuery['hall']>;
type Counter = SetupHall['counters'][number];
type Service = SetupHall['services'][number];

/** `/admin?tab=counters`: the hall's counters, a new one, and the ranked services of each. */
export function CountersSection({ hall, onChanged }: { hall: SetupHall; onChanged: () => void }) {
  const { locale, text } = useLocale();
  const [editing, setEditing] = useState<Counter | null>(null);
  return (
    <div className="admin-section">
      <DataTable
        rows={hall.counters}
        columns={[
          {
            header: text('column.label'),
            cell: (counter) => counter.label,
            rowHeader: true,
            className: 'counter-label',
          },
          {
            header: text('column.status'),
            cell: (counter) => counterStatusLabel(counter.status as CounterStatus, locale),
          },
          {
            header: text('console.admin.rankedServices'),
            cell: (counter) =>
              counter.services.length === 0 ? (
                <span className="empty">{text('console.admin.noServices')}</span>
              ) : (
                <ol className="ranked-services">
                  {byRank(counter.services).map((entry) => (
                    <li key={entry.service.id}>
                      <span className="prefix">{entry.service.prefix}</span>{' '}
                      {localizedName(entry.service, locale)}
                    </li>
                  ))}
                </ol>
              ),
          },
          {
            header: text('console.admin.actions'),
            cell: (counter) => (
              <button type="button" className="button button-small" onClick={() => setEditing(counter)}>
                {text('console.admin.editServices')}
              </button>
            ),
          },
        ]}
      />
      {editing ? (
        <CounterServicesEditor
          key={editing.id}
          counter={editing}
          services={hall.services}
          onDone={() => setEditing(null)}
          onSaved={onChanged}
        />
      ) : null}
      <NewCounterForm hallId={hall.id} onCreated={onChanged} />
    </div>
  );
}

function NewCounterForm({ hallId, onCreated }: { hallId: string; onCreated: () => void }) {
  const { text } = useLocale();
  const [, createCounter] = useMutation(createCounterMutation);
  const { problem, pending, submit } = useFormSubmit(['label']);
  const [label, setLabel] = useState('');
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (await submit(() => createCounter({ hallId, label }))) {
      setLabel('');
      onCreated();
    }
  };
  return (
    <form className="admin-form" onSubmit={(event) => void save(event)} noValidate data-form="counter">
      <h3>{text('console.admin.newCounter')}</h3>
      <TextField
        formId="counter-new"
        name="label"
        label={text('column.label')}
        value={label}
        onChange={setLabel}
        problem={problem}
      />
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.create')} pending={pending} />
    </form>
  );
}

function CounterServicesEditor({
  counter,
  services,
  onDone,
  onSaved,
}: {
  counter: Counter;
  services: readonly Service[];
  onDone: () => void;
  onSaved: () => void;
}) {
  const { locale, text } = useLocale();
  const [, setCounterServices] = useMutation(setCounterServicesMutation);
  const { problem, pending, submit, refuse } = useFormSubmit(['services']);
  const formRef = useBroughtIntoView<HTMLFormElement>(true);
  const [choices, setChoices] = useState<RankChoice[]>(() =>
    rankChoicesOf(
      services.map((service) => service.id),
      counter.services,
    ),
  );
  const update = (serviceId: string, change: Partial<RankChoice>) =>
    setChoices(choices.map((choice) => (choice.serviceId === serviceId ? { ...choice, ...change } : choice)));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input = counterServicesInput(choices);
    if (!input) return refuse('services', text('console.admin.wholeNumber'));
    if (await submit(() => setCounterServices({ counterId: counter.id, services: input }))) {
      onSaved();
      onDone();
    }
  };

  return (
    <form
      ref={formRef}
      className="admin-form"
      onSubmit={(event) => void save(event)}
      noValidate
      data-form="counter-services"
    >
      <h3>{text('console.admin.servicesOfCounter', { label: counter.label })}</h3>
      <fieldset
        className="wide"
        aria-describedby={problem?.field === 'services' ? 'counter-services-error' : undefined}
      >
        <legend className="help">{text('console.admin.rankHelp')}</legend>
        <ul className="rank-list">
          {services.map((service) => {
            const choice = choices.find((each) => each.serviceId === service.id);
            const name = localizedName(service, locale);
            return (
              <li key={service.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="serves"
                    value={service.id}
                    checked={choice?.serves ?? false}
                    onChange={(event) => update(service.id, { serves: event.target.checked })}
                  />
                  <span>
                    <span className="prefix">{service.prefix}</span> {name}
                  </span>
                </label>
                <input
                  type="text"
                  inputMode="numeric"
                  name={`rank-${service.prefix}`}
                  aria-label={text('console.admin.rankOf', { service: name })}
                  placeholder={text('console.admin.rank')}
                  value={choice?.rank ?? ''}
                  disabled={!choice?.serves}
                  onChange={(event) => update(service.id, { rank: event.target.value })}
                />
              </li>
            );
          })}
        </ul>
        {problem?.field === 'services' ? (
          <FieldError id="counter-services-error" message={problem.message} />
        ) : null}
      </fieldset>
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.admin.save')} pending={pending} onCancel={onDone} />
    </form>
  );
}
