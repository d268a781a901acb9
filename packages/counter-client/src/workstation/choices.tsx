import type { KeyboardEvent } from 'react';
import { useLocale } from '../locale/locale';
import {
  builtInOutcomes,
  builtInPauseReasons,
  builtInPauseReasonValues,
  type ConfiguredChoice,
} from './workstation-config';

/** How the clerk reads a configured choice: the catalogue's words for built-in ones, else its label. */
export function useChoiceLabel(): (kind: 'outcome' | 'pauseReason', choice: ConfiguredChoice) => string {
  const { text } = useLocale();
  return (kind, choice) => {
    if (choice.label) return choice.label;
    if (kind === 'outcome' && (builtInOutcomes as readonly string[]).includes(choice.value)) {
      return text(`workstation.outcome.${choice.value as (typeof builtInOutcomes)[number]}`);
    }
    if (kind === 'pauseReason') {
      const key = builtInPauseReasons.find((reason) => builtInPauseReasonValues[reason] === choice.value);
      if (key) return text(`workstation.pauseReason.${key}`);
    }
    return choice.value;
  };
}

/** Digits 1–9 pick the choice of that number: the keyboard way through a dialog's list. */
export function pickByDigit(
  event: KeyboardEvent<HTMLElement>,
  count: number,
  pick: (index: number) => void,
): void {
  // Typing into a text field must stay typing.
  if (event.target instanceof HTMLInputElement && event.target.type === 'text') return;
  const digit = Number(event.key);
  if (Number.isInteger(digit) && digit >= 1 && digit <= Math.min(9, count)) {
    event.preventDefault();
    pick(digit - 1);
  }
}

/** Props of {@link ChoiceList}. */
export interface ChoiceListProps {
  legend: string;
  name: string;
  labels: readonly string[];
  selected: number;
  onSelect: (index: number) => void;
}

/** Radio buttons numbered 1, 2, 3… so that a digit picks one. */
export function ChoiceList({ legend, name, labels, selected, onSelect }: ChoiceListProps) {
  return (
    <fieldset className="desk-choice-list">
      <legend>{legend}</legend>
      {labels.map((label, index) => (
        <label key={`${index}-${label}`} className="desk-choice">
          <input type="radio" name={name} checked={index === selected} onChange={() => onSelect(index)} />
          {index < 9 ? <kbd>{index + 1}</kbd> : null}
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
