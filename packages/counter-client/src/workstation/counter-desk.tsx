import { localizedName, type UiMessageKey } from '@onestop/shared';
import { useMemo, useRef, useState } from 'react';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { useServerNow } from '../hall/use-server-now';
import { useLocale } from '../locale/locale';
import { useSession } from '../session/session-context';
import { CurrentTicket } from './current-ticket';
import { deskActions, type DeskOperation, ticketBarOperations } from './desk-actions';
import { type DeskDialog, DeskDialogs } from './desk-dialogs';
import { useDeskFocus } from './desk-focus';
import { DeskStatusBar } from './desk-status-bar';
import { OperationBar } from './operation-bar';
import { OwnFigures } from './own-figures';
import { QueuePanel, type ServedService } from './queue-panel';
import { type DeskNotice, useCounterDesk } from './use-counter-desk';
import { useDeskKeys } from './use-desk-keys';
import { useLeaveGuard } from './use-leave-guard';
import { readWorkstationConfig } from './workstation-config';
import './workstation.css';

/** Props of {@link CounterDesk}. */
export interface CounterDeskProps {
  hallId: string;
  counterId: string;
  onChangeCounter: () => void;
}

/** The workstation at one counter: the ticket, its operations, the live queue, the clerk's day. */
export function CounterDesk({ hallId, counterId, onChangeCounter }: CounterDeskProps) {
  const { text } = useLocale();
  const { staff } = useSession();
  const config = useMemo(() => readWorkstationConfig(), []);
  const desk = useCounterDesk(hallId, counterId);
  const now = useServerNow(desk.serverClock);
  const [dialog, setDialog] = useState<DeskDialog | null>(null);
  const deskElement = useRef<HTMLElement>(null);
  const { hall, counter, legal, pending } = desk;
  const currentTicket = counter?.currentTicket ?? null;

  const openDialog = (next: DeskDialog) => {
    desk.dismiss();
    setDialog(next);
  };
  // A button and its key do the same: run the operation now, or open the dialog that asks for the rest.
  const press = (operation: DeskOperation) => {
    const action = deskActions[operation].press;
    if ('run' in action) void action.run(desk);
    else openDialog(action.dialog);
  };

  useDeskKeys({ keys: config.keys, legal, dialogOpen: dialog !== null, onPress: press });
  useDeskFocus(deskElement, desk.settled, dialog !== null);
  useLeaveGuard(
    counter?.status ?? null,
    () => new Promise<boolean>((resolve) => setDialog({ kind: 'leave', answer: resolve })),
  );

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

  return (
    <section className="desk" ref={deskElement}>
      <DeskStatusBar
        hall={hall}
        counter={counter}
        staffId={staff.id}
        legal={legal}
        pending={pending}
        keys={config.keys}
        onPress={press}
        onChangeCounter={onChangeCounter}
      />
      {desk.feedError ? <ErrorNotice error={desk.feedError} /> : null}
      {desk.snapshotError ? <ErrorNotice error={desk.snapshotError} /> : null}
      {dialog === null && desk.failure ? <ErrorNotice error={desk.failure.error} /> : null}
      {desk.notice ? <NoticeLine notice={desk.notice} services={hall.services} /> : null}
      <div className="desk-grid">
        <div className="desk-main">
          {counter.status === 'CLOSED' ? (
            <p className="notice desk-closed">{text('workstation.closedHint')}</p>
          ) : null}
          <CurrentTicket
            ticket={currentTicket}
            maxRecalls={hall.maxRecalls}
            now={now}
            timeZone={hall.timezone}
          />
          <OperationBar
            operations={ticketBarOperations}
            legal={legal}
            pending={pending}
            keys={config.keys}
            label={text('workstation.ticketActions')}
            onPress={press}
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
            timeZone={hall.timezone}
            legal={legal}
            pending={pending}
            onCallTicket={(ticketId) => openDialog({ kind: 'callTicket', ticketId })}
            onResumeParked={(ticketId) => void desk.resumeParked(ticketId)}
          />
        </aside>
      </div>
      {dialog ? (
        <DeskDialogs
          dialog={dialog}
          desk={desk}
          hall={hall}
          counter={counter}
          config={config}
          onClosed={() => setDialog(null)}
        />
      ) : null}
    </section>
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
      {text(noticeKeys[notice.kind], { number, service: service ? localizedName(service, locale) : '' })}
    </p>
  );
}
