import { AppointmentStatus, serviceDayOf } from '@onestop/shared';
import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice';
import { useLocale } from '../../locale/locale';
import { appointmentStatusesQuery } from '../appointments/appointment-documents';
import { AppointmentCountCards } from '../appointments/appointment-list';

/** A minute: a booking is no hall event, so the counts are also read again on this beat. */
export const appointmentCountsRefreshMilliseconds = 60_000;

const liveStatuses = [AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN, AppointmentStatus.MISSED];

/**
 * Today's appointments of the hall on the live view: booked, checked in, missed. Read again after
 * each push of the hall's status (a check-in issues a ticket, which is a hall event) and every minute.
 */
export function LiveAppointmentCounts({
  hallId,
  timeZone,
  now,
  seq,
}: {
  hallId: string;
  timeZone: string;
  /** The server's time now: "today" is the hall's day by it. */
  now: number;
  /** The hall's event sequence of the latest push. */
  seq: number;
}) {
  const { text } = useLocale();
  const [result, reexecute] = useQuery({
    query: appointmentStatusesQuery,
    variables: { hallId, date: serviceDayOf(now, timeZone) },
    requestPolicy: 'cache-and-network',
  });
  const firstSeq = useRef(seq);
  useEffect(() => {
    // The first push is the status the query was just sent with.
    if (seq !== firstSeq.current) reexecute({ requestPolicy: 'network-only' });
  }, [seq, reexecute]);
  useEffect(() => {
    const timer = setInterval(
      () => reexecute({ requestPolicy: 'network-only' }),
      appointmentCountsRefreshMilliseconds,
    );
    return () => clearInterval(timer);
  }, [reexecute]);
  return (
    <section className="panel live-appointments" aria-labelledby="live-appointments">
      <h2 id="live-appointments">{text('console.live.appointments')}</h2>
      {result.error ? (
        <ErrorNotice error={result.error} />
      ) : result.data ? (
        <AppointmentCountCards appointments={result.data.appointments} statuses={liveStatuses} />
      ) : (
        <p className="help">{text('common.loading')}</p>
      )}
    </section>
  );
}
