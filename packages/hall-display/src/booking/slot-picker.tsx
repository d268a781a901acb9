import { formatClockTime, formatLongDateIn, instantAtLocalTime } from '@onestop/shared';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Multilingual, MultilingualText } from '../components/multilingual';
import type { BookingSlotsQuery } from '../gql/graphql';
import { PhoneLoadError, PhoneLoading } from '../phone/page-states';
import { bookingDays } from './booking-rules';
import { bookingSlotsQuery } from './documents';

/** One bookable slot as the API lists it. */
export type BookingSlot = BookingSlotsQuery['slots'][number];

/** Props of {@link SlotPicker}. */
export interface SlotPickerProps {
  hallId: string;
  serviceId: string;
  timeZone: string;
  horizonDays: number;
  /** The chosen slot's start (ISO), or null. */
  chosenStart: string | null;
  onChoose: (slot: BookingSlot | null) => void;
  /** Changes when the slots must be read again (one was just taken); the choice is then cleared. */
  refreshCount: number;
  /** A slot that is not offered (the booking's own, when moving it). */
  leaveOut?: string;
}

/** A day of the hall's calendar at noon: the instant its date is written from, in any language. */
function noonOf(day: string, timeZone: string): Date {
  return instantAtLocalTime(day, 12 * 60, timeZone);
}

/** `09:00–09:30` on the hall's clock. */
export function slotTimes(slot: { start: string; end: string }, timeZone: string): string {
  return `${formatClockTime(new Date(slot.start), timeZone)}–${formatClockTime(new Date(slot.end), timeZone)}`;
}

/**
 * The day and the slot of a booking: the days from today to the service's horizon (a day without
 * a free seat is shown, but cannot be chosen), then the chosen day's slots with the seats left (a
 * full slot is shown, but cannot be chosen). Slots are read per day; the server offers only the
 * bookable ones (from now on, within the horizon and the lead time).
 */
export function SlotPicker(props: SlotPickerProps) {
  const { hallId, serviceId, timeZone, horizonDays, chosenStart, onChoose, refreshCount, leaveOut } = props;
  // Read once: a page left open past midnight keeps its days until the citizen reloads it.
  const [now] = useState(() => Date.now());
  const days = useMemo(() => bookingDays(now, timeZone, horizonDays), [now, timeZone, horizonDays]);
  const [chosenDay, setChosenDay] = useState<string | null>(null);

  return (
    <div className="booking-slot-picker">
      <section className="phone-card booking-step" aria-labelledby="booking-days-title">
        <h2 id="booking-days-title">
          <Multilingual messageKey="citizen.booking.chooseDay" />
        </h2>
        <div className="booking-days">
          {days.map((day) => (
            <DayOption
              key={day}
              variables={{ hallId, serviceId, date: day }}
              label={(lang) => formatLongDateIn(lang, noonOf(day, timeZone), timeZone)}
              chosen={day === chosenDay}
              leaveOut={leaveOut}
              onChoose={() => {
                setChosenDay(day);
                onChoose(null);
              }}
            />
          ))}
        </div>
      </section>
      {chosenDay ? (
        <DaySlots
          variables={{ hallId, serviceId, date: chosenDay }}
          timeZone={timeZone}
          chosenStart={chosenStart}
          onChoose={onChoose}
          refreshCount={refreshCount}
          leaveOut={leaveOut}
        />
      ) : null}
    </div>
  );
}

interface SlotVariables {
  hallId: string;
  serviceId: string;
  date: string;
}

/** The slots of a day that can be chosen: a seat left, and not the one left out. */
function freeSlots(slots: readonly BookingSlot[], leaveOut: string | undefined): BookingSlot[] {
  return slots.filter((slot) => slot.available > 0 && slot.start !== leaveOut);
}

interface DayOptionProps {
  variables: SlotVariables;
  label: (lang: string) => string;
  chosen: boolean;
  leaveOut: string | undefined;
  onChoose: () => void;
}

/** A day's button, disabled while its slots are unknown and when it has no free seat. */
function DayOption({ variables, label, chosen, leaveOut, onChoose }: DayOptionProps) {
  const [result] = useQuery({ query: bookingSlotsQuery, variables });
  const slots = result.data?.slots;
  const free = slots ? freeSlots(slots, leaveOut).length > 0 : false;
  return (
    <button
      type="button"
      className="booking-option booking-day"
      data-day={variables.date}
      aria-pressed={chosen}
      aria-busy={!slots}
      disabled={!free}
      onClick={onChoose}
    >
      <MultilingualText text={label} />
      {slots && !free ? (
        <Multilingual className="booking-option-note" messageKey="citizen.booking.dayUnavailable" />
      ) : null}
    </button>
  );
}

interface DaySlotsProps {
  variables: SlotVariables;
  timeZone: string;
  chosenStart: string | null;
  onChoose: (slot: BookingSlot | null) => void;
  refreshCount: number;
  leaveOut: string | undefined;
}

/** The chosen day's slots, read again from the server whenever `refreshCount` changes. */
function DaySlots({ variables, timeZone, chosenStart, onChoose, refreshCount, leaveOut }: DaySlotsProps) {
  const [result, reexecute] = useQuery({ query: bookingSlotsQuery, variables });
  useEffect(() => {
    if (refreshCount > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshCount, reexecute]);

  const slots = (result.data?.slots ?? []).filter((slot) => slot.start !== leaveOut);
  let content;
  if (result.error && !result.data) {
    content = (
      <PhoneLoadError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  } else if (!result.data) {
    content = <PhoneLoading />;
  } else if (freeSlots(slots, leaveOut).length === 0) {
    content = (
      <p className="phone-notice">
        <Multilingual messageKey="citizen.booking.noSlots" />
      </p>
    );
  } else {
    content = (
      <div className="booking-slots">
        {slots.map((slot) => (
          <button
            key={slot.start}
            type="button"
            className="booking-option booking-slot"
            data-slot-start={slot.start}
            aria-pressed={slot.start === chosenStart}
            disabled={slot.available === 0}
            onClick={() => onChoose(slot)}
          >
            <span className="booking-slot-times figures">{slotTimes(slot, timeZone)}</span>
            {slot.available === 0 ? (
              <Multilingual className="booking-option-note" messageKey="citizen.booking.slotFull" />
            ) : (
              <Multilingual
                className="booking-option-note"
                messageKey="citizen.booking.seatsLeft"
                values={{ count: slot.available }}
              />
            )}
          </button>
        ))}
      </div>
    );
  }
  return (
    <section className="phone-card booking-step" aria-labelledby="booking-slots-title">
      <h2 id="booking-slots-title">
        <Multilingual messageKey="citizen.booking.chooseSlot" />
      </h2>
      {content}
    </section>
  );
}
