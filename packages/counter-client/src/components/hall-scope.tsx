import type { ReactNode } from 'react';
import { useFirstHall } from '../hall/use-first-hall';
import { useLocale } from '../locale/locale';
import { ErrorNotice } from './error-notice';
import { Loading } from './loading';

/** Props of {@link HallScope}. */
export interface HallScopeProps {
  children: (hall: { id: string; name: string }) => ReactNode;
}

/** Renders a hall page once the hall is known, or says why there is none. */
export function HallScope({ children }: HallScopeProps) {
  const { hall, fetching, error } = useFirstHall();
  const { text } = useLocale();
  if (error) return <ErrorNotice error={error} />;
  if (fetching) return <Loading />;
  if (!hall) return <p className="notice">{text('hall.none')}</p>;
  return children(hall);
}
