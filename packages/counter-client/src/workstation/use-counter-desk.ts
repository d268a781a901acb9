import { ServerClock } from '@onestop/shared/client';
import type { CombinedError, OperationResult } from '@urql/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { TransferPlacement, WorkstationCounterQuery, WorkstationTicketFragment } from '../gql/graphql';
import {
  callNextMutation,
  callTicketMutation,
  closeCounterMutation,
  completeTicketMutation,
  counterQueueSubscription,
  markNoShowMutation,
  openCounterMutation,
  parkTicketMutation,
  pauseCounterMutation,
  recallTicketMutation,
  requeueTicketMutation,
  resumeCounterMutation,
  resumeTicketMutation,
  startServingMutation,
  transferTicketMutation,
  workstationCounterQuery,
} from './documents';
import { legalOperations, type WorkstationOperation } from './operations';
import { Refresher } from './refresher';
import { SingleFlight } from './single-flight';

/** A ticket as the workstation shows it. */
export type DeskTicket = WorkstationTicketFragment;
/** The counter snapshot: the counter, its current and parked tickets, and its hall. */
export type DeskCounter = NonNullable<WorkstationCounterQuery['counter']>;
/** The counter's hall, as the snapshot has it. */
export type DeskHall = DeskCounter['hall'];

/** Something the clerk should know after an operation that went through. */
export type DeskNotice =
  | { kind: 'nobodyWaiting' }
  | { kind: 'recalledToNoShow'; number: string }
  | { kind: 'continues'; number: string; serviceId: string }
  | { kind: 'transferred'; number: string; serviceId: string }
  | { kind: 'requeued'; number: string };

/** An operation the server refused, and its error. */
export interface DeskFailure {
  operation: WorkstationOperation;
  error: CombinedError;
}

/**
 * An operation this desk ran to the server's answer, and whether it went through: a new object
 * each time, so that what follows an operation (where focus goes) runs once for it.
 */
export interface DeskSettled {
  operation: WorkstationOperation;
  done: boolean;
}

/** Everything the workstation screen runs on. */
export interface CounterDesk {
  hall: DeskHall | null;
  counter: DeskCounter | null;
  /** The first snapshot has not arrived yet. */
  loading: boolean;
  snapshotError: CombinedError | null;
  /** The live queue was refused or ended with an error. */
  feedError: CombinedError | null;
  /** The counter's next tickets, in call order; null until the first push. */
  nextTickets: DeskTicket[] | null;
  /** Today's tickets parked at this counter, from whichever machine, in call order. */
  parked: readonly DeskTicket[];
  /** The last ticket marked no-show here, while it may still be requeued. */
  lastNoShow: DeskTicket | null;
  legal: ReadonlySet<WorkstationOperation>;
  pending: WorkstationOperation | null;
  failure: DeskFailure | null;
  notice: DeskNotice | null;
  /** The last operation answered, with the screen already showing its effect. */
  settled: DeskSettled | null;
  serverClock: ServerClock;
  /** Changes after each operation that changes the clerk's figures. */
  figuresVersion: number;
  dismiss: () => void;
  openCounter: () => Promise<boolean>;
  pauseCounter: (reason: string) => Promise<boolean>;
  resumeCounter: () => Promise<boolean>;
  closeCounter: () => Promise<boolean>;
  callNext: () => Promise<boolean>;
  callTicket: (ticketId: string, reason: string) => Promise<boolean>;
  recall: () => Promise<boolean>;
  start: () => Promise<boolean>;
  complete: (outcome: string | null) => Promise<boolean>;
  noShow: () => Promise<boolean>;
  transfer: (serviceId: string, placement: TransferPlacement) => Promise<boolean>;
  park: () => Promise<boolean>;
  resumeParked: (ticketId: string) => Promise<boolean>;
  requeue: () => Promise<boolean>;
}

interface Snapshot {
  counter: DeskCounter | null;
  error: CombinedError | null;
}

/** The parked list before the first snapshot (one list, the same on every render). */
const noTickets: readonly DeskTicket[] = [];

type TicketResult = OperationResult<Record<string, DeskTicket | null | { id: string }>>;

/** The ticket a ticket mutation answered with (its only field). */
function answeredTicket(result: TicketResult): DeskTicket | null {
  const value = result.data ? Object.values(result.data)[0] : null;
  // Counter mutations answer { id, status }; only ticket mutations carry a number.
  return value && 'number' in value ? (value as DeskTicket) : null;
}

/**
 * The state of one counter and the operations on it. The live queue subscription doubles as
 * the change signal: every push (also the first after a reconnect) reloads the snapshot, so the
 * screen catches up with whatever happened while it was cut off. One operation at a time.
 */
export function useCounterDesk(hallId: string, counterId: string): CounterDesk {
  const client = useClient();
  const serverClock = useMemo(() => new ServerClock(), []);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [nextTickets, setNextTickets] = useState<DeskTicket[] | null>(null);
  const [feedError, setFeedError] = useState<CombinedError | null>(null);
  const [lastNoShow, setLastNoShow] = useState<DeskTicket | null>(null);
  const [pending, setPending] = useState<WorkstationOperation | null>(null);
  const [failure, setFailure] = useState<DeskFailure | null>(null);
  const [notice, setNotice] = useState<DeskNotice | null>(null);
  const [settled, setSettled] = useState<DeskSettled | null>(null);
  const [figuresVersion, setFiguresVersion] = useState(0);

  const refresher = useMemo(
    () =>
      new Refresher(async () => {
        const result = await client
          .query(workstationCounterQuery, { hallId, counterId }, { requestPolicy: 'network-only' })
          .toPromise();
        if (result.data?.board) serverClock.observe(result.data.board.at);
        // A failed reload keeps the last good snapshot on screen, with the error beside it.
        setSnapshot((previous) => ({
          counter: result.data?.counter ?? (result.error ? (previous?.counter ?? null) : null),
          error: result.error ?? null,
        }));
      }),
    [client, hallId, counterId, serverClock],
  );

  useEffect(() => {
    void refresher.refresh();
  }, [refresher]);

  useEffect(() => {
    const { unsubscribe } = client
      .subscription(counterQueueSubscription, { counterId })
      .subscribe((result) => {
        if (result.error) {
          setFeedError(result.error);
          return;
        }
        if (!result.data) return;
        setFeedError(null);
        setNextTickets(result.data.counterQueueUpdated);
        void refresher.refresh();
      });
    return unsubscribe;
  }, [client, counterId, refresher]);

  const counter = snapshot?.counter ?? null;
  const hall = counter?.hall ?? null;
  const currentTicket = counter?.currentTicket ?? null;
  const parked = counter?.parkedTickets ?? noTickets;
  const legal = useMemo(
    () =>
      counter
        ? legalOperations({
            counterStatus: counter.status,
            ticketStatus: currentTicket?.status ?? null,
            parkedCount: parked.length,
            hasRequeueableNoShow: lastNoShow !== null,
          })
        : new Set<WorkstationOperation>(),
    [counter, currentTicket, parked.length, lastNoShow],
  );

  // Read by the operations when they run, so a key press always sees the state on screen.
  const latest = useRef({ legal, currentTicket, lastNoShow });
  useEffect(() => {
    latest.current = { legal, currentTicket, lastNoShow };
  });
  const flight = useMemo(() => new SingleFlight<WorkstationOperation>(), []);

  const run = useCallback(
    async (
      operation: WorkstationOperation,
      perform: () => Promise<TicketResult>,
      after?: (ticket: DeskTicket | null) => void,
    ): Promise<boolean> => {
      if (!latest.current.legal.has(operation)) return false;
      // The double-press guard: a second press while one operation is in flight is ignored.
      if (!flight.tryStart(operation)) return false;
      setPending(operation);
      setFailure(null);
      setNotice(null);
      try {
        const result = await perform();
        if (result.error) {
          setFailure({ operation, error: result.error });
          // The refusal may mean the screen was behind (another clerk, another tab): catch up.
          await refresher.refresh();
          setSettled({ operation, done: false });
          return false;
        }
        const ticket = answeredTicket(result);
        if (ticket?.calledAt) serverClock.observe(ticket.calledAt);
        after?.(ticket);
        // The guard is released only once the screen shows the effect, so F1 cannot call twice.
        await refresher.refresh();
        setSettled({ operation, done: true });
        return true;
      } finally {
        flight.finish();
        setPending(null);
      }
    },
    [flight, refresher, serverClock],
  );

  const ticketId = (): string => latest.current.currentTicket?.id ?? '';
  const countFigures = () => setFiguresVersion((version) => version + 1);

  return {
    hall,
    counter,
    loading: snapshot === null,
    snapshotError: snapshot?.error ?? null,
    feedError,
    nextTickets,
    parked,
    lastNoShow,
    legal,
    pending,
    failure,
    notice,
    settled,
    serverClock,
    figuresVersion,
    dismiss: () => {
      setFailure(null);
      setNotice(null);
    },
    openCounter: () =>
      run('openCounter', () => client.mutation(openCounterMutation, { counterId }).toPromise()),
    pauseCounter: (reason) =>
      run('pauseCounter', () => client.mutation(pauseCounterMutation, { counterId, reason }).toPromise()),
    resumeCounter: () =>
      run('resumeCounter', () => client.mutation(resumeCounterMutation, { counterId }).toPromise()),
    closeCounter: () =>
      run('closeCounter', () => client.mutation(closeCounterMutation, { counterId }).toPromise()),
    callNext: () =>
      run(
        'callNext',
        () => client.mutation(callNextMutation, { counterId }).toPromise(),
        (ticket) => {
          if (!ticket) setNotice({ kind: 'nobodyWaiting' });
        },
      ),
    callTicket: (calledTicketId, reason) =>
      run('callTicket', () =>
        client.mutation(callTicketMutation, { counterId, ticketId: calledTicketId, reason }).toPromise(),
      ),
    recall: () =>
      run(
        'recall',
        () => client.mutation(recallTicketMutation, { ticketId: ticketId() }).toPromise(),
        (ticket) => {
          // Past the hall's maxRecalls the server turns the recall into a no-show.
          if (ticket?.status === 'NO_SHOW') {
            setNotice({ kind: 'recalledToNoShow', number: ticket.number });
            setLastNoShow(ticket);
            countFigures();
          }
        },
      ),
    start: () =>
      run('start', () => client.mutation(startServingMutation, { ticketId: ticketId() }).toPromise()),
    complete: (outcome) =>
      run(
        'complete',
        () => client.mutation(completeTicketMutation, { ticketId: ticketId(), outcome }).toPromise(),
        (ticket) => {
          countFigures();
          // A one-stop route goes on under the same number, waiting for its next service.
          if (ticket?.status === 'WAITING') {
            setNotice({ kind: 'continues', number: ticket.number, serviceId: ticket.service.id });
          }
        },
      ),
    noShow: () =>
      run(
        'noShow',
        () => client.mutation(markNoShowMutation, { ticketId: ticketId() }).toPromise(),
        (ticket) => {
          setLastNoShow(ticket);
          countFigures();
        },
      ),
    transfer: (serviceId, placement) =>
      run(
        'transfer',
        () =>
          client.mutation(transferTicketMutation, { ticketId: ticketId(), serviceId, placement }).toPromise(),
        (ticket) => {
          if (ticket) setNotice({ kind: 'transferred', number: ticket.number, serviceId: ticket.service.id });
        },
      ),
    park: () => run('park', () => client.mutation(parkTicketMutation, { ticketId: ticketId() }).toPromise()),
    resumeParked: (parkedTicketId) =>
      run('resumeParked', () =>
        client.mutation(resumeTicketMutation, { ticketId: parkedTicketId }).toPromise(),
      ),
    requeue: () =>
      run(
        'requeue',
        () =>
          client
            .mutation(requeueTicketMutation, { ticketId: latest.current.lastNoShow?.id ?? '' })
            .toPromise(),
        (ticket) => {
          setLastNoShow(null);
          if (ticket) setNotice({ kind: 'requeued', number: ticket.number });
        },
      ),
  };
}
