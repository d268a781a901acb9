import { CounterStatus, TicketStatus } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { legalOperations, type WorkstationOperation, type WorkstationState } from './operations';

function legal(state: Partial<WorkstationState>): WorkstationOperation[] {
  return [
    ...legalOperations({
      counterStatus: 'OPEN',
      ticketStatus: null,
      parkedCount: 0,
      hasRequeueableNoShow: false,
      ...state,
    }),
  ].sort();
}

describe('legalOperations', () => {
  it.each<[string, Partial<WorkstationState>, WorkstationOperation[]]>([
    ['a closed counter can only be opened', { counterStatus: 'CLOSED' }, ['openCounter']],
    [
      'an idle open counter calls, pauses or closes',
      { counterStatus: 'OPEN' },
      ['callNext', 'callTicket', 'closeCounter', 'pauseCounter'],
    ],
    [
      'a paused counter resumes or closes, calls nobody',
      { counterStatus: 'PAUSED' },
      ['closeCounter', 'resumeCounter'],
    ],
    [
      'a called ticket: recall, start, complete, no-show, transfer, park; no second call, no close',
      { ticketStatus: 'CALLED' },
      ['complete', 'noShow', 'park', 'pauseCounter', 'recall', 'start', 'transfer'],
    ],
    [
      'a ticket in service: complete, transfer, park; no recall, start or no-show',
      { ticketStatus: 'SERVING' },
      ['complete', 'park', 'pauseCounter', 'transfer'],
    ],
    [
      'a paused counter still finishes the ticket it holds',
      { counterStatus: 'PAUSED', ticketStatus: 'SERVING' },
      ['complete', 'park', 'resumeCounter', 'transfer'],
    ],
    [
      'parked tickets resume only at a free counter',
      { parkedCount: 2 },
      ['callNext', 'callTicket', 'closeCounter', 'pauseCounter', 'resumeParked'],
    ],
    [
      '…and not while one is held',
      { parkedCount: 2, ticketStatus: 'SERVING' },
      ['complete', 'park', 'pauseCounter', 'transfer'],
    ],
    ['…nor at a closed counter', { parkedCount: 1, counterStatus: 'CLOSED' }, ['openCounter']],
    [
      'a no-show of today can be put back in the queue',
      { hasRequeueableNoShow: true },
      ['callNext', 'callTicket', 'closeCounter', 'pauseCounter', 'requeue'],
    ],
  ])('%s', (_name, state, expected) => {
    expect(legal(state)).toEqual([...expected].sort());
  });

  it('treats a ticket that is no longer at the counter as none', () => {
    for (const ticketStatus of ['DONE', 'NO_SHOW', 'TRANSFERRED', 'PARKED'] as const) {
      expect(legal({ ticketStatus })).toContain('callNext');
    }
  });
});

/**
 * The rules as they were written by hand before they were derived from the shared lifecycle
 * tables, kept word for word as the expected answer.
 */
function handWrittenRules(state: WorkstationState): ReadonlySet<WorkstationOperation> {
  const { counterStatus, ticketStatus, parkedCount, hasRequeueableNoShow } = state;
  const legal = new Set<WorkstationOperation>();
  const holdsTicket = ticketStatus === 'CALLED' || ticketStatus === 'SERVING';

  if (counterStatus === 'CLOSED') legal.add('openCounter');
  if (counterStatus === 'OPEN') legal.add('pauseCounter');
  if (counterStatus === 'PAUSED') legal.add('resumeCounter');
  if (counterStatus !== 'CLOSED' && !holdsTicket) legal.add('closeCounter');

  if (counterStatus === 'OPEN' && !holdsTicket) {
    legal.add('callNext');
    legal.add('callTicket');
  }

  if (ticketStatus === 'CALLED') {
    legal.add('recall');
    legal.add('start');
    legal.add('noShow');
  }
  if (holdsTicket) {
    legal.add('complete');
    legal.add('transfer');
    legal.add('park');
  }
  if (parkedCount > 0 && !holdsTicket && counterStatus !== 'CLOSED') legal.add('resumeParked');
  if (hasRequeueableNoShow) legal.add('requeue');
  return legal;
}

/** Every state that matters: counter status × ticket status (or none) × parked or not × requeueable or not. */
const everyState: WorkstationState[] = Object.values(CounterStatus).flatMap((counterStatus) =>
  [null, ...Object.values(TicketStatus)].flatMap((ticketStatus) =>
    [0, 2].flatMap((parkedCount) =>
      [false, true].map((hasRequeueableNoShow) => ({
        counterStatus,
        ticketStatus,
        parkedCount,
        hasRequeueableNoShow,
      })),
    ),
  ),
);

/** One line per state, naming it, with its legal operations in order: a mismatch shows where. */
function tableOf(rules: (state: WorkstationState) => ReadonlySet<WorkstationOperation>) {
  return Object.fromEntries(
    everyState.map((state) => [
      `${state.counterStatus} ${state.ticketStatus ?? 'none'} parked=${state.parkedCount} requeueable=${state.hasRequeueableNoShow}`,
      [...rules(state)].sort(),
    ]),
  );
}

describe('legalOperations derived from the shared lifecycle tables', () => {
  it('covers 3 counter statuses × 10 ticket statuses × 2 × 2', () => {
    expect(everyState).toHaveLength(120);
  });

  it('allows exactly what the hand-written rules allowed, in every state', () => {
    expect(tableOf(legalOperations)).toEqual(tableOf(handWrittenRules));
  });
});
