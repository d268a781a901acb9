/** The hall and counter this machine stands at, remembered between shifts. */
export interface CounterChoice {
  hallId: string;
  counterId: string;
}

/** Where the choice is kept: per browser, since a laptop stays beside its window. */
export const counterChoiceStorageKey = 'onestop.workstation.counter';

/** The stored choice, or null when there is none or it is malformed. */
function parseCounterChoice(stored: string | null): CounterChoice | null {
  if (!stored) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { hallId, counterId } = parsed as Record<string, unknown>;
    if (typeof hallId !== 'string' || typeof counterId !== 'string' || !hallId || !counterId) return null;
    return { hallId, counterId };
  } catch {
    return null;
  }
}

/** The choice remembered on this machine (storage blocked: none). */
export function readCounterChoice(): CounterChoice | null {
  try {
    return parseCounterChoice(localStorage.getItem(counterChoiceStorageKey));
  } catch {
    return null;
  }
}

/** Remembers the choice; forgets it when given null. */
export function saveCounterChoice(choice: CounterChoice | null): void {
  try {
    if (choice) localStorage.setItem(counterChoiceStorageKey, JSON.stringify(choice));
    else localStorage.removeItem(counterChoiceStorageKey);
  } catch {
    // Not remembered; the clerk picks again next time.
  }
}
