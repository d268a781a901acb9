import { useLocale } from '../locale/locale';

/** What a page shows while its first answer is on the way. */
export function Loading() {
  const { text } = useLocale();
  return (
    <p className="loading" role="status">
      {text('common.loading')}
    </p>
  );
}
