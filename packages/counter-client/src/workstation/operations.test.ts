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
