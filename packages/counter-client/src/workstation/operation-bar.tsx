import { useLocale } from '../locale/locale';
import { deskActions, type DeskOperation } from './desk-actions';
import type { WorkstationOperation } from './operations';
import type { KeyedOperation } from './workstation-config';

/** Props of {@link OperationBar}. */
export interface OperationBarProps {
  /** The buttons, in order; each is drawn from its row of {@link deskActions}. */
  operations: readonly DeskOperation[];
  legal: ReadonlySet<WorkstationOperation>;
  pending: WorkstationOperation | null;
  keys: Readonly<Record<KeyedOperation, string>>;
  label: string;
  onPress: (operation: DeskOperation) => void;
}

/**
 * Buttons for the ticket operations, each disabled when illegal in the current state or while
 * another operation is on its way; each shows its key.
 */
export function OperationBar({ operations, legal, pending, keys, label, onPress }: OperationBarProps) {
  const { text } = useLocale();
  return (
    <div className="operation-bar" role="group" aria-label={label}>
      {operations.map((operation) => {
        const { label: labelKey, key: keyed, primary } = deskActions[operation];
        const key = keyed ? keys[keyed] : undefined;
        return (
          <button
            key={operation}
            type="button"
            className={`button desk-operation ${primary ? 'button-primary' : ''}`}
            data-operation={operation}
            disabled={!legal.has(operation) || pending !== null}
            aria-busy={pending === operation}
            aria-keyshortcuts={key}
            onClick={() => onPress(operation)}
          >
            <span>{text(labelKey)}</span>
            {key ? <kbd>{key}</kbd> : null}
          </button>
        );
      })}
    </div>
  );
}
