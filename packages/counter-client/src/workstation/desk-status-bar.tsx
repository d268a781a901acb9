import { counterStatusLabel, localizedName } from '@onestop/shared';
import { useLocale } from '../locale/locale';
import { deskActions, type DeskOperation } from './desk-actions';
import type { WorkstationOperation } from './operations';
import type { DeskCounter, DeskHall } from './use-counter-desk';
import type { KeyedOperation } from './workstation-config';

/** Props of {@link DeskStatusBar}. */
export interface DeskStatusBarProps {
  hall: DeskHall;
  counter: DeskCounter;
  /** The signed-in clerk: another one holding the counter is named. */
  staffId: string;
  legal: ReadonlySet<WorkstationOperation>;
  pending: WorkstationOperation | null;
  keys: Readonly<Record<KeyedOperation, string>>;
  onPress: (operation: DeskOperation) => void;
  onChangeCounter: () => void;
}

/**
 * The desk's header: which counter of which hall, its status, and the buttons that open, pause,
 * resume and close it (only those its status offers).
 */
export function DeskStatusBar({
  hall,
  counter,
  staffId,
  legal,
  pending,
  keys,
  onPress,
  onChangeCounter,
}: DeskStatusBarProps) {
  const { locale, text } = useLocale();

  function counterButton(operation: DeskOperation, autoFocus = false) {
    const { label, key, primary } = deskActions[operation];
    const shortcut = key ? keys[key] : undefined;
    return (
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        data-operation={operation}
        aria-keyshortcuts={shortcut}
        autoFocus={autoFocus}
        disabled={!legal.has(operation) || pending !== null}
        onClick={() => onPress(operation)}
      >
        {text(label)}
        {shortcut ? (
          <>
            {' '}
            <kbd>{shortcut}</kbd>
          </>
        ) : null}
      </button>
    );
  }

  return (
    <header className="desk-bar">
      <h1>
        {text('counter.label', { label: counter.label })}
        <span className="desk-hall">{localizedName(hall, locale)}</span>
      </h1>
      <p
        className={`status desk-status status-${counter.status.toLowerCase()}`}
        data-counter-status={counter.status}
      >
        {counterStatusLabel(counter.status, locale)}
        {counter.pauseReason ? <span className="desk-pause-reason"> · {counter.pauseReason}</span> : null}
      </p>
      {counter.staff && counter.staff.id !== staffId ? (
        <p className="held-by">{text('workstation.heldBy', { name: counter.staff.displayName })}</p>
      ) : null}
      <div className="counter-actions" role="group" aria-label={text('workstation.counterActions')}>
        {/* A closed counter has one thing to do: Enter opens it. */}
        {counter.status === 'CLOSED' ? counterButton('openCounter', true) : null}
        {counter.status === 'OPEN' ? counterButton('pauseCounter') : null}
        {counter.status === 'PAUSED' ? counterButton('resumeCounter') : null}
        {counter.status !== 'CLOSED' ? (
          counterButton('closeCounter')
        ) : (
          <button type="button" className="button button-quiet" onClick={onChangeCounter}>
            {text('workstation.changeCounter')}
          </button>
        )}
      </div>
    </header>
  );
}
