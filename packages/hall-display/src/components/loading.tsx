import { Bilingual } from './bilingual';

/** What a screen shows while its first answer is on the way. */
export function Loading() {
  return (
    <div className="loading" role="status">
      <Bilingual messageKey="common.loading" />
    </div>
  );
}
