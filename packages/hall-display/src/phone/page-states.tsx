import type { UiMessageKey } from '@onestop/shared';
import type { ClientErrorLike } from '@onestop/shared/client';
import { Multilingual } from '../components/multilingual';
import { ClientErrorText } from './client-error-text';

/** While a phone page's first answer is on the way. */
export function PhoneLoading() {
  return (
    <p className="phone-loading" role="status">
      <Multilingual messageKey="common.loading" />
    </p>
  );
}

/** A read that failed (server unreachable …), explained from its code, with a retry. */
export function PhoneLoadError({ error, onRetry }: { error: ClientErrorLike; onRetry: () => void }) {
  return (
    <div className="phone-notice phone-notice-error" role="alert">
      <p>
        <ClientErrorText error={error} />
      </p>
      <button type="button" className="phone-button" onClick={onRetry}>
        <Multilingual messageKey="common.retry" />
      </button>
    </div>
  );
}

/** Props of {@link PhonePageWaiting}. */
export interface PhonePageWaitingProps {
  /** The answer came, and nothing stands behind the page's key (a code mistyped or gone). */
  missing: boolean;
  missingTitleKey: UiMessageKey;
  missingHintKey: UiMessageKey;
  error: ClientErrorLike | null | undefined;
  onRetry: () => void;
}

/** What a phone page opened by a key shows until it has its content: nothing found, a failure, or loading. */
export function PhonePageWaiting({
  missing,
  missingTitleKey,
  missingHintKey,
  error,
  onRetry,
}: PhonePageWaitingProps) {
  if (missing) {
    return (
      <section className="phone-card phone-missing" role="alert">
        <h2>
          <Multilingual messageKey={missingTitleKey} />
        </h2>
        <p>
          <Multilingual messageKey={missingHintKey} />
        </p>
      </section>
    );
  }
  if (error) return <PhoneLoadError error={error} onRetry={onRetry} />;
  return <PhoneLoading />;
}
