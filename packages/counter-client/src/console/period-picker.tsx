import { useLocale } from '../locale/locale';
import { type PeriodChoice, periodPresets, type PeriodPreset, type ResolvedPeriod } from './period';

/** Props of {@link PeriodPicker}. */
export interface PeriodPickerProps {
  choice: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  /** The period the choice resolves to, shown as its days; null when the custom days are incomplete. */
  resolved: ResolvedPeriod | null;
}

/** Today, yesterday, this or last week or month, or two calendar days of the manager's choosing. */
export function PeriodPicker({ choice, onChange, resolved }: PeriodPickerProps) {
  const { text } = useLocale();
  return (
    <fieldset className="period-picker">
      <legend>{text('console.period')}</legend>
      <div className="period-presets" role="radiogroup">
        {periodPresets.map((preset) => (
          <label key={preset} className="period-preset">
            <input
              type="radio"
              name="period"
              value={preset}
              checked={choice.preset === preset}
              onChange={() =>
                onChange(
                  preset === 'custom'
                    ? { preset, firstDay: resolved?.firstDay, lastDay: resolved?.lastDay }
                    : { preset: preset as PeriodPreset },
                )
              }
            />
            <span>{text(`console.period.${preset}`)}</span>
          </label>
        ))}
      </div>
      {choice.preset === 'custom' ? (
        <div className="period-custom">
          <label>
            <span>{text('console.period.firstDay')}</span>
            <input
              type="date"
              name="firstDay"
              value={choice.firstDay ?? ''}
              onChange={(event) => onChange({ ...choice, firstDay: event.target.value })}
            />
          </label>
          <label>
            <span>{text('console.period.lastDay')}</span>
            <input
              type="date"
              name="lastDay"
              value={choice.lastDay ?? ''}
              onChange={(event) => onChange({ ...choice, lastDay: event.target.value })}
            />
          </label>
        </div>
      ) : null}
      <p className="period-days" aria-live="polite">
        {resolved
          ? resolved.firstDay === resolved.lastDay
            ? resolved.firstDay
            : `${resolved.firstDay} – ${resolved.lastDay}`
          : text('console.period.invalid')}
      </p>
    </fieldset>
  );
}
