import { useState } from 'react';
import { type CounterChoice, readCounterChoice, saveCounterChoice } from './counter-choice';
import { CounterDesk } from './counter-desk';
import { CounterPicker } from './counter-picker';

/** `/counter`: the counter remembered on this machine, or the choice of one. */
export function Workstation() {
  const [choice, setChoice] = useState<CounterChoice | null>(readCounterChoice);
  const [lastHallId, setLastHallId] = useState<string | null>(choice?.hallId ?? null);
  if (!choice) {
    return (
      <CounterPicker
        initialHallId={lastHallId}
        onChoose={(chosen) => {
          saveCounterChoice(chosen);
          setChoice(chosen);
        }}
      />
    );
  }
  return (
    <CounterDesk
      key={choice.counterId}
      hallId={choice.hallId}
      counterId={choice.counterId}
      onChangeCounter={() => {
        saveCounterChoice(null);
        setLastHallId(choice.hallId);
        setChoice(null);
      }}
    />
  );
}
