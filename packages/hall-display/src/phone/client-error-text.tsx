import { type ClientErrorLike, describeClientError } from '@onestop/shared/client';
import { MultilingualText } from '../components/multilingual';

/**
 * A failed request explained from its error code. Error messages exist in zh-CN and en only
 * (error-messages.ts), so a Mongolian line is left out rather than shown in Chinese twice.
 */
export function ClientErrorText({ error }: { error: ClientErrorLike }) {
  return (
    <MultilingualText
      text={(lang) => (lang === 'zh-CN' || lang === 'en' ? describeClientError(error, lang) : null)}
    />
  );
}
