import { type ReactNode, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import { CallTicketDialog, CompleteDialog, LeaveDialog, PauseDialog, TransferDialog } from './dialogs';
import { hallWaitingQuery } from './documents';
import type { CounterDesk, DeskCounter, DeskHall, DeskTicket } from './use-counter-desk';
import { logoutPauseReason, type WorkstationConfig } from './workstation-config';

/** The dialog open at the desk: what it asks for, and for leaving, who waits for the answer. */
export type DeskDialog =
  | { kind: 'complete' }
  | { kind: 'pause' }
  | { kind: 'transfer' }
  | { kind: 'callTicket'; ticketId: string | null }
  | { kind: 'leave'; answer: (leave: boolean) => void };

/** Props of {@link DeskDialogs}. */
export interface DeskDialogsProps {
  dialog: DeskDialog;
  desk: CounterDesk;
  hall: DeskHall;
  counter: DeskCounter;
  config: WorkstationConfig;
  /** The dialog has done its work or was cancelled: the desk closes it. */
  onClosed: () => void;
}

/**
 * The open dialog, wired to the desk: its confirm runs the operation and the dialog stays open,
 * with the server's refusal in it, until the operation went through.
 */
export function DeskDialogs({ dialog, desk, hall, counter, config, onClosed }: DeskDialogsProps) {
  const { pending } = desk;
  const currentTicket = counter.currentTicket ?? null;
  const dialogError = desk.failure ? <ErrorNotice error={desk.failure.error} /> : null;
  const closeDialog = () => {
    desk.dismiss();
    onClosed();
  };
  const untilDone = (operation: Promise<boolean>) => {
    void operation.then((done) => {
      if (done) onClosed();
    });
  };

  switch (dialog.kind) {
    case 'complete':
      return currentTicket ? (
        <CompleteDialog
          ticketNumber={currentTicket.number}
          outcomes={config.outcomes}
          pending={pending !== null}
          error={dialogError}
          onCancel={closeDialog}
          onConfirm={(outcome) => untilDone(desk.complete(outcome))}
        />
      ) : null;
    case 'pause':
      return (
        <PauseDialog
          reasons={config.pauseReasons}
          pending={pending !== null}
          error={dialogError}
          onCancel={closeDialog}
          onConfirm={(reason) => untilDone(desk.pauseCounter(reason))}
        />
      );
    case 'transfer':
      return currentTicket ? (
        <TransferDialog
          ticketNumber={currentTicket.number}
          services={hall.services.filter(
            (service) => service.active && service.id !== currentTicket.service.id,
          )}
          pending={pending !== null}
          error={dialogError}
          onCancel={closeDialog}
          onConfirm={(serviceId, placement) => untilDone(desk.transfer(serviceId, placement))}
        />
      ) : null;
    case 'callTicket':
      return (
        <CallTicketLoader
          hallId={hall.id}
          initialTicketId={dialog.ticketId}
          desk={desk}
          error={dialogError}
          onCancel={closeDialog}
          onDone={onClosed}
        />
      );
    case 'leave':
      return (
        <LeaveDialog
          counterLabel={counter.label}
          paused={counter.status === 'PAUSED'}
          holdsTicket={currentTicket !== null}
          pending={pending !== null}
          error={dialogError}
          onCancel={() => {
            dialog.answer(false);
            closeDialog();
          }}
          onPause={() => {
            const leave = () => {
              dialog.answer(true);
              onClosed();
            };
            if (counter.status === 'PAUSED') leave();
            else void desk.pauseCounter(logoutPauseReason).then((done) => done && leave());
          }}
          onClose={() => {
            void desk.closeCounter().then((done) => {
              if (!done) return;
              dialog.answer(true);
              onClosed();
            });
          }}
        />
      );
  }
}

/** Loads the hall's waiting tickets for the call-a-ticket dialog. */
function CallTicketLoader({
  hallId,
  initialTicketId,
  desk,
  error,
  onCancel,
  onDone,
}: {
  hallId: string;
  initialTicketId: string | null;
  desk: CounterDesk;
  error: ReactNode;
  onCancel: () => void;
  onDone: () => void;
}) {
  const client = useClient();
  const [waiting, setWaiting] = useState<DeskTicket[] | null>(null);
  useEffect(() => {
    let current = true;
    void client
      .query(hallWaitingQuery, { hallId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (current) setWaiting(result.data?.queue ?? []);
      });
    return () => {
      current = false;
    };
  }, [client, hallId]);
  // The dialog keeps its own state from its first render, so it waits for the list.
  if (waiting === null) return null;
  return (
    <CallTicketDialog
      waiting={waiting}
      initialTicketId={initialTicketId}
      pending={desk.pending !== null}
      error={error}
      onCancel={onCancel}
      onConfirm={(ticketId, reason) =>
        void desk.callTicket(ticketId, reason).then((done) => {
          if (done) onDone();
        })
      }
    />
  );
}
