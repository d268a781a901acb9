import { formatDuration, serviceDayRange } from '@onestop/shared';
import type { CombinedError } from '@urql/core';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import type { OwnFiguresQuery } from '../gql/graphql';
import { useLocale } from '../locale/locale';
import { ownFiguresQuery } from './documents';

/** Props of {@link OwnFigures}. */
export interface OwnFiguresProps {
  hallId: string;
  staffId: string;
  timeZone: string;
  /** The server's time now: which service day the figures cover. */
  now: number;
  /** Changes whenever the clerk finished a ticket, so the figures are asked for again. */
  version: number;
}

type FiguresRow = OwnFiguresQuery['waitStats'][number];

/** The clerk's own day: served, average service time, no-shows (waitStats, filtered to them). */
export function OwnFigures({ hallId, staffId, timeZone, now, version }: OwnFiguresProps) {
  const client = useClient();
  const { locale, text } = useLocale();
  const { from, to } = serviceDayRange(new Date(now), timeZone);
  const [answer, setAnswer] = useState<{ row: FiguresRow | null; error: CombinedError | null } | null>(null);

  useEffect(() => {
    let current = true;
    void client
      .query(
        ownFiguresQuery,
        // A clerk may only ask for their own figures: the filter names them alone.
        { input: { hallId, from, to, groupBy: 'STAFF', staffIds: [staffId] } },
        { requestPolicy: 'network-only' },
      )
      .toPromise()
      .then((result) => {
        if (!current) return;
        const rows = result.data?.waitStats ?? [];
        setAnswer({
          row: rows.find((row) => row.key === staffId) ?? rows[0] ?? null,
          error: result.error ?? null,
        });
      });
    return () => {
      current = false;
    };
  }, [client, hallId, staffId, from, to, version]);

  const row = answer?.row;
  const average = row?.avgServiceSeconds;
  return (
    <section className="desk-panel own-figures" aria-labelledby="own-figures-heading">
      <h2 id="own-figures-heading">{text('workstation.figures.title')}</h2>
      {answer?.error ? <ErrorNotice error={answer.error} /> : null}
      <dl className="desk-figures">
        <div>
          <dt>{text('workstation.figures.served')}</dt>
          <dd data-figure="served">{answer ? (row?.served ?? 0) : '…'}</dd>
        </div>
        <div>
          <dt>{text('workstation.figures.averageService')}</dt>
          <dd data-figure="average">
            {answer
              ? average === null || average === undefined
                ? '—'
                : formatDuration(average, locale)
              : '…'}
          </dd>
        </div>
        <div>
          <dt>{text('workstation.figures.noShows')}</dt>
          <dd data-figure="noShows">{answer ? (row?.noShows ?? 0) : '…'}</dd>
        </div>
      </dl>
    </section>
  );
}
