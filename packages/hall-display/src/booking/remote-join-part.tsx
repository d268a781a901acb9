import { formatWaitRangeIn, isMobilePhone } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LocalizedName, Multilingual, MultilingualText } from '../components/multilingual';
import type { BookingHallQuery } from '../gql/graphql';
import { ClientErrorText } from '../phone/client-error-text';
import { type RemoteJoinRefusal, remoteJoinRefusalOf } from './booking-rules';
import { useJoinRemotely } from './use-join-remotely';

type RemoteJoinService = NonNullable<BookingHallQuery['bookingHall']>['remoteJoinServices'][number];

/** Props of {@link RemoteJoinPart}. */
export interface RemoteJoinPartProps {
  hallId: string;
  services: readonly RemoteJoinService[];
}

/**
 * "立即远程取号 / Take a number now" on the booking page: the hall's services that take remote
 * tickets (those not issuing now shown as not available), a mobile number, and the ticket's own
 * phone page (/t/:accessCode) once taken, where the citizen waits until asked to come and check in.
 */
export function RemoteJoinPart({ hallId, services }: RemoteJoinPartProps) {
  const navigate = useNavigate();
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [phoneChecked, setPhoneChecked] = useState(false);
  const { state, submit: join, stop, reset } = useJoinRemotely();

  const refusal = state.kind === 'refused' ? remoteJoinRefusalOf(state.error) : null;
  const service = services.find((candidate) => candidate.id === serviceId && candidate.issuingNow) ?? null;
  const trimmedPhone = phone.trim();
  const phoneWrong = (phoneChecked && !isMobilePhone(trimmedPhone)) || refusal?.kind === 'phone';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setPhoneChecked(true);
    if (!service || !isMobilePhone(trimmedPhone)) return;
    void join({ hallId, serviceId: service.id, phone: trimmedPhone }).then((final) => {
      // The ticket's own page is where the citizen follows it; `replace` keeps Back from taking another.
      if (final?.kind === 'done') void navigate(`/t/${final.value}`, { replace: true });
    });
  };

  return (
    <section className="phone-card booking-step remote-join" aria-labelledby="remote-join-title">
      <h2 id="remote-join-title">
        <Multilingual messageKey="citizen.remote.joinTitle" />
      </h2>
      <p className="booking-hint">
        <Multilingual messageKey="citizen.remote.joinIntro" />
      </p>
      <div className="booking-services">
        {services.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            className="booking-option booking-service"
            data-remote-service-id={candidate.id}
            disabled={!candidate.issuingNow}
            aria-pressed={candidate.id === serviceId}
            onClick={() => {
              setServiceId(candidate.id);
              if (state.kind === 'refused') reset();
            }}
          >
            <LocalizedName names={candidate.names} />
            {candidate.issuingNow ? (
              <span className="booking-option-note">
                <Multilingual messageKey="citizen.remote.waiting" values={{ count: candidate.waiting }} />
                {' · '}
                <MultilingualText text={(lang) => formatWaitRangeIn(lang, candidate.estimate)} />
              </span>
            ) : (
              <Multilingual className="booking-option-note" messageKey="citizen.remote.notIssuingNow" />
            )}
          </button>
        ))}
      </div>

      {service ? (
        <form className="booking-details remote-join-form" onSubmit={submit} noValidate>
          <label className="booking-field">
            <Multilingual className="booking-field-label" messageKey="citizen.remote.phone" />
            <input
              name="remotePhone"
              type="tel"
              inputMode="numeric"
              autoComplete="tel-national"
              maxLength={11}
              value={phone}
              aria-invalid={phoneWrong}
              aria-describedby={phoneWrong ? 'remote-phone-problem' : undefined}
              onChange={(event) => setPhone(event.target.value)}
            />
          </label>
          {phoneWrong ? (
            <p id="remote-phone-problem" className="booking-field-problem" role="alert">
              <Multilingual messageKey="citizen.remote.phoneInvalid" />
            </p>
          ) : null}
          {refusal && refusal.kind !== 'phone' ? (
            <div className="phone-notice phone-notice-error" role="alert">
              <Multilingual as="strong" messageKey="citizen.remote.failed" />
              <p>
                <RemoteJoinRefusalText refusal={refusal} />
              </p>
            </div>
          ) : null}
          {state.kind === 'sending' || state.kind === 'done' ? (
            <div className="phone-notice" role="status">
              {state.kind === 'sending' && state.attempt > 1 ? (
                <>
                  <p>
                    <Multilingual messageKey="citizen.remote.retrying" values={{ attempt: state.attempt }} />
                  </p>
                  <button type="button" className="phone-button" onClick={stop}>
                    <Multilingual messageKey="citizen.remote.stop" />
                  </button>
                </>
              ) : (
                <Multilingual messageKey="citizen.remote.taking" />
              )}
            </div>
          ) : (
            <button type="submit" className="phone-button phone-button-primary booking-submit">
              <Multilingual messageKey="citizen.remote.take" />
            </button>
          )}
        </form>
      ) : null}
    </section>
  );
}

/** Why no number was taken, in the page's languages. */
function RemoteJoinRefusalText({ refusal }: { refusal: RemoteJoinRefusal }) {
  switch (refusal.kind) {
    case 'quota':
      // The booking page's words for the two remote-join limits (catalogues/citizen.ts).
      return <Multilingual messageKey={`citizen.booking.quota.${refusal.quota}`} />;
    case 'serviceClosed':
      return <Multilingual messageKey="citizen.remote.serviceClosed" />;
    case 'phone':
      return <Multilingual messageKey="citizen.remote.phoneInvalid" />;
    case 'other':
      return <ClientErrorText error={refusal.error} />;
  }
}
