import { formatLongDateIn } from '@onestop/shared';
import { LocalizedName, Multilingual, MultilingualText } from '../components/multilingual';
import type { BookingAppointmentFieldsFragment } from '../gql/graphql';
import { slotTimes } from './slot-picker';

/** A booking as the booking pages show it. */
export type BookedAppointment = BookingAppointmentFieldsFragment;

/** The check-in code, large: the citizen types it at the kiosk. Codes are not translated. */
export function CheckInCode({ code }: { code: string }) {
  return (
    <div className="booking-code-row">
      <p className="phone-caption">
        <Multilingual messageKey="citizen.booking.checkInCode" />
      </p>
      <p id="booking-check-in-code" className="booking-code figures">
        {code}
      </p>
    </div>
  );
}

/** When (the date and the slot's times on the hall's clock), which service, which hall. */
export function AppointmentFacts({ appointment }: { appointment: BookedAppointment }) {
  const timeZone = appointment.hall.timezone;
  return (
    <dl className="booking-facts">
      <Multilingual as="dt" messageKey="citizen.booking.when" />
      <dd>
        <MultilingualText
          text={(lang) => formatLongDateIn(lang, new Date(appointment.slotStart), timeZone)}
        />
        <span className="booking-fact-times figures">
          {slotTimes({ start: appointment.slotStart, end: appointment.slotEnd }, timeZone)}
        </span>
      </dd>
      <Multilingual as="dt" messageKey="citizen.booking.service" />
      <dd>
        <LocalizedName names={appointment.service.names} />
      </dd>
      <Multilingual as="dt" messageKey="citizen.booking.hall" />
      <dd>
        <LocalizedName names={appointment.hall.names} />
      </dd>
    </dl>
  );
}
