import { isDay, localizedName, serviceDayOf } from '@onestop/shared';
import { useState } from 'react';
import { useQuery } from 'urql';
import { QueryResult } from '../../components/query-result';
import { useLocale } from '../../locale/locale';
import type { ConsoleHall } from '../console-frame';
import { appointmentsOfDayQuery, appointmentServicesQuery } from './appointment-documents';
import { AppointmentCountCards, AppointmentList } from './appointment-list';
import { StaffBookingForm } from './staff-booking-form';

/**
 * `/manager?tab=appointments`: a day's appointments of the hall by slot, with their counts, a
 * cancel with a reason for each one still booked, and booking for a caller on the phone (电话预约).
 */
export function AppointmentsView({ hall }: { hall: ConsoleHall }) {
  const { locale, text } = useLocale();
  const [date, setDate] = useState(() => serviceDayOf(new Date(), hall.timezone));
  const [serviceId, setServiceId] = useState('');
  const [booking, setBooking] = useState(false);
  const servicesQuery = useQuery({ query: appointmentServicesQuery, variables: { hallId: hall.id } });
  const dayQuery = useQuery({
    query: appointmentsOfDayQuery,
    variables: { hallId: hall.id, date, serviceId: serviceId === '' ? null : serviceId },
    pause: !isDay(date),
    requestPolicy: 'cache-and-network',
  });
  // The client keeps no cache a mutation could invalidate: a booking or a cancel reloads the day.
  const reloadDay = () => dayQuery[1]({ requestPolicy: 'network-only' });
  const services = servicesQuery[0].data?.hall?.services ?? [];

  return (
    <div className="appointments">
      <form className="filter-row appointments-filters" onSubmit={(event) => event.preventDefault()}>
        <label className="field-inline">
          <span>{text('console.appointments.day.date')}</span>
          <input
            type="date"
            name="date"
            value={date}
            required
            onChange={(event) => setDate(event.target.value)}
          />
        </label>
        <label className="field-inline">
          <span>{text('console.appointments.day.service')}</span>
          <select name="serviceId" value={serviceId} onChange={(event) => setServiceId(event.target.value)}>
            <option value="">{text('console.appointments.day.allServices')}</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.prefix} {localizedName(service, locale)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          aria-expanded={booking}
          onClick={() => setBooking(!booking)}
        >
          {text('console.appointments.book.open')}
        </button>
      </form>
      {booking ? (
        <QueryResult query={servicesQuery}>
          {(data) => (
            <StaffBookingForm
              hall={hall}
              services={(data.hall?.services ?? []).filter(
                (service) => service.active && service.appointmentSettings.enabled,
              )}
              onBooked={reloadDay}
              onClose={() => setBooking(false)}
            />
          )}
        </QueryResult>
      ) : null}
      {isDay(date) ? (
        <QueryResult query={dayQuery}>
          {({ appointments }) => (
            <>
              <AppointmentCountCards appointments={appointments} />
              <AppointmentList hall={hall} appointments={appointments} onChanged={reloadDay} />
            </>
          )}
        </QueryResult>
      ) : null}
    </div>
  );
}
