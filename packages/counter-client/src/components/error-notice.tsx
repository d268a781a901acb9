import { type ClientErrorLike, describeClientError, errorCodeOf } from '@onestop/shared/client';
import { useContext, useEffect } from 'react';
import { useLocale } from '../locale/locale';
import { SessionContext } from '../session/session-context';

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  error: ClientErrorLike;
  onRetry?: () => void;
}

/**
 * A failed request, explained from its error code in the staff member's language. An
 * UNAUTHENTICATED answer means the session ended under the page, so it goes back to login.
 */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { locale, text } = useLocale();
  const session = useContext(SessionContext);
  const sessionEnded = errorCodeOf(error) === 'UNAUTHENTICATED';

  useEffect(() => {
    if (sessionEnded) session?.expire();
  }, [sessionEnded, session]);

  return (
    <div className="notice notice-error" role="alert">
      <p>{describeClientError(error, locale)}</p>
      {onRetry && !sessionEnded ? (
        <button type="button" className="button" onClick={onRetry}>
          {text('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
