import { type ReactNode, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Multilingual } from '../components/multilingual';
import { CitizenPage } from '../phone/citizen-page';
import { PhoneLoading, PhonePageWaiting } from '../phone/page-states';
import { ConfirmControl } from '../phone/confirm-control';
import { useFocusOnMount } from '../phone/focus-on-mount';
import { AppointmentFacts, type BookedAppointment, CheckInCode } from './appointment-facts';
import { bookingRefusalOf, slotWasLost } from './booking-rules';
import { BookingRefusalText } from './booking-refusal-text';
import {
  bookingHallQuery,
  cancelAppointmentMutation,
  myAppointmentQuery,
  rescheduleAppointmentMutation,
} from './documents';
import { ManageLinkQr } from './manage-link-qr';
import { type BookingSlot, SlotPicker } from './slot-picker';
import './booking.css';

/**
 * `/b/:manageCode`: a citizen's booking, opened by its manage code, the only key: what, when and
 * where, its status and check-in code, the phone number masked, and a QR code of this page for the
 * kiosk's scanner. Until its slot starts it can be moved to another slot or cancelled.
 */
export function ManageBookingScreen({ manageCode }: { manageCode: string }) {
  const [result, reexecute] = useQuery({
    query: myAppointmentQuery,
    variables: { manageCode },
    requestPolicy: 'network-only',
  });
  // A move or a cancellation answers with the booking as it is now.
  const [changed, setChanged] = useState<BookedAppointment | null>(null);
  const appointment = changed ?? result.data?.myAppointment ?? null;

  const content: ReactNode = appointment ? (
    <BookingView manageCode={manageCode} appointment={appointment} onChanged={setChanged} />
  ) : (
    <PhonePageWaiting
      missing={result.data !== undefined}
      missingTitleKey="citizen.booking.notFound"
      missingHintKey="citizen.booking.notFoundHint"
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    />
  );
  return (
    <CitizenPage
      titleKey="citizen.booking.manageTitle"
      tabPrefix={appointment?.checkInCode}
      hall={appointment?.hall ?? null}
    >
      {content}
    </CitizenPage>
  );
}

interface BookingViewProps {
  manageCode: string;
  appointment: BookedAppointment;
  onChanged: (appointment: BookedAppointment) => void;
}

function BookingView({ manageCode, appointment, onChanged }: BookingViewProps) {
  const [moved, setMoved] = useState(false);
  // Cancelled from this page: the focus goes from the vanished buttons to what they did.
  const [cancelledHere, setCancelledHere] = useState(false);
  // The phone's clock when the page opened: a page left open past the start offers a change the
  // server then refuses (INVALID_TRANSITION, explained), which a reload turns into the plain view.
  const [openedAt] = useState(() => Date.now());
  const upcoming = appointment.status === 'BOOKED' && Date.parse(appointment.slotStart) > openedAt;
  return (
    <>
      <section className="phone-card booking-confirmation" aria-labelledby="booking-check-in-code">
        <CheckInCode code={appointment.checkInCode} />
        <p className="phone-status">
          <Multilingual className="phone-status-label" messageKey="citizen.booking.status" />{' '}
          <Multilingual
            as="strong"
            className="booking-status"
            messageKey={`citizen.booking.status.${appointment.status}`}
          />
        </p>
        <AppointmentFacts appointment={appointment} />
        <p className="booking-phone">
          <Multilingual className="phone-status-label" messageKey="citizen.booking.phone" />{' '}
          <span className="figures">{appointment.phoneMasked}</span>
          {appointment.name ? <span className="booking-name"> · {appointment.name}</span> : null}
        </p>
      </section>
      {moved && appointment.status === 'BOOKED' ? <MovedNotice key={appointment.slotStart} /> : null}
      {appointment.status === 'CANCELLED' ? <CancelledNotice focus={cancelledHere} /> : null}
      {appointment.status === 'BOOKED' ? (
        <ManageLinkQr manageCode={manageCode} captionKey="citizen.booking.showAtKiosk" showLink={false} />
      ) : null}
      {upcoming ? (
        <div className="booking-actions">
          <MoveControl
            manageCode={manageCode}
            appointment={appointment}
            onMoved={(next) => {
              setMoved(true);
              onChanged(next);
            }}
          />
          <CancelBookingControl
            manageCode={manageCode}
            onCancelled={(cancelled) => {
              setCancelledHere(true);
              onChanged(cancelled);
            }}
          />
        </div>
      ) : appointment.status === 'BOOKED' ? (
        <p className="phone-notice">
          <Multilingual messageKey="citizen.booking.started" />
        </p>
      ) : null}
    </>
  );
}

/** "Moved", in place of the move's buttons, which had the focus. */
function MovedNotice() {
  const notice = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={notice} className="phone-notice phone-notice-good" role="status" tabIndex={-1}>
      <Multilingual messageKey="citizen.booking.moved" />
    </p>
  );
}

/** "This booking is cancelled"; takes the focus when the citizen cancelled it just now. */
function CancelledNotice({ focus }: { focus: boolean }) {
  const notice = useFocusOnMount<HTMLParagraphElement>(focus);
  return (
    <p ref={notice} className="phone-notice" tabIndex={-1}>
      <Multilingual messageKey="citizen.booking.cancelled" />
    </p>
  );
}

interface MoveControlProps {
  manageCode: string;
  appointment: BookedAppointment;
  onMoved: (appointment: BookedAppointment) => void;
}

/** "Move to another time": the booking page's slot picker, then one step that moves or changes nothing. */
function MoveControl({ manageCode, appointment, onMoved }: MoveControlProps) {
  const [open, setOpen] = useState(false);
  const [slot, setSlot] = useState<BookingSlot | null>(null);
  const [refreshCount, setRefreshCount] = useState(0);
  const [result, reschedule] = useMutation(rescheduleAppointmentMutation);
  // The service's horizon comes with the hall's booking page; only asked for when moving.
  const [hallResult] = useQuery({
    query: bookingHallQuery,
    variables: { code: appointment.hall.code },
    pause: !open,
  });
  const service = hallResult.data?.bookingHall?.services.find(
    (candidate) => candidate.id === appointment.service.id,
  );
  const refusal = result.error ? bookingRefusalOf(result.error) : null;

  async function move(): Promise<void> {
    if (!slot) return;
    const answer = await reschedule({ manageCode, slotStart: slot.start });
    if (answer.data) {
      setOpen(false);
      setSlot(null);
      onMoved(answer.data.rescheduleAppointment);
    } else if (answer.error) {
      if (slotWasLost(bookingRefusalOf(answer.error))) {
        setSlot(null);
        setRefreshCount((count) => count + 1);
      }
    }
  }

  if (!open) {
    return (
      <button type="button" className="phone-button" onClick={() => setOpen(true)}>
        <Multilingual messageKey="citizen.booking.move" />
      </button>
    );
  }
  return (
    <div className="booking-move">
      {service ? (
        <SlotPicker
          hallId={appointment.hall.id}
          serviceId={service.id}
          timeZone={appointment.hall.timezone}
          horizonDays={service.horizonDays}
          chosenStart={slot?.start ?? null}
          onChoose={setSlot}
          refreshCount={refreshCount}
          leaveOut={appointment.slotStart}
        />
      ) : hallResult.data ? (
        <p className="phone-notice">
          <Multilingual messageKey="citizen.booking.noSlots" />
        </p>
      ) : (
        <PhoneLoading />
      )}
      {refusal ? (
        <p className="phone-notice phone-notice-error" role="alert">
          <BookingRefusalText refusal={refusal} />
        </p>
      ) : null}
      <div className="phone-actions">
        <button
          type="button"
          className="phone-button"
          disabled={!slot || result.fetching}
          onClick={() => void move()}
        >
          <Multilingual messageKey="citizen.booking.moveTo" />
        </button>
        <button type="button" className="phone-button" onClick={() => setOpen(false)}>
          <Multilingual messageKey="citizen.booking.moveBack" />
        </button>
      </div>
    </div>
  );
}

interface CancelBookingControlProps {
  manageCode: string;
  onCancelled: (appointment: BookedAppointment) => void;
}

/** "Cancel booking", asked twice: a slip of the thumb must not give the seat away. */
function CancelBookingControl({ manageCode, onCancelled }: CancelBookingControlProps) {
  const [result, cancel] = useMutation(cancelAppointmentMutation);
  return (
    <ConfirmControl
      startKey="citizen.booking.cancel"
      questionKey="citizen.booking.cancelConfirm"
      yesKey="citizen.booking.cancelYes"
      noKey="citizen.booking.cancelNo"
      error={result.error}
      busy={result.fetching}
      onConfirm={async () => {
        const answer = await cancel({ manageCode });
        if (answer.data) onCancelled(answer.data.cancelAppointment);
        return Boolean(answer.data);
      }}
    />
  );
}
