import type { UiMessageKey } from '@onestop/shared';
import { useLocale } from '../locale/locale';
import type { WorkstationOperation } from './operations';
import type { KeyedOperation } from './workstation-config';

/** One button of the bar. */
export interface BarAction {
  operation: WorkstationOperation;
  label: UiMessageKey;
  /** The keyed operation whose key the button shows. */
  keyed?: KeyedOperation;
  primary?: boolean;
  onPress: () => void;
}

/** Props of {@link OperationBar}. */
export interface OperationBarProps {
  actions: readonly BarAction[];
  legal: ReadonlySet<WorkstationOperation>;
  pending: WorkstationOperation | null;
  keys: Readonly<Record<KeyedOperation, string>>;
  label: string;
}

/**
 * Buttons for the ticket operations, each disabled when illegal in the current state or while
 * another operation is on its way; each shows its key.
 */
export function OperationBar({ actions, legal, pending, keys, label }: OperationBarProps) {
  const { text } = useLocale();
  return (
    <div className="operation-bar" role="group" aria-label={label}>
      {actions.map(({ operation, label: labelKey, keyed, primary, onPress }) => {
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
            onClick={onPress}
          >
            <span>{text(labelKey)}</span>
            {key ? <kbd>{key}</kbd> : null}
          </button>
        );
      })}
    </div>
  );
}
