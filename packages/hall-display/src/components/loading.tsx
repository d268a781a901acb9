import { Multilingual } from './multilingual';

/** What a screen shows while its first answer is on the way. */
export function Loading() {
  return (
    <div className="loading" role="status">
      <Multilingual messageKey="common.loading" />
    </div>
  );
}
