import { describeClientError, type ClientErrorLike } from '@onestop/shared/client';
import { Multilingual, MultilingualText } from './multilingual';

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  error: ClientErrorLike;
  onRetry?: () => void;
}

/** A failed request, explained from its error code in the screen’s languages, with a retry when one can help. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      {/* Error messages are in zh-CN and en only (error-messages.ts); a Mongolian line is left out. */}
      <MultilingualText text={(lang) => (lang === 'mn-Mong' ? null : describeClientError(error, lang))} />
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          <Multilingual messageKey="common.retry" />
        </button>
      ) : null}
    </div>
  );
}
