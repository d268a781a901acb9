import { describeClientError, type ClientErrorLike } from '@onestop/shared/client';
import { Bilingual, BilingualText } from './bilingual';

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  error: ClientErrorLike;
  onRetry?: () => void;
}

/** A failed request, explained from its error code in both languages, with a retry when one can help. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      <BilingualText
        chinese={describeClientError(error, 'zh-CN')}
        english={describeClientError(error, 'en')}
      />
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          <Bilingual messageKey="common.retry" />
        </button>
      ) : null}
    </div>
  );
}
