import { translate } from '@onestop/shared';

/** The operations that have a key of their own (the others are reached with Tab and Enter). */
export type KeyedOperation = 'callNext' | 'recall' | 'start' | 'complete' | 'noShow' | 'pauseOrResume';

/** One entry of a configured list: what is sent to the server, and what the clerk reads. */
export interface ConfiguredChoice {
  /** Sent to the server (the outcome stored on the segment, the pause reason in the hall's events). */
  value: string;
  /** Shown as it is; absent for the built-in entries, which the catalogue labels in both languages. */
  label?: string;
}

/** What a hall may set up differently on its workstations (kept in this browser's storage). */
export interface WorkstationConfig {
  /** The outcomes offered when a ticket is completed; the first is the default. */
  outcomes: readonly ConfiguredChoice[];
  /** The reasons offered when the counter is paused (free text is always possible too). */
  pauseReasons: readonly ConfiguredChoice[];
  /** `KeyboardEvent.key` of each keyed operation. */
  keys: Readonly<Record<KeyedOperation, string>>;
}

/** Where a hall's own set-up of the workstation is kept, as JSON of a partial {@link WorkstationConfig}. */
const workstationConfigStorageKey = 'onestop.workstation.config';

/** Outcome codes: stable words for statistics, whatever language the clerk reads them in. */
export const builtInOutcomes = [
  'completed',
  'documentsMissing',
  'consultation',
  'referred',
  'declined',
] as const;

/** Pause reasons; the value sent is the Chinese text managers and the audit trail read. */
export const builtInPauseReasons = ['break', 'meal', 'meeting', 'backOffice', 'technical'] as const;

/** The Chinese text sent as the reason for each built-in pause reason: its zh-CN catalogue label. */
export const builtInPauseReasonValues = Object.fromEntries(
  builtInPauseReasons.map((reason) => [reason, translate('zh-CN', `workstation.pauseReason.${reason}`)]),
) as Readonly<Record<(typeof builtInPauseReasons)[number], string>>;

/** F1–F4 and F8 as the issue asks; F9 pauses and resumes (F5 reloads, F6/F7/F10–F12 belong to the browser). */
export const defaultKeys: Readonly<Record<KeyedOperation, string>> = {
  callNext: 'F1',
  recall: 'F2',
  start: 'F3',
  complete: 'F4',
  noShow: 'F8',
  pauseOrResume: 'F9',
};

/** The built-in set-up. */
export const defaultWorkstationConfig: WorkstationConfig = {
  outcomes: builtInOutcomes.map((value) => ({ value })),
  pauseReasons: builtInPauseReasons.map((key) => ({ value: builtInPauseReasonValues[key] })),
  keys: defaultKeys,
};

const maxChoiceLength = 200;

function parseChoices(value: unknown): ConfiguredChoice[] | null {
  if (!Array.isArray(value)) return null;
  const choices: ConfiguredChoice[] = [];
  for (const entry of value) {
    // A bare string is both the value and the label.
    if (typeof entry === 'string' && entry.trim() !== '') {
      choices.push({ value: entry.trim().slice(0, maxChoiceLength), label: entry.trim() });
    } else if (typeof entry === 'object' && entry !== null) {
      const { value: choiceValue, label } = entry as Record<string, unknown>;
      if (typeof choiceValue !== 'string' || choiceValue.trim() === '') continue;
      choices.push({
        value: choiceValue.trim().slice(0, maxChoiceLength),
        label: typeof label === 'string' && label.trim() !== '' ? label.trim() : choiceValue.trim(),
      });
    }
  }
  return choices.length > 0 ? choices : null;
}

function parseKeys(value: unknown): Record<KeyedOperation, string> {
  const keys = { ...defaultKeys };
  if (typeof value !== 'object' || value === null) return keys;
  for (const operation of Object.keys(defaultKeys) as KeyedOperation[]) {
    const key = (value as Record<string, unknown>)[operation];
    if (typeof key === 'string' && key.trim() !== '') keys[operation] = key.trim();
  }
  // Two operations on one key would make a press ambiguous: fall back to the defaults.
  const used = Object.values(keys);
  return new Set(used).size === used.length ? keys : { ...defaultKeys };
}

/**
 * A hall's set-up read from storage: each part that is missing or malformed falls back to the
 * built-in one, so a typo in the JSON never leaves a clerk without outcomes or keys.
 */
export function parseWorkstationConfig(stored: string | null): WorkstationConfig {
  if (!stored) return defaultWorkstationConfig;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return defaultWorkstationConfig;
  }
  if (typeof parsed !== 'object' || parsed === null) return defaultWorkstationConfig;
  const record = parsed as Record<string, unknown>;
  return {
    outcomes: parseChoices(record['outcomes']) ?? defaultWorkstationConfig.outcomes,
    pauseReasons: parseChoices(record['pauseReasons']) ?? defaultWorkstationConfig.pauseReasons,
    keys: parseKeys(record['keys']),
  };
}

/** The set-up of this browser (storage blocked: the built-in one). */
export function readWorkstationConfig(): WorkstationConfig {
  try {
    return parseWorkstationConfig(localStorage.getItem(workstationConfigStorageKey));
  } catch {
    return defaultWorkstationConfig;
  }
}

/** The keyed operation `key` stands for, or null. */
export function operationForKey(
  keys: Readonly<Record<KeyedOperation, string>>,
  key: string,
): KeyedOperation | null {
  for (const [operation, bound] of Object.entries(keys) as [KeyedOperation, string][]) {
    if (bound.toLowerCase() === key.toLowerCase()) return operation;
  }
  return null;
}

/** The pause reason recorded when a clerk logs out and pauses the counter (Chinese, like the built-in reasons). */
export const logoutPauseReason = translate('zh-CN', 'workstation.pauseReason.loggedOut');
