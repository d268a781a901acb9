import { counterStatusLabel, localizedName } from '@onestop/shared';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { useLocale } from '../locale/locale';
import type { CounterChoice } from './counter-choice';
import { workstationHallQuery, workstationHallsQuery } from './documents';

/** Props of {@link CounterPicker}. */
export interface CounterPickerProps {
  /** The hall chosen last time on this machine, if any. */
  initialHallId: string | null;
  onChoose: (choice: CounterChoice) => void;
}

/** The hall and the counter this machine stands at; remembered by the caller. */
export function CounterPicker({ initialHallId, onChoose }: CounterPickerProps) {
  const { locale, text } = useLocale();
  const [hallsResult, reexecuteHalls] = useQuery({ query: workstationHallsQuery });
  const [chosenHallId, setChosenHallId] = useState<string | null>(initialHallId);
  const halls = hallsResult.data?.halls ?? [];
  const hallId = halls.some((hall) => hall.id === chosenHallId) ? chosenHallId : (halls[0]?.id ?? null);
  const [hallResult, reexecuteHall] = useQuery({
    query: workstationHallQuery,
    variables: { hallId: hallId ?? '' },
    pause: hallId === null,
    requestPolicy: 'network-only',
  });

  if (hallsResult.error) {
    return (
      <ErrorNotice
        error={hallsResult.error}
        onRetry={() => reexecuteHalls({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!hallsResult.data) return <Loading />;
  if (hallId === null) return <p className="notice">{text('hall.none')}</p>;
  const hall = hallResult.data?.hall;

  return (
    <section className="counter-picker">
      <h1>{text('workstation.picker.title')}</h1>
      {halls.length > 1 ? (
        <label className="field desk-field-inline">
          <span>{text('workstation.picker.hall')}</span>
          <select name="hall" value={hallId} onChange={(event) => setChosenHallId(event.target.value)}>
            {halls.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {localizedName(candidate, locale)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="picker-hall">{localizedName(halls[0]!, locale)}</p>
      )}
      {hallResult.error ? (
        <ErrorNotice
          error={hallResult.error}
          onRetry={() => reexecuteHall({ requestPolicy: 'network-only' })}
        />
      ) : !hall ? (
        <Loading />
      ) : hall.counters.length === 0 ? (
        <p className="empty">{text('hall.noCounters')}</p>
      ) : (
        <ul className="counter-choices" aria-label={text('workstation.picker.counters')}>
          {hall.counters.map((counter) => (
            <li key={counter.id}>
              <button
                type="button"
                className="counter-choice"
                data-counter-label={counter.label}
                onClick={() => onChoose({ hallId: hall.id, counterId: counter.id })}
              >
                <span className="counter-choice-label">
                  {text('counter.label', { label: counter.label })}
                </span>
                <span className={`status status-${counter.status.toLowerCase()}`}>
                  {counterStatusLabel(counter.status, locale)}
                  {counter.staff ? ` · ${counter.staff.displayName}` : ''}
                </span>
                <span className="counter-choice-services">
                  {[...counter.services]
                    .sort((first, second) => first.rank - second.rank)
                    .map(({ service }) => hall.services.find((candidate) => candidate.id === service.id))
                    .filter((service) => service !== undefined)
                    .map((service) => `${service.prefix} ${localizedName(service, locale)}`)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
