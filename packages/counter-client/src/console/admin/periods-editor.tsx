import type { OpeningPeriod } from '@onestop/shared';
import { useLocale } from '../../locale/locale';
import type { FormProblem } from './field-errors';
import { FieldError } from './form-kit';

/** An element id made of an input's path (`hours[0].periods[1].opens` → `hours-0-periods-1-opens`). */
function idOf(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** The input paths of a list of periods, as the server names them in a refusal. */
export function periodFields(field: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => [
    `${field}[${index}].opens`,
    `${field}[${index}].closes`,
  ]).flat();
}

/** Props of {@link PeriodsEditor}. */
export interface PeriodsEditorProps {
  /** The periods' path: `hours[0].periods`, `exceptions[0].periods`; each input is named by its own. */
  field: string;
  /** What the periods belong to, for screen readers ("周一", "2026-10-01"). */
  label: string;
  periods: readonly OpeningPeriod[];
  onChange: (periods: OpeningPeriod[]) => void;
  problem: FormProblem | null;
  formId: string;
}

/**
 * The opening periods of one day, `HH:MM – HH:MM` each, added and removed one by one. Times are
 * typed (a browser's time field cannot say 24:00); the shared rules check them on submit, and a
 * refusal stands under the period it names.
 */
export function PeriodsEditor({ field, label, periods, onChange, problem, formId }: PeriodsEditorProps) {
  const { text } = useLocale();
  const change = (index: number, part: 'opens' | 'closes', value: string) =>
    onChange(periods.map((period, at) => (at === index ? { ...period, [part]: value } : period)));
  return (
    <div className="periods">
      <ul className="period-list">
        {periods.map((period, index) => {
          const paths = { opens: `${field}[${index}].opens`, closes: `${field}[${index}].closes` };
          const wrong = problem?.field === paths.opens || problem?.field === paths.closes ? problem : null;
          const errorId = idOf(formId, `${field}[${index}]-error`);
          const input = (part: 'opens' | 'closes') => (
            <input
              type="text"
              className="time-input"
              name={paths[part]}
              value={period[part]}
              maxLength={5}
              placeholder={part === 'opens' ? '09:00' : '17:00'}
              aria-label={text(part === 'opens' ? 'console.calendar.opensOf' : 'console.calendar.closesOf', {
                day: label,
                period: index + 1,
              })}
              aria-invalid={problem?.field === paths[part]}
              aria-describedby={problem?.field === paths[part] ? errorId : undefined}
              onChange={(event) => change(index, part, event.target.value)}
            />
          );
          return (
            <li key={index}>
              {input('opens')}
              <span aria-hidden="true">–</span>
              {input('closes')}
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={text('console.calendar.removePeriodOf', { day: label, period: index + 1 })}
                onClick={() => onChange(periods.filter((_, at) => at !== index))}
              >
                ×
              </button>
              {wrong ? <FieldError id={errorId} message={wrong.message} /> : null}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button button-small"
        aria-label={text('console.calendar.addPeriodOf', { day: label })}
        onClick={() => onChange([...periods, { opens: '', closes: '' }])}
      >
        {text('console.calendar.addPeriod')}
      </button>
    </div>
  );
}
