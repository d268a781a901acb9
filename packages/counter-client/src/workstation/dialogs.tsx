import { localizedName } from '@onestop/shared';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import type { TransferPlacement } from '../gql/graphql';
import { useLocale } from '../locale/locale';
import { ChoiceList, pickByDigit, useChoiceLabel } from './choices';
import { Modal } from './modal';
import { awaitsCheckIn, RemoteBadge } from './remote-badge';
import type { DeskTicket } from './use-counter-desk';
import type { ConfiguredChoice } from './workstation-config';

interface DialogBase {
  onCancel: () => void;
  pending: boolean;
  /** The server's refusal, in words, while the dialog stays open. */
  error: ReactNode;
}

function DialogButtons({
  confirm,
  pending,
  onCancel,
}: {
  confirm: string;
  pending: boolean;
  onCancel: () => void;
}) {
  const { text } = useLocale();
  return (
    <div className="desk-modal-buttons">
      {/* Not disabled while an operation runs: focus must land on it; a press meanwhile is ignored. */}
      <button type="submit" className="button button-primary" aria-busy={pending} data-autofocus>
        {confirm}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {text('workstation.dialog.cancel')}
      </button>
    </div>
  );
}

/** Props of {@link CompleteDialog}. */
export interface CompleteDialogProps extends DialogBase {
  ticketNumber: string;
  outcomes: readonly ConfiguredChoice[];
  onConfirm: (outcome: string) => void;
}

/** Complete: pick the outcome (digits), Enter confirms the first one by default. */
export function CompleteDialog({
  ticketNumber,
  outcomes,
  onConfirm,
  onCancel,
  pending,
  error,
}: CompleteDialogProps) {
  const { text } = useLocale();
  const labelOf = useChoiceLabel();
  const [selected, setSelected] = useState(0);
  function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = outcomes[selected];
    if (outcome) onConfirm(outcome.value);
  }
  return (
    <Modal
      title={text('workstation.complete.title', { number: ticketNumber })}
      onClose={onCancel}
      pending={pending}
      onKeyDown={(event) => pickByDigit(event, outcomes.length, setSelected)}
    >
      <form onSubmit={submit}>
        <ChoiceList
          legend={text('workstation.complete.outcome')}
          name="outcome"
          labels={outcomes.map((outcome) => labelOf('outcome', outcome))}
          selected={selected}
          onSelect={setSelected}
        />
        {error}
        <DialogButtons confirm={text('workstation.complete.confirm')} pending={pending} onCancel={onCancel} />
      </form>
    </Modal>
  );
}

/** Props of {@link PauseDialog}. */
export interface PauseDialogProps extends DialogBase {
  reasons: readonly ConfiguredChoice[];
  onConfirm: (reason: string) => void;
}

/** Pause: a reason from the list, or another in free text (also a note to a listed one). */
export function PauseDialog({ reasons, onConfirm, onCancel, pending, error }: PauseDialogProps) {
  const { text } = useLocale();
  const labelOf = useChoiceLabel();
  const [selected, setSelected] = useState(0);
  const [note, setNote] = useState('');
  const other = selected === reasons.length;
  const labels = [
    ...reasons.map((reason) => labelOf('pauseReason', reason)),
    text('workstation.pause.other'),
  ];
  function submit(event: FormEvent) {
    event.preventDefault();
    const listed = other ? '' : (reasons[selected]?.value ?? '');
    const reason = [listed, note.trim()].filter((part) => part !== '').join('：');
    if (reason !== '') onConfirm(reason);
  }
  return (
    <Modal
      title={text('workstation.pause.title')}
      onClose={onCancel}
      pending={pending}
      onKeyDown={(event) => pickByDigit(event, labels.length, setSelected)}
    >
      <form onSubmit={submit}>
        <ChoiceList
          legend={text('workstation.pause.reason')}
          name="pauseReason"
          labels={labels}
          selected={selected}
          onSelect={setSelected}
        />
        <label className="field">
          <span>{other ? text('workstation.pause.otherText') : text('workstation.pause.note')}</span>
          <input
            type="text"
            name="pauseNote"
            maxLength={150}
            required={other}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        {error}
        <DialogButtons confirm={text('workstation.pause.confirm')} pending={pending} onCancel={onCancel} />
      </form>
    </Modal>
  );
}

/** A service a ticket can be transferred to. */
export interface TransferTarget {
  id: string;
  name: string;
  nameEn?: string | null;
  prefix: string;
}

/** Props of {@link TransferDialog}. */
export interface TransferDialogProps extends DialogBase {
  ticketNumber: string;
  services: readonly TransferTarget[];
  onConfirm: (serviceId: string, placement: TransferPlacement) => void;
}

/** Transfer: the target service and where the ticket joins its queue. */
export function TransferDialog({
  ticketNumber,
  services,
  onConfirm,
  onCancel,
  pending,
  error,
}: TransferDialogProps) {
  const { locale, text } = useLocale();
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const [placement, setPlacement] = useState<TransferPlacement>('BY_ARRIVAL');
  const placements: TransferPlacement[] = ['BY_ARRIVAL', 'FRONT'];
  function submit(event: FormEvent) {
    event.preventDefault();
    if (serviceId) onConfirm(serviceId, placement);
  }
  return (
    <Modal
      title={text('workstation.transfer.title', { number: ticketNumber })}
      onClose={onCancel}
      pending={pending}
    >
      <form onSubmit={submit}>
        <label className="field">
          <span>{text('workstation.transfer.service')}</span>
          <select
            name="transferService"
            value={serviceId}
            onChange={(event) => setServiceId(event.target.value)}
          >
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.prefix} · {localizedName(service, locale)}
              </option>
            ))}
          </select>
        </label>
        <ChoiceList
          legend={text('workstation.transfer.placement')}
          name="placement"
          labels={placements.map((option) => text(`workstation.transfer.placement.${option}`))}
          selected={placements.indexOf(placement)}
          onSelect={(index) => setPlacement(placements[index] ?? 'BY_ARRIVAL')}
        />
        {services.length === 0 ? <p className="empty">{text('workstation.transfer.noServices')}</p> : null}
        {error}
        <DialogButtons confirm={text('workstation.transfer.confirm')} pending={pending} onCancel={onCancel} />
      </form>
    </Modal>
  );
}

/** Props of {@link CallTicketDialog}. */
export interface CallTicketDialogProps extends DialogBase {
  /** The hall's waiting tickets; null while they load. */
  waiting: readonly DeskTicket[] | null;
  /** A ticket chosen before the dialog opened (from the queue panel). */
  initialTicketId: string | null;
  onConfirm: (ticketId: string, reason: string) => void;
}

/** Call a given ticket: find it by number among the waiting, and say why it goes first. */
export function CallTicketDialog({
  waiting,
  initialTicketId,
  onConfirm,
  onCancel,
  pending,
  error,
}: CallTicketDialogProps) {
  const { locale, text } = useLocale();
  const initial = waiting?.find((ticket) => ticket.id === initialTicketId) ?? null;
  const [search, setSearch] = useState(initial?.number ?? '');
  const [chosenId, setChosenId] = useState<string | null>(initialTicketId);
  const [reason, setReason] = useState('');
  const wanted = search.trim().toUpperCase();
  const matches = (waiting ?? []).filter((ticket) => ticket.number.includes(wanted)).slice(0, 8);
  // A remote ticket not checked in is listed (the clerk may look for it) but cannot be called yet.
  const callable = matches.filter((ticket) => !awaitsCheckIn(ticket));
  // One match needs no further choice.
  const chosen =
    callable.find((ticket) => ticket.id === chosenId) ??
    (matches.length === 1 ? callable[0] : undefined) ??
    null;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen && reason.trim()) onConfirm(chosen.id, reason.trim());
  }
  return (
    <Modal title={text('workstation.callTicket.title')} onClose={onCancel} pending={pending}>
      <form onSubmit={submit}>
        <label className="field">
          <span>{text('workstation.callTicket.number')}</span>
          <input
            type="text"
            name="ticketNumber"
            autoComplete="off"
            data-autofocus={initial ? undefined : true}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        {waiting === null ? (
          <p className="loading">{text('common.loading')}</p>
        ) : matches.length === 0 ? (
          <p className="empty">{text('workstation.callTicket.noMatch')}</p>
        ) : (
          <fieldset className="desk-choice-list">
            <legend>{text('workstation.callTicket.matches')}</legend>
            {matches.map((ticket) => (
              <label
                key={ticket.id}
                className="desk-choice"
                title={awaitsCheckIn(ticket) ? text('workstation.remote.notCallable') : undefined}
              >
                <input
                  type="radio"
                  name="calledTicket"
                  checked={chosen?.id === ticket.id}
                  disabled={awaitsCheckIn(ticket)}
                  onChange={() => setChosenId(ticket.id)}
                />
                <span className="desk-number">{ticket.number}</span>
                <span>{localizedName(ticket.service, locale)}</span>
                <RemoteBadge ticket={ticket} />
              </label>
            ))}
            {callable.length < matches.length ? (
              <p className="help">{text('workstation.remote.notCallable')}</p>
            ) : null}
          </fieldset>
        )}
        <label className="field">
          <span>{text('workstation.callTicket.reason')}</span>
          <input
            type="text"
            name="callReason"
            required
            maxLength={200}
            data-autofocus={initial ? true : undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        {error}
        <div className="desk-modal-buttons">
          <button
            type="submit"
            className="button button-primary"
            disabled={!chosen || !reason.trim()}
            aria-busy={pending}
          >
            {chosen
              ? text('workstation.callTicket.confirmNumber', { number: chosen.number })
              : text('workstation.callTicket.confirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {text('workstation.dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Props of {@link LeaveDialog}. */
export interface LeaveDialogProps extends DialogBase {
  counterLabel: string;
  /** The counter is already paused: pausing is just leaving. */
  paused: boolean;
  /** The counter holds a ticket, so it cannot be closed yet. */
  holdsTicket: boolean;
  onPause: () => void;
  onClose: () => void;
}

/** Logging out with the counter open: pause it or close it first. */
export function LeaveDialog({
  counterLabel,
  paused,
  holdsTicket,
  onPause,
  onClose,
  onCancel,
  pending,
  error,
}: LeaveDialogProps) {
  const { text } = useLocale();
  return (
    <Modal
      title={text('workstation.leave.title', { label: counterLabel })}
      onClose={onCancel}
      pending={pending}
    >
      <p>{text('workstation.leave.question')}</p>
      {holdsTicket ? <p className="notice">{text('workstation.leave.holdsTicket')}</p> : null}
      {error}
      <div className="desk-modal-buttons">
        <button
          type="button"
          className="button button-primary"
          aria-busy={pending}
          onClick={onPause}
          data-autofocus
        >
          {paused ? text('workstation.leave.stayPaused') : text('workstation.leave.pause')}
        </button>
        <button type="button" className="button" disabled={pending || holdsTicket} onClick={onClose}>
          {text('workstation.leave.close')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {text('workstation.dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
