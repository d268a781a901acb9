import { nameIn } from '@onestop/shared';
import { type ClientErrorLike, errorCodeOf } from '@onestop/shared/client';
import { type FormEvent, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { Multilingual } from '../components/multilingual';
import { ClientErrorText } from './client-error-text';
import { citizenTicketQuery, rateTicketMutation } from './documents';
import type { DueRating } from './ticket-view';
import type { CitizenTicket } from './use-citizen-ticket';

/** The five levels of 好差评, best first, as the national standard orders them. */
const ratingScores = [5, 4, 3, 2, 1] as const;

const scoreLabel = {
  5: 'citizen.rating.score5',
  4: 'citizen.rating.score4',
  3: 'citizen.rating.score3',
  2: 'citizen.rating.score2',
  1: 'citizen.rating.score1',
} as const;

/** Props of {@link RatingForm}. */
export interface RatingFormProps {
  accessCode: string;
  due: DueRating;
  /** The server took the rating (or had one already); with the ticket as it now stands, if known. */
  onRated: (ticket: CitizenTicket | null) => void;
}

/** One rating of one completed service: five levels, an optional comment. */
export function RatingForm({ accessCode, due, onRated }: RatingFormProps) {
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const client = useClient();
  const [result, rate] = useMutation(rateTicketMutation);
  const [failure, setFailure] = useState<ClientErrorLike | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (score === null) return;
    setFailure(null);
    const answer = await rate({ accessCode, score, comment: comment.trim() === '' ? null : comment.trim() });
    if (answer.data) {
      onRated(answer.data.rateTicket);
    } else if (answer.error && errorCodeOf(answer.error) === 'INVALID_TRANSITION') {
      // Nothing left to rate: this service was rated already (from another phone, say). The
      // refusal carries no ticket, so read it again: its score, not this form, is what shows.
      const fresh = await client
        .query(citizenTicketQuery, { accessCode }, { requestPolicy: 'network-only' })
        .toPromise();
      onRated(fresh.data?.myTicket ?? null);
    } else if (answer.error) {
      setFailure(answer.error);
    }
  }

  return (
    <form className="phone-card rating-form" onSubmit={(event) => void submit(event)}>
      <h2>
        <Multilingual messageKey="citizen.rating.title" />
      </h2>
      <p className="rating-service">
        <Multilingual
          messageKey="citizen.rating.forService"
          values={(lang) => ({ service: nameIn(due.service.names, lang).text })}
        />
      </p>
      <fieldset className="rating-scores">
        <legend>
          <Multilingual messageKey="citizen.rating.score" />
        </legend>
        {ratingScores.map((value) => (
          <label key={value} className="rating-score">
            <input
              type="radio"
              name="score"
              value={value}
              checked={score === value}
              onChange={() => setScore(value)}
            />
            <Multilingual messageKey={scoreLabel[value]} />
          </label>
        ))}
      </fieldset>
      <label className="phone-field">
        <Multilingual messageKey="citizen.rating.comment" />
        <textarea
          name="comment"
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
      {failure ? (
        <p className="phone-notice phone-notice-error" role="alert">
          <ClientErrorText error={failure} />
        </p>
      ) : null}
      <button
        type="submit"
        className="phone-button phone-button-primary"
        disabled={score === null || result.fetching}
      >
        <Multilingual messageKey="citizen.rating.submit" />
      </button>
    </form>
  );
}
