import { counterStatusLabel, type UiMessageKey } from '@onestop/shared';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { useLocale } from '../locale/locale';
import { useSession } from '../session/session-context';
import { CurrentTicket } from './current-ticket';
import { CallTicketDialog, CompleteDialog, LeaveDialog, PauseDialog, TransferDialog } from './dialogs';
import { hallWaitingQuery } from './documents';
import { localName } from './names';
import { type BarAction, OperationBar } from './operation-bar';
import { OwnFigures } from './own-figures';
import { QueuePanel, type ServedService } from './queue-panel';
import {
  type CounterDesk as Desk,
  type DeskNotice,
  type DeskTicket,
  useCounterDesk,
} from './use-counter-desk';
import { useServerNow } from '../hall/use-server-now';
import { logoutPauseReason, operationForKey, readWorkstationConfig } from './workstation-config';
import './workstation.css';

type DialogState =
  | { kind: 'complete' }
  | { kind: 'pause' }
  | { kind: 'transfer' }
  | { kind: 'callTicket'; ticketId: string | null }
  | { kind: 'leave'; answer: (leave: boolean) => void };

/** Props of {@link CounterDesk}. */
export interface CounterDeskProps {
  hallId: string;
  counterId: string;
  onChangeCounter: () => void;
}

/** The workstation at one counter: the ticket, its operations, the live queue, the clerk's day. */
export function CounterDesk({ hallId, counterId, onChangeCounter }: CounterDeskProps) {
  const { locale, text } = useLocale();
  const { staff, setLogoutGuard } = useSession();
  const config = useMemo(() => readWorkstationConfig(), []);
  const desk = useCounterDesk(hallId, counterId);
  const now = useServerNow(desk.serverClock);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const { hall, counter, legal, pending } = desk;
  const counterStatus = counter?.status ?? null;
  const currentTicket = counter?.currentTicket ?? null;

  const openDialog = useCallback(
    (next: DialogState) => {
      desk.dismiss();
      setDialog(next);
    },
    [desk],
  );

  // Keys: read the latest state at the moment of the press.
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    keyHandler.current = (event) => {
      const operation = operationForKey(config.keys, event.key);
      if (!operation) return;
      // F1 (help) and F3 (find) must not do the browser's thing at a counter.
      event.preventDefault();
      // A held key repeats: one press, one operation. Dialogs take their own keys.
      if (event.repeat || dialog !== null) return;
      // The operations themselves ignore a press while another is in flight (the double-press
      // guard); F4 and F9 only open a dialog, whose confirm button waits for it.
      switch (operation) {
        case 'callNext':
          void desk.callNext();
          break;
        case 'recall':
          void desk.recall();
          break;
        case 'start':
          void desk.start();
          break;
        case 'noShow':
          void desk.noShow();
          break;
        case 'complete':
          if (legal.has('complete')) openDialog({ kind: 'complete' });
          break;
        case 'pauseOrResume':
          if (legal.has('pauseCounter')) openDialog({ kind: 'pause' });
          else if (legal.has('resumeCounter')) void desk.resumeCounter();
          break;
      }
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Logout asks to pause or close an open counter first.
  const statusForLogout = useRef(counterStatus);
  useEffect(() => {
    statusForLogout.current = counterStatus;
  });
  useEffect(
    () =>
      setLogoutGuard?.(() => {
        const status = statusForLogout.current;
        if (status === null || status === 'CLOSED') return Promise.resolve(true);
        return new Promise<boolean>((resolve) => setDialog({ kind: 'leave', answer: resolve }));
      }),
    [setLogoutGuard],
  );

  // Closing the tab with the counter open: the browser allows only its own generic question.
  useEffect(() => {
    if (counterStatus === null || counterStatus === 'CLOSED') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [counterStatus]);

  if (desk.loading) return <Loading />;
  if (!hall || !counter) {
    return (
      <section className="desk">
        {desk.snapshotError ? (
          <ErrorNotice error={desk.snapshotError} />
        ) : (
          <p className="notice notice-error" role="alert">
            {text('workstation.counterGone')}
          </p>
        )}
        <button type="button" className="button" onClick={onChangeCounter}>
          {text('workstation.changeCounter')}
        </button>
      </section>
    );
  }

  const servedServices: ServedService[] = [...counter.services]
    .sort((first, second) => first.rank - second.rank)
    .flatMap(({ rank, service }) => {
      const found = hall.services.find((candidate) => candidate.id === service.id);
      return found ? [{ ...found, rank }] : [];
    });
  const dialogError = desk.failure ? <ErrorNotice error={desk.failure.error} /> : null;
  const closeDialog = () => {
    desk.dismiss();
    setDialog(null);
  };
  const untilDone = (operation: Promise<boolean>) => {
    void operation.then((done) => {
      if (done) setDialog(null);
    });
  };

  const actions: BarAction[] = [
    {
      operation: 'callNext',
      label: 'workstation.op.callNext',
      keyed: 'callNext',
      primary: true,
      onPress: () => void desk.callNext(),
    },
    {
      operation: 'recall',
      label: 'workstation.op.recall',
      keyed: 'recall',
      onPress: () => void desk.recall(),
    },
    { operation: 'start', label: 'workstation.op.start', keyed: 'start', onPress: () => void desk.start() },
    {
      operation: 'complete',
      label: 'workstation.op.complete',
      keyed: 'complete',
      primary: true,
      onPress: () => openDialog({ kind: 'complete' }),
    },
    {
      operation: 'noShow',
      label: 'workstation.op.noShow',
      keyed: 'noShow',
      onPress: () => void desk.noShow(),
    },
    {
      operation: 'transfer',
      label: 'workstation.op.transfer',
      onPress: () => openDialog({ kind: 'transfer' }),
    },
    { operation: 'park', label: 'workstation.op.park', onPress: () => void desk.park() },
    {
      operation: 'callTicket',
      label: 'workstation.op.callTicket',
      onPress: () => openDialog({ kind: 'callTicket', ticketId: null }),
    },
  ];

  return (
    <section className="desk">
      <header className="desk-bar">
        <h1>
          {text('counter.label', { label: counter.label })}
          <span className="desk-hall">{localName(hall, locale)}</span>
        </h1>
        <p
          className={`status desk-status status-${counter.status.toLowerCase()}`}
          data-counter-status={counter.status}
        >
          {counterStatusLabel(counter.status, locale)}
          {counter.pauseReason ? <span className="desk-pause-reason"> · {counter.pauseReason}</span> : null}
        </p>
        {counter.staff && counter.staff.id !== staff.id ? (
          <p className="held-by">{text('workstation.heldBy', { name: counter.staff.displayName })}</p>
        ) : null}
        <div className="counter-actions" role="group" aria-label={text('workstation.counterActions')}>
          {counter.status === 'CLOSED' ? (
            <button
              type="button"
              className="button button-primary"
              data-operation="openCounter"
              // A closed counter has one thing to do: Enter opens it.
              autoFocus
              disabled={!legal.has('openCounter') || pending !== null}
              onClick={() => void desk.openCounter()}
            >
              {text('workstation.op.openCounter')}
            </button>
          ) : null}
          {counter.status === 'OPEN' ? (
            <button
              type="button"
              className="button"
              data-operation="pauseCounter"
              aria-keyshortcuts={config.keys.pauseOrResume}
              disabled={!legal.has('pauseCounter') || pending !== null}
              onClick={() => openDialog({ kind: 'pause' })}
            >
              {text('workstation.op.pauseCounter')} <kbd>{config.keys.pauseOrResume}</kbd>
            </button>
          ) : null}
          {counter.status === 'PAUSED' ? (
            <button
              type="button"
              className="button button-primary"
              data-operation="resumeCounter"
              aria-keyshortcuts={config.keys.pauseOrResume}
              disabled={!legal.has('resumeCounter') || pending !== null}
              onClick={() => void desk.resumeCounter()}
            >
              {text('workstation.op.resumeCounter')} <kbd>{config.keys.pauseOrResume}</kbd>
            </button>
          ) : null}
          {counter.status !== 'CLOSED' ? (
            <button
              type="button"
              className="button"
              data-operation="closeCounter"
              disabled={!legal.has('closeCounter') || pending !== null}
              onClick={() => void desk.closeCounter()}
            >
              {text('workstation.op.closeCounter')}
            </button>
          ) : (
            <button type="button" className="button button-quiet" onClick={onChangeCounter}>
              {text('workstation.changeCounter')}
            </button>
          )}
        </div>
      </header>
      {desk.feedError ? <ErrorNotice error={desk.feedError} /> : null}
      {desk.snapshotError ? <ErrorNotice error={desk.snapshotError} /> : null}
      {dialog === null && desk.failure ? <ErrorNotice error={desk.failure.error} /> : null}
      {desk.notice ? <NoticeLine notice={desk.notice} services={hall.services} /> : null}
      <div className="desk-grid">
        <div className="desk-main">
          {counter.status === 'CLOSED' ? (
            <p className="notice desk-closed">{text('workstation.closedHint')}</p>
          ) : null}
          <CurrentTicket ticket={currentTicket} maxRecalls={hall.maxRecalls} now={now} />
          <OperationBar
            actions={actions}
            legal={legal}
            pending={pending}
            keys={config.keys}
            label={text('workstation.ticketActions')}
          />
          {desk.lastNoShow ? (
            <p className="requeue-line">
              <button
                type="button"
                className="button desk-button-small"
                data-operation="requeue"
                disabled={!legal.has('requeue') || pending !== null}
                onClick={() => void desk.requeue()}
              >
                {text('workstation.op.requeue', { number: desk.lastNoShow.number })}
              </button>
            </p>
          ) : null}
          <OwnFigures
            hallId={hall.id}
            staffId={staff.id}
            timeZone={hall.timezone}
            now={now}
            version={desk.figuresVersion}
          />
        </div>
        <aside className="desk-side">
          <QueuePanel
            nextTickets={desk.nextTickets}
            services={servedServices}
            parked={desk.parked}
            now={now}
            legal={legal}
            pending={pending}
            onCallTicket={(ticketId) => openDialog({ kind: 'callTicket', ticketId })}
            onResumeParked={(ticketId) => void desk.resumeParked(ticketId)}
          />
        </aside>
      </div>
      {dialog?.kind === 'complete' && currentTicket ? (
        <CompleteDialog
          ticketNumber={currentTicket.number}
          outcomes={config.outcomes}
          pending={pending !== null}
          error={dialogError}
          onCancel={closeDialog}
          onConfirm={(outcome) => untilDone(desk.complete(outcome))}
        />
      ) : null}
      {dialog?.kind === 'pause' ? (
        <PauseDialog
          reasons={config.pauseReasons}
          pending={pending !== null}
          error={dialogError}
          onCancel={closeDialog}
          onConfirm={(reason) => untilDone(desk.pauseCounter(reason))}
        />
      ) : null}
      {dialog?.kind === 'transfer' && currentTicket ? (
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
      ) : null}
      {dialog?.kind === 'callTicket' ? (
        <CallTicketLoader
          hallId={hall.id}
          initialTicketId={dialog.ticketId}
          desk={desk}
          error={dialogError}
          onCancel={closeDialog}
          onDone={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'leave' ? (
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
              setDialog(null);
            };
            if (counter.status === 'PAUSED') leave();
            else void desk.pauseCounter(logoutPauseReason).then((done) => done && leave());
          }}
          onClose={() => {
            void desk.closeCounter().then((done) => {
              if (!done) return;
              dialog.answer(true);
              setDialog(null);
            });
          }}
        />
      ) : null}
    </section>
  );
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
  desk: Desk;
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

const noticeKeys: Record<DeskNotice['kind'], UiMessageKey> = {
  nobodyWaiting: 'workstation.notice.nobodyWaiting',
  recalledToNoShow: 'workstation.notice.recalledToNoShow',
  continues: 'workstation.notice.continues',
  transferred: 'workstation.notice.transferred',
  requeued: 'workstation.notice.requeued',
};

/** What an operation that went through wants the clerk to know. */
function NoticeLine({
  notice,
  services,
}: {
  notice: DeskNotice;
  services: readonly { id: string; name: string; nameEn?: string | null }[];
}) {
  const { locale, text } = useLocale();
  const number = 'number' in notice ? notice.number : '';
  const service =
    'serviceId' in notice ? services.find((candidate) => candidate.id === notice.serviceId) : undefined;
  return (
    <p className="notice desk-notice" role="status">
      {text(noticeKeys[notice.kind], { number, service: service ? localName(service, locale) : '' })}
    </p>
  );
}
