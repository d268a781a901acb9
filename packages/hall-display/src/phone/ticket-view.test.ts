import type { TicketStatus } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { named } from '../test-names';
import {
  callKey,
  canCancel,
  type CitizenTicketFacts,
  closedServiceNote,
  dueRating,
  routeSteps,
} from './ticket-view';

const social = { id: 'service-a', ...named('社会保障', 'Social security') };
const tax = { id: 'service-d', ...named('税务办理', 'Tax') };
const estate = { id: 'service-e', ...named('不动产登记', 'Real estate') };

/** Segments as [id, status, service, rating?]; no rating means none yet. */
function ticket(
  status: TicketStatus,
  segments: [string, TicketStatus, typeof social, number?][],
  overrides: Partial<CitizenTicketFacts> = {},
): CitizenTicketFacts {
  return {
    id: 'ticket-1',
    status,
    recallCount: 0,
    calledAt: null,
    route: [],
    segments: segments.map(([id, segmentStatus, service, rating]) => ({
      id,
      status: segmentStatus,
      service,
      rating: rating ?? null,
    })),
    ...overrides,
  };
}

describe('routeSteps', () => {
  it('lists done, current and coming services, leaving out a transfer', () => {
    const visit = ticket(
      'WAITING',
      [
        ['s1', 'DONE', social],
        ['s2', 'TRANSFERRED', tax],
        ['s3', 'WAITING', estate],
      ],
      { route: [tax] },
    );
    expect(routeSteps(visit).map((step) => [step.service.id, step.state])).toEqual([
      ['service-a', 'done'],
      ['service-e', 'now'],
      ['service-d', 'next'],
    ]);
  });

  it('marks a segment that ended without service as other', () => {
    expect(routeSteps(ticket('NO_SHOW', [['s1', 'NO_SHOW', social]]))[0]?.state).toBe('other');
  });
});

describe('dueRating', () => {
  it('asks nothing before a service is completed', () => {
    expect(dueRating(ticket('SERVING', [['s1', 'SERVING', social]]))).toBeNull();
  });

  it('asks for the completed service while the server has no score for it', () => {
    expect(dueRating(ticket('DONE', [['s1', 'DONE', social]]))).toEqual({ segmentId: 's1', service: social });
  });

  it('asks no more once the completed service has a score, whichever phone gave it', () => {
    expect(dueRating(ticket('DONE', [['s1', 'DONE', social, 4]]))).toBeNull();
  });

  it('asks for the next completed service of a one-stop visit, and no more once both are rated', () => {
    expect(
      dueRating(
        ticket('DONE', [
          ['s1', 'DONE', social, 5],
          ['s2', 'DONE', tax],
        ]),
      ),
    ).toEqual({ segmentId: 's2', service: tax });
    expect(
      dueRating(
        ticket('DONE', [
          ['s1', 'DONE', social, 5],
          ['s2', 'DONE', tax, 3],
        ]),
      ),
    ).toBeNull();
  });

  it('names the service the server would rate: the latest completed one without a score', () => {
    const earlierUnrated = ticket('DONE', [
      ['s1', 'DONE', social],
      ['s2', 'DONE', tax, 4],
    ]);
    expect(dueRating(earlierUnrated)).toEqual({ segmentId: 's1', service: social });
  });

  it('leaves out services that ended without being done', () => {
    const transferred = ticket('NO_SHOW', [
      ['s1', 'TRANSFERRED', social],
      ['s2', 'NO_SHOW', tax],
    ]);
    expect(dueRating(transferred)).toBeNull();
  });

  it('asks while the next service of the route is waiting', () => {
    const between = ticket('WAITING', [
      ['s1', 'DONE', social],
      ['s2', 'WAITING', tax],
    ]);
    expect(dueRating(between)?.segmentId).toBe('s1');
  });
});

describe('callKey', () => {
  it('is null unless called, and changes with every recall', () => {
    expect(callKey(ticket('WAITING', [['s1', 'WAITING', social]]))).toBeNull();
    const first = callKey(ticket('CALLED', [['s1', 'CALLED', social]], { calledAt: '2026-11-24T01:40:00Z' }));
    const recalled = callKey(
      ticket('CALLED', [['s1', 'CALLED', social]], { calledAt: '2026-11-24T01:40:00Z', recallCount: 1 }),
    );
    expect(first).not.toBeNull();
    expect(recalled).not.toBe(first);
  });

  it('changes for the call of the next service under the same number', () => {
    const first = callKey(ticket('CALLED', [['s1', 'CALLED', social]], { calledAt: '2026-11-24T01:40:00Z' }));
    const next = callKey(
      ticket(
        'CALLED',
        [
          ['s1', 'DONE', social],
          ['s2', 'CALLED', tax],
        ],
        { calledAt: '2026-11-24T01:40:00Z' },
      ),
    );
    expect(next).not.toBe(first);
  });
});

describe('canCancel', () => {
  it.each([
    ['WAITING', true],
    ['CALLED', false],
    ['SERVING', false],
    ['DONE', false],
    ['CANCELLED', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(canCancel(ticket(status, [['s1', status, social]]))).toBe(expected);
  });
});

describe('closedServiceNote', () => {
  it.each<[TicketStatus, 'none' | 'opening' | 'openingStillServed']>([
    ['WAITING', 'openingStillServed'],
    ['PARKED', 'openingStillServed'],
    ['CALLED', 'none'],
    ['SERVING', 'none'],
    ['TRANSFERRED', 'none'],
    ['DONE', 'opening'],
    ['CANCELLED', 'opening'],
    ['NO_SHOW', 'opening'],
    ['EXPIRED', 'opening'],
  ])('a closed service, a ticket %s → %s', (status, expected) => {
    expect(closedServiceNote({ openNow: false }, status)).toBe(expected);
  });

  it.each<TicketStatus>(['WAITING', 'DONE'])(
    'says nothing while the service issues, or before it is known (%s)',
    (status) => {
      expect(closedServiceNote({ openNow: true }, status)).toBe('none');
      expect(closedServiceNote(null, status)).toBe('none');
    },
  );
});
