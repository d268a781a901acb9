import { AppointmentStatus, formatClockTime, localizedName } from '@onestop/shared';
import { type FormEvent, Fragment, useState } from 'react';
import { useMutation } from 'urql';
import type { ConsoleAppointmentRowFragment } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import { FormProblemNotice, TextField, useFormSubmit } from '../admin/form-kit';
import type { ConsoleHall } from '../console-frame';
import { cancelAppointmentAsStaffMutation } from './appointment-documents';
import { appointmentCounts, appointmentStatuses, groupBySlot } from './appointment-figures';
import './appointments.css';

type Appointment = ConsoleAppointmentRowFragment;

/** How many appointments are in each of `statuses` (all four unless told), each with its badge. */
export function AppointmentCountCards({
  appointments,
  statuses = appointmentStatuses,
}: {
  appointments: readonly { status: string }[];
  statuses?: readonly AppointmentStatus[];
}) {
  const { text } = useLocale();
  const counts = appointmentCounts(appointments);
  return (
    <div className="figure-cards appointment-counts">
      {statuses.map((status) => (
        <p key={status} className="figure-card">
          <span className={`figure-label appointment-status appointment-status-${status.toLowerCase()}`}>
            {text(`console.appointments.status.${status}`)}
          </span>
          <span className="figure-value" data-appointment-count={status}>
            {counts[status]}
          </span>
        </p>
      ))}
    </div>
  );
}

/** The day's appointments grouped by slot; a booked one can be cancelled with a reason. */
export function AppointmentList({
  hall,
  appointments,
  onChanged,
}: {
  hall: ConsoleHall;
  appointments: readonly Appointment[];
  onChanged: () => void;
}) {
  const { locale, text } = useLocale();
  const [cancelling, setCancelling] = useState<string | null>(null);
  if (appointments.length === 0) return <p className="empty">{text('console.appointments.day.none')}</p>;
  const clock = (iso: string) => formatClockTime(new Date(iso), hall.timezone);
  return (
    <table className="data-table compact appointment-list">
      <thead>
        <tr>
          <th scope="col">{text('console.column.service')}</th>
          <th scope="col">{text('console.appointments.column.checkInCode')}</th>
          <th scope="col">{text('console.appointments.column.phone')}</th>
          <th scope="col">{text('console.appointments.column.name')}</th>
          <th scope="col">{text('column.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{text('console.appointments.cancel.open')}</span>
          </th>
        </tr>
      </thead>
      {groupBySlot(appointments).map((group) => (
        <tbody key={group.slotStart} data-slot={clock(group.slotStart)}>
          <tr className="slot-heading">
            <th scope="rowgroup" colSpan={6}>
              {text('console.appointments.day.slot', {
                start: clock(group.slotStart),
                end: clock(group.slotEnd),
              })}{' '}
              <span className="count">
                {text('console.appointments.day.inSlot', { count: group.appointments.length })}
              </span>
            </th>
          </tr>
          {group.appointments.map((appointment) => (
            <Fragment key={appointment.id}>
              <tr data-appointment={appointment.checkInCode}>
                <td>
                  <span className="prefix">{appointment.service.prefix}</span>{' '}
                  {localizedName(appointment.service, locale)}
                </td>
                <td className="code check-in-code">{appointment.checkInCode}</td>
                <td className="phone">{appointment.phoneMasked}</td>
                <td>{appointment.name ?? '—'}</td>
                <td>
                  <StatusBadge appointment={appointment} clock={clock} />
                </td>
                <td>
                  {appointment.status === AppointmentStatus.BOOKED && cancelling !== appointment.id ? (
                    <button
                      type="button"
                      className="button button-small"
                      // Its name starts with the words it shows (WCAG 2.5.3), then names the booking.
                      aria-label={`${text('console.appointments.cancel.open')} ${appointment.checkInCode}`}
                      onClick={() => setCancelling(appointment.id)}
                    >
                      {text('console.appointments.cancel.open')}
                    </button>
                  ) : null}
                </td>
              </tr>
              {cancelling === appointment.id ? (
                <tr className="cancel-row">
                  <td colSpan={6}>
                    <CancelForm
                      appointment={appointment}
                      onDone={(cancelled) => {
                        setCancelling(null);
                        if (cancelled) onChanged();
                      }}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** The status spelled out; colour only repeats it. A check-in says when. */
function StatusBadge({ appointment, clock }: { appointment: Appointment; clock: (iso: string) => string }) {
  const { text } = useLocale();
  const status = appointment.status as AppointmentStatus;
  return (
    <span className={`appointment-status appointment-status-${status.toLowerCase()}`} data-status={status}>
      {text(`console.appointments.status.${status}`)}
      {status === AppointmentStatus.CHECKED_IN && appointment.checkedInAt ? (
        <span className="checked-in-at">
          {' '}
          {text('console.appointments.checkedInAt', { time: clock(appointment.checkedInAt) })}
        </span>
      ) : null}
    </span>
  );
}

/** The reason is required: the cancel is kept on record with it. */
function CancelForm({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: (cancelled: boolean) => void;
}) {
  const { text } = useLocale();
  const [, cancel] = useMutation(cancelAppointmentAsStaffMutation);
  const { problem, pending, submit, refuse, clear } = useFormSubmit(['reason']);
  const [reason, setReason] = useState('');

  const send = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (reason.trim() === '') return refuse('reason', text('console.appointments.cancel.reasonRequired'));
    const ok = await submit(() => cancel({ appointmentId: appointment.id, reason: reason.trim() }));
    if (ok) onDone(true);
  };

  return (
    <form
      className="cancel-form"
      data-form="cancel-appointment"
      onSubmit={(event) => void send(event)}
      noValidate
    >
      <TextField
        formId={`cancel-${appointment.id}`}
        name="reason"
        label={text('console.appointments.cancel.reason')}
        value={reason}
        onChange={(value) => {
          clear();
          setReason(value);
        }}
        problem={problem}
        required
      />
      <FormProblemNotice problem={problem} />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={pending}>
          {text('console.appointments.cancel.submit')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {text('console.appointments.cancel.keep')}
        </button>
      </div>
    </form>
  );
}
