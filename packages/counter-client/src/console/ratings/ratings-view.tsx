import { formatDateTime, localizedName } from '@onestop/shared';
import { type FormEvent, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice';
import { QueryResult } from '../../components/query-result';
import type { ConsoleRatingsQuery } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { followUpRatingMutation, ratingsQuery } from '../documents';
import { type PeriodChoice, resolvePeriod } from '../period';
import { PeriodPicker } from '../period-picker';
import { formatRate } from '../stats/stats-figures';
import { badRatings, ratingDistribution, satisfactionRate } from './rating-figures';

type Rating = ConsoleRatingsQuery['ratings'][number];

/** `/manager?tab=ratings`: how citizens rated the hall, and the follow-up of the bad ratings. */
export function RatingsView({ hall }: { hall: ConsoleHall }) {
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'thisWeek' });
  const period = useMemo(() => resolvePeriod(choice, new Date(), hall.timezone), [choice, hall.timezone]);
  return (
    <div className="ratings">
      <form className="stats-filters" onSubmit={(event) => event.preventDefault()}>
        <PeriodPicker choice={choice} onChange={setChoice} resolved={period} />
      </form>
      {period ? <RatingsOfPeriod hall={hall} from={period.from} to={period.to} /> : null}
    </div>
  );
}

function RatingsOfPeriod({ hall, from, to }: { hall: ConsoleHall; from: string; to: string }) {
  const query = useQuery({
    query: ratingsQuery,
    variables: { hallId: hall.id, from, to },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QueryResult query={query}>
      {({ ratings }) => (
        <RatingsSummary
          hall={hall}
          ratings={ratings}
          // The client keeps no cache that a mutation could invalidate: a follow-up reloads the list.
          reload={() => query[1]({ requestPolicy: 'network-only' })}
        />
      )}
    </QueryResult>
  );
}

function RatingsSummary({
  hall,
  ratings,
  reload,
}: {
  hall: ConsoleHall;
  ratings: readonly Rating[];
  reload: () => void;
}) {
  const { locale, text } = useLocale();
  const distribution = ratingDistribution(ratings);
  const bad = badRatings(ratings);
  const open = bad.filter((rating) => !rating.followedUpAt).length;
  return (
    <>
      <div className="figure-cards">
        <p className="figure-card">
          <span className="figure-label">{text('stats.ratings')}</span>
          <span className="figure-value" data-figure="ratings">
            {ratings.length}
          </span>
        </p>
        <p className="figure-card">
          <span className="figure-label">{text('stats.satisfactionRate')}</span>
          <span className="figure-value" data-figure="satisfaction">
            {formatRate(satisfactionRate(ratings), locale)}
          </span>
        </p>
        <p className="figure-card">
          <span className="figure-label">{text('console.ratings.toFollowUp')}</span>
          <span className="figure-value" data-figure="open">
            {open}
          </span>
        </p>
      </div>
      <div className="ratings-columns">
        <section className="panel" aria-labelledby="rating-distribution">
          <h2 id="rating-distribution">{text('console.ratings.distribution')}</h2>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{text('console.ratings.score')}</th>
                <th scope="col" className="number">
                  {text('console.ratings.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {distribution.map(({ score, count }) => (
                <tr key={score} data-score={score}>
                  <th scope="row">{text(`console.score.${score as 1 | 2 | 3 | 4 | 5}`)}</th>
                  <td className="number">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <figure className="chart-panel">
          <figcaption>{text('console.ratings.distribution')}</figcaption>
          <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 420, height: 220 }}>
            <BarChart
              data={distribution.map(({ score, count }) => ({ score: `${score}★`, count }))}
              accessibilityLayer
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="score" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar
                dataKey="count"
                name={text('console.ratings.count')}
                fill="#0b5cd5"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      </div>
      <section aria-labelledby="bad-ratings">
        <h2 id="bad-ratings">{text('console.ratings.bad')}</h2>
        {bad.length === 0 ? (
          <p className="empty">{text('console.ratings.noBad')}</p>
        ) : (
          <ul className="bad-ratings">
            {bad.map((rating) => (
              <BadRating key={rating.id} hall={hall} rating={rating} onFollowedUp={reload} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function BadRating({
  hall,
  rating,
  onFollowedUp,
}: {
  hall: ConsoleHall;
  rating: Rating;
  onFollowedUp: () => void;
}) {
  const { locale, text } = useLocale();
  const service = rating.segment.service;
  return (
    <li className={`bad-rating${rating.followedUpAt ? ' followed-up' : ''}`} data-rating={rating.id}>
      <dl className="rating-facts">
        <div>
          <dt>{text('console.ratings.score')}</dt>
          <dd className="rating-score">{text(`console.score.${rating.score as 1 | 2 | 3 | 4 | 5}`)}</dd>
        </div>
        <div>
          <dt>{text('console.column.ticket')}</dt>
          <dd className="ticket-number">{rating.ticket.number}</dd>
        </div>
        <div>
          <dt>{text('console.column.service')}</dt>
          <dd>{localizedName(service, locale)}</dd>
        </div>
        <div>
          <dt>{text('column.label')}</dt>
          <dd>{rating.segment.counter?.label ?? '—'}</dd>
        </div>
        <div>
          <dt>{text('console.column.clerk')}</dt>
          <dd>{rating.segment.staff?.displayName ?? '—'}</dd>
        </div>
        <div>
          <dt>{text('console.ratings.ratedAt')}</dt>
          <dd>{formatDateTime(rating.createdAt, locale, hall.timezone)}</dd>
        </div>
      </dl>
      <p className="rating-comment">
        {rating.comment ? (
          `“${rating.comment}”`
        ) : (
          <span className="empty">{text('console.ratings.noComment')}</span>
        )}
      </p>
      {rating.followedUpAt ? (
        <p className="follow-up-done">
          <strong>
            {text('console.ratings.followedUp', {
              time: formatDateTime(rating.followedUpAt, locale, hall.timezone),
            })}
          </strong>{' '}
          {rating.followUpNote}
        </p>
      ) : (
        <FollowUpForm ratingId={rating.id} onSaved={onFollowedUp} />
      )}
    </li>
  );
}

function FollowUpForm({ ratingId, onSaved }: { ratingId: string; onSaved: () => void }) {
  const { text } = useLocale();
  const [note, setNote] = useState('');
  const [result, followUp] = useMutation(followUpRatingMutation);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void followUp({ ratingId, note }).then((result) => {
      if (!result.error) onSaved();
    });
  };
  const fieldId = `follow-up-${ratingId}`;
  return (
    <form className="follow-up-form" onSubmit={submit}>
      <label htmlFor={fieldId}>{text('console.ratings.followUpNote')}</label>
      <textarea
        id={fieldId}
        name="note"
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={result.fetching}>
        {text('console.ratings.saveFollowUp')}
      </button>
      {result.error ? <ErrorNotice error={result.error} /> : null}
    </form>
  );
}
