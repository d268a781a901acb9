import { isMobilePhone } from '@onestop/shared';
import type { ClientErrorLike } from '@onestop/shared/client';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useQuery } from 'urql';
import { LocalizedName, Multilingual } from '../components/multilingual';
import type { BookingHallQuery } from '../gql/graphql';
import { CitizenPage } from '../phone/citizen-page';
import { PhonePageWaiting } from '../phone/page-states';
import { ClientErrorText } from '../phone/client-error-text';
import { useFocusOnMount } from '../phone/focus-on-mount';
import { AppointmentFacts, CheckInCode } from './appointment-facts';
import { bookingRefusalOf, slotWasLost } from './booking-rules';
import { BookingRefusalText } from './booking-refusal-text';
import { bookingHallQuery } from './documents';
import { ManageLinkQr } from './manage-link-qr';
import { RemoteJoinPart } from './remote-join-part';
import { type BookingSlot, SlotPicker } from './slot-picker';
import { type Booking, useBookAppointment } from './use-book-appointment';
import './booking.css';

type BookingHall = NonNullable<BookingHallQuery['bookingHall']>;

/**
 * `/book/:hallCode`: a citizen books an appointment on their phone, without a login — a service
 * that takes appointments, a day, a slot with a seat left, a mobile number and, if they like, a
 * name — and keeps the check-in code and the link to the booking's own page. Where the hall's
 * services take remote tickets, the page offers to take a number for now first (远程取号).
 */
export function BookingScreen({ hallCode }: { hallCode: string }) {
  const [result, reexecute] = useQuery({ query: bookingHallQuery, variables: { code: hallCode } });
  const hall = result.data?.bookingHall ?? null;

  const content: ReactNode = hall ? (
    <>
      {/* Taking a number for now comes first: it is the quicker way, where the hall offers it. */}
      {hall.remoteJoinServices.length > 0 ? (
        <RemoteJoinPart hallId={hall.id} services={hall.remoteJoinServices} />
      ) : null}
      <BookingFlow hall={hall} />
    </>
  ) : (
    <PhonePageWaiting
      missing={result.data !== undefined}
      missingTitleKey="citizen.booking.hallNotFound"
      missingHintKey="citizen.booking.hallNotFoundHint"
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    />
  );
  return (
    <CitizenPage titleKey="citizen.booking.title" hall={hall}>
      {content}
    </CitizenPage>
  );
}

function BookingFlow({ hall }: { hall: BookingHall }) {
  const onlyService = hall.services.length === 1 ? hall.services[0]!.id : null;
  const [serviceId, setServiceId] = useState<string | null>(onlyService);
  const [slot, setSlot] = useState<BookingSlot | null>(null);
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [phoneChecked, setPhoneChecked] = useState(false);
  const [refreshCount, setRefreshCount] = useState(0);
  const { state, submit: book, stop, reset } = useBookAppointment();

  const refusal = state.kind === 'refused' ? bookingRefusalOf(state.error) : null;
  const slotLost = refusal !== null && slotWasLost(refusal);

  if (state.kind === 'done') {
    return (
      <BookingConfirmation
        booking={state.value}
        onAnother={() => {
          reset();
          setSlot(null);
          setRefreshCount((count) => count + 1);
        }}
      />
    );
  }

  const service = hall.services.find((candidate) => candidate.id === serviceId) ?? null;
  const trimmedPhone = phone.trim();
  const phoneWrong = (phoneChecked && !isMobilePhone(trimmedPhone)) || refusal?.kind === 'phone';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setPhoneChecked(true);
    if (!service || !slot || !isMobilePhone(trimmedPhone)) return;
    void book({
      hallId: hall.id,
      serviceId: service.id,
      slotStart: slot.start,
      phone: trimmedPhone,
      name: name.trim() === '' ? null : name.trim(),
    }).then((final) => {
      if (final?.kind !== 'refused') return;
      // The slot went while the citizen typed: read the day again and let them choose another.
      if (slotWasLost(bookingRefusalOf(final.error))) {
        setSlot(null);
        setRefreshCount((count) => count + 1);
      }
    });
  };

  if (hall.services.length === 0) {
    return (
      <p className="phone-notice">
        <Multilingual messageKey="citizen.booking.noServices" />
      </p>
    );
  }
  return (
    <>
      <section className="phone-card booking-step" aria-labelledby="booking-services-title">
        <h2 id="booking-services-title">
          <Multilingual messageKey="citizen.booking.chooseService" />
        </h2>
        <div className="booking-services">
          {hall.services.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              className="booking-option booking-service"
              data-service-id={candidate.id}
              aria-pressed={candidate.id === serviceId}
              onClick={() => {
                setServiceId(candidate.id);
                setSlot(null);
                if (state.kind === 'refused') reset();
              }}
            >
              <LocalizedName names={candidate.names} />
              <Multilingual
                className="booking-option-note"
                messageKey="citizen.booking.slotLength"
                values={{ minutes: candidate.slotMinutes }}
              />
            </button>
          ))}
        </div>
      </section>

      {service ? (
        <SlotPicker
          key={service.id}
          hallId={hall.id}
          serviceId={service.id}
          timeZone={hall.timezone}
          horizonDays={service.horizonDays}
          chosenStart={slot?.start ?? null}
          onChoose={(chosen) => {
            setSlot(chosen);
            if (chosen && state.kind === 'refused') reset();
          }}
          refreshCount={refreshCount}
        />
      ) : null}

      {refusal && slotLost ? (
        <p className="phone-notice phone-notice-error" role="alert">
          <BookingRefusalText refusal={refusal} />
        </p>
      ) : null}

      {slot ? (
        <form className="phone-card booking-step booking-details" onSubmit={submit} noValidate>
          <h2>
            <Multilingual messageKey="citizen.booking.yourDetails" />
          </h2>
          <label className="booking-field">
            <Multilingual className="booking-field-label" messageKey="citizen.booking.phone" />
            <input
              name="phone"
              type="tel"
              inputMode="numeric"
              autoComplete="tel-national"
              maxLength={11}
              value={phone}
              aria-invalid={phoneWrong}
              aria-describedby={phoneWrong ? 'booking-phone-problem' : undefined}
              onChange={(event) => setPhone(event.target.value)}
            />
          </label>
          {phoneWrong ? (
            <p id="booking-phone-problem" className="booking-field-problem" role="alert">
              <Multilingual messageKey="citizen.booking.phoneInvalid" />
            </p>
          ) : null}
          <label className="booking-field">
            <Multilingual className="booking-field-label" messageKey="citizen.booking.name" />
            <input
              name="name"
              autoComplete="name"
              maxLength={50}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          {refusal && !slotLost && refusal.kind !== 'phone' ? (
            <div className="phone-notice phone-notice-error" role="alert">
              <Multilingual as="strong" messageKey="citizen.booking.failed" />
              <p>
                <BookingRefusalText refusal={refusal} />
              </p>
            </div>
          ) : null}
          {state.kind === 'sending' ? (
            <SendingNotice attempt={state.attempt} lastError={state.lastError} onStop={stop} />
          ) : (
            <button type="submit" className="phone-button booking-submit">
              <Multilingual messageKey="citizen.booking.submit" />
            </button>
          )}
        </form>
      ) : null}
    </>
  );
}

interface SendingNoticeProps {
  attempt: number;
  lastError: ClientErrorLike | null;
  onStop: () => void;
}

/** The booking on its way; from the second attempt on, that it is retried and why (too many tries …). */
function SendingNotice({ attempt, lastError, onStop }: SendingNoticeProps) {
  if (attempt <= 1) {
    return (
      <p className="phone-loading" role="status">
        <Multilingual messageKey="citizen.booking.submitting" />
      </p>
    );
  }
  return (
    <div className="phone-notice" role="status">
      <p>
        <Multilingual messageKey="citizen.booking.retrying" values={{ attempt }} />
      </p>
      {lastError && lastError.graphQLErrors.length > 0 ? (
        <p>
          <ClientErrorText error={lastError} />
        </p>
      ) : null}
      <p>
        <Multilingual messageKey="citizen.booking.retryingHint" />
      </p>
      <button type="button" className="phone-button" onClick={onStop}>
        <Multilingual messageKey="citizen.booking.stop" />
      </button>
    </div>
  );
}

/** The booking made: the check-in code large, the slot, and the link to keep, as text and QR code. */
function BookingConfirmation({ booking, onAnother }: { booking: Booking; onAnother: () => void }) {
  // In place of the form whose button had the focus: the focus goes to what it did (WCAG 2.4.3).
  const booked = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <section className="phone-card booking-confirmation" aria-labelledby="booking-booked-title">
        <h2 ref={booked} id="booking-booked-title" className="booking-booked" tabIndex={-1}>
          <Multilingual messageKey="citizen.booking.booked" />
        </h2>
        <CheckInCode code={booking.appointment.checkInCode} />
        <AppointmentFacts appointment={booking.appointment} />
        <p className="booking-hint">
          <Multilingual messageKey="citizen.booking.checkInHint" />
        </p>
      </section>
      <ManageLinkQr manageCode={booking.manageCode} captionKey="citizen.booking.manageLink" showLink />
      <button type="button" className="phone-button" onClick={onAnother}>
        <Multilingual messageKey="citizen.booking.bookAnother" />
      </button>
    </>
  );
}
