import {
  addDays,
  describeInputProblem,
  formatClockTime,
  isDay,
  isMobilePhone,
  localizedName,
  serviceDayOf,
} from '@onestop/shared';
import { createIdempotencyKey, describeClientError, errorCodeOf } from '@onestop/shared/client';
import type { CombinedError } from '@urql/core';
import { type FormEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ConsoleAppointmentServicesQuery, ConsoleBookForCallerMutation } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import { FieldError, FormActions, FormProblemNotice, TextField, useFormSubmit } from '../admin/form-kit';
import type { ConsoleHall } from '../console-frame';
import { bookableSlotsQuery, bookForCallerMutation } from './appointment-documents';

type BookableService = NonNullable<ConsoleAppointmentServicesQuery['hall']>['services'][number];
type Booked = ConsoleBookForCallerMutation['bookAppointment'];

const bookingFields = ['serviceId', 'day', 'slotStart', 'phone', 'name'] as const;
type BookingForm = Record<(typeof bookingFields)[number], string>;

/**
 * 电话预约: a clerk or manager books a slot for a caller. Sent with the staff member's token, so the
 * server records who booked and applies no per-address limit. One idempotency key per booking: a
 * retry of the same form after a lost answer returns the first booking instead of a second one.
 */
export function StaffBookingForm({
  hall,
  services,
  onBooked,
  onClose,
}: {
  hall: ConsoleHall;
  services: readonly BookableService[];
  onBooked: () => void;
  onClose: () => void;
}) {
  const { text } = useLocale();
  const [booked, setBooked] = useState<Booked | null>(null);
  return (
    <section className="panel staff-booking" aria-labelledby="staff-booking-title">
      <h2 id="staff-booking-title">{text('console.appointments.book.title')}</h2>
      {services.length === 0 ? (
        <p className="empty">{text('console.appointments.book.noServices')}</p>
      ) : booked ? (
        <BookingDone hall={hall} booked={booked} onAnother={() => setBooked(null)} onClose={onClose} />
      ) : (
        <BookingFields
          hall={hall}
          services={services}
          onBooked={(result) => {
            setBooked(result);
            onBooked();
          }}
        />
      )}
    </section>
  );
}

function BookingFields({
  hall,
  services,
  onBooked,
}: {
  hall: ConsoleHall;
  services: readonly BookableService[];
  onBooked: (booked: Booked) => void;
}) {
  const { locale, text } = useLocale();
  const today = serviceDayOf(new Date(), hall.timezone);
  const [form, setForm] = useState<BookingForm>({
    serviceId: services.length === 1 ? services[0]!.id : '',
    day: today,
    slotStart: '',
    phone: '',
    name: '',
  });
  const { problem, pending, submit, refuse, clear } = useFormSubmit(bookingFields);
  // Kept while the form stays as it was sent; any change makes it another booking.
  const idempotencyKey = useRef<string | null>(null);
  const [, book] = useMutation(bookForCallerMutation);
  const service = services.find((each) => each.id === form.serviceId);
  const lastDay = service ? addDays(today, service.appointmentSettings.horizonDays) : today;
  const dayInRange = isDay(form.day) && form.day >= today && form.day <= lastDay;
  const [slotsResult, reloadSlots] = useQuery({
    query: bookableSlotsQuery,
    variables: { hallId: hall.id, serviceId: form.serviceId, date: form.day },
    pause: !service || !dayInRange,
    requestPolicy: 'cache-and-network',
  });

  const change = (field: keyof BookingForm) => (value: string) => {
    idempotencyKey.current = null;
    clear();
    setForm((previous) => ({
      ...previous,
      [field]: value,
      // Another service or day offers other slots.
      ...(field === 'serviceId' || field === 'day' ? { slotStart: '' } : {}),
    }));
  };

  const send = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!service) return refuse('serviceId', text('console.appointments.book.chooseService'));
    if (form.slotStart === '') return refuse('slotStart', text('console.appointments.book.chooseSlot'));
    const phone = form.phone.replace(/\s+/g, '');
    if (!isMobilePhone(phone)) return refuse('phone', describeInputProblem(locale, { kind: 'phoneFormat' }));
    idempotencyKey.current ??= createIdempotencyKey();
    let refusal: CombinedError | undefined;
    let result: Booked | undefined;
    const ok = await submit(async () => {
      const answer = await book({
        input: {
          hallId: hall.id,
          serviceId: service.id,
          slotStart: form.slotStart,
          phone,
          name: form.name.trim() === '' ? null : form.name.trim(),
          idempotencyKey: idempotencyKey.current,
        },
      });
      refusal = answer.error;
      result = answer.data?.bookAppointment;
      return answer;
    });
    if (ok && result) {
      idempotencyKey.current = null;
      return onBooked(result);
    }
    if (!refusal) return;
    // A refusal belongs next to what the clerk changes to get past it.
    const code = errorCodeOf(refusal);
    if (code === 'SLOT_FULL') {
      // Someone took the last seat meanwhile: show the slots as they are now.
      setForm((previous) => ({ ...previous, slotStart: '' }));
      reloadSlots({ requestPolicy: 'network-only' });
      refuse('slotStart', describeClientError(refusal, locale));
    } else if (code === 'QUOTA_REACHED') {
      refuse('phone', describeClientError(refusal, locale));
    }
  };

  const slots = slotsResult.data?.slots ?? [];
  const formId = 'staff-booking';
  const invalid = (field: keyof BookingForm) => problem?.field === field;
  const errorId = (field: keyof BookingForm) => `${formId}-${field}-error`;
  return (
    <form
      className="admin-form staff-booking-form"
      data-form="staff-booking"
      onSubmit={(event) => void send(event)}
      noValidate
    >
      <label className="form-field">
        <span>{text('console.appointments.book.service')}</span>
        <select
          name="serviceId"
          value={form.serviceId}
          aria-invalid={invalid('serviceId')}
          aria-describedby={invalid('serviceId') ? errorId('serviceId') : undefined}
          onChange={(event) => change('serviceId')(event.target.value)}
        >
          <option value="">{text('console.appointments.book.chooseService')}</option>
          {services.map((each) => (
            <option key={each.id} value={each.id}>
              {each.prefix} {localizedName(each, locale)}
            </option>
          ))}
        </select>
        {invalid('serviceId') ? <FieldError id={errorId('serviceId')} message={problem!.message} /> : null}
      </label>
      <label className="form-field">
        <span>{text('console.appointments.book.day')}</span>
        <input
          type="date"
          name="day"
          value={form.day}
          min={today}
          max={lastDay}
          aria-invalid={invalid('day') || (form.day !== '' && !dayInRange)}
          aria-describedby={`${formId}-day-hint`}
          onChange={(event) => change('day')(event.target.value)}
        />
        <span id={`${formId}-day-hint`} className="help field-hint">
          {text('console.appointments.book.dayRange', { first: today, last: lastDay })}
        </span>
      </label>
      <fieldset
        className="wide slot-choices"
        aria-invalid={invalid('slotStart')}
        aria-describedby={invalid('slotStart') ? errorId('slotStart') : undefined}
      >
        <legend>{text('console.appointments.book.slot')}</legend>
        {!service || !dayInRange ? null : slotsResult.fetching && !slotsResult.data ? (
          <span className="help">{text('common.loading')}</span>
        ) : slots.length === 0 ? (
          <span className="help">{text('console.appointments.book.noSlots')}</span>
        ) : (
          slots.map((slot) => {
            const start = formatClockTime(new Date(slot.start), hall.timezone);
            const end = formatClockTime(new Date(slot.end), hall.timezone);
            const full = slot.available <= 0;
            return (
              <label key={slot.start} className={`slot-choice${full ? ' slot-full' : ''}`} data-slot={start}>
                <input
                  type="radio"
                  name="slotStart"
                  value={slot.start}
                  disabled={full}
                  checked={form.slotStart === slot.start}
                  onChange={() => change('slotStart')(slot.start)}
                />
                <span>
                  {start}–{end}{' '}
                  <span className="slot-seats">
                    {full
                      ? text('console.appointments.book.slotFull')
                      : text('console.appointments.book.slotSeats', { available: slot.available })}
                  </span>
                </span>
              </label>
            );
          })
        )}
        {invalid('slotStart') ? <FieldError id={errorId('slotStart')} message={problem!.message} /> : null}
      </fieldset>
      <TextField
        formId={formId}
        name="phone"
        label={text('console.appointments.book.phone')}
        value={form.phone}
        onChange={change('phone')}
        problem={problem}
        type="number"
        required
      />
      <TextField
        formId={formId}
        name="name"
        label={text('console.appointments.book.name')}
        value={form.name}
        onChange={change('name')}
        problem={problem}
      />
      <FormProblemNotice problem={problem} />
      <FormActions submitLabel={text('console.appointments.book.submit')} pending={pending} />
    </form>
  );
}

/**
 * The booking made: the check-in code to read to the caller, and the path of the page that
 * manages it. The path only: the booking pages belong to the public app, whose address this staff
 * app need not know (one server serves both, so on the same host it is this origin).
 */
function BookingDone({
  hall,
  booked,
  onAnother,
  onClose,
}: {
  hall: ConsoleHall;
  booked: Booked;
  onAnother: () => void;
  onClose: () => void;
}) {
  const { locale, text } = useLocale();
  const { appointment } = booked;
  const clock = (iso: string) => formatClockTime(new Date(iso), hall.timezone);
  return (
    <div className="booking-done" role="status">
      <p>
        {text('console.appointments.book.done', {
          service: localizedName(appointment.service, locale),
          day: serviceDayOf(new Date(appointment.slotStart), hall.timezone),
          start: clock(appointment.slotStart),
          end: clock(appointment.slotEnd),
          phone: appointment.phoneMasked,
        })}
      </p>
      <p>{text('console.appointments.book.readCode')}</p>
      <p className="code booked-check-in-code" data-check-in-code>
        {appointment.checkInCode}
      </p>
      <p>
        {text('console.appointments.book.managePath')} <code data-manage-path>/b/{booked.manageCode}</code>
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onAnother}>
          {text('console.appointments.book.another')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {text('console.appointments.book.close')}
        </button>
      </div>
    </div>
  );
}
