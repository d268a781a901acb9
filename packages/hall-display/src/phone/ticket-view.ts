import type { LocalizedText, TicketStatus } from '@onestop/shared';

/** A service as the phone page names it: in every language of the hall that has a name for it. */
export interface NamedService {
  id: string;
  names: readonly LocalizedText[];
}

/** The parts of a ticket the phone page's rules read. */
export interface CitizenTicketFacts {
  id: string;
  status: TicketStatus;
  recallCount: number;
  calledAt?: string | null;
  route: readonly NamedService[];
  segments: readonly { id: string; status: TicketStatus; rating?: number | null; service: NamedService }[];
}

/** One line of the route's progress. */
export interface RouteStep {
  key: string;
  service: NamedService;
  state: 'done' | 'now' | 'next' | 'other';
}

const activeStatuses: ReadonlySet<TicketStatus> = new Set(['WAITING', 'CALLED', 'SERVING', 'PARKED']);

/**
 * The visit as the citizen sees it: the services already passed (done, or ended otherwise),
 * the current one, and the ones still to come. A transferred segment is left out: the citizen
 * was sent on, and the next segment shows where.
 */
export function routeSteps(ticket: CitizenTicketFacts): RouteStep[] {
  const steps: RouteStep[] = [];
  for (const segment of ticket.segments) {
    if (segment.status === 'TRANSFERRED') continue;
    const state = segment.status === 'DONE' ? 'done' : activeStatuses.has(segment.status) ? 'now' : 'other';
    steps.push({ key: segment.id, service: segment.service, state });
  }
  ticket.route.forEach((service, index) => {
    steps.push({ key: `route-${index}-${service.id}`, service, state: 'next' });
  });
  return steps;
}

/** The completed segment the citizen is asked to rate, with its service. */
export interface DueRating {
  segmentId: string;
  service: NamedService;
}

/**
 * The completed segment still to rate, or null: the latest completed segment the server has
 * no score for, which is the one its rateTicket rates, so the form names the right service.
 * The scores come from the server, so a rating from another phone counts as well.
 */
export function dueRating(ticket: CitizenTicketFacts): DueRating | null {
  const unrated = ticket.segments.filter(
    (segment) => segment.status === 'DONE' && (segment.rating === null || segment.rating === undefined),
  );
  const latest = unrated.at(-1);
  return latest ? { segmentId: latest.id, service: latest.service } : null;
}

/**
 * What identifies one call of the ticket: a new value means a new call or a recall, which the
 * phone announces again; null while the ticket is not called.
 */
export function callKey(ticket: CitizenTicketFacts): string | null {
  if (ticket.status !== 'CALLED') return null;
  const segment = ticket.segments.at(-1);
  return `${segment?.id ?? ticket.id}:${ticket.calledAt ?? ''}:${ticket.recallCount}`;
}

/** Whether the citizen may still cancel: only while waiting, as the server allows. */
export function canCancel(ticket: CitizenTicketFacts): boolean {
  return ticket.status === 'WAITING';
}

/**
 * Which words the phone adds about a service that issues no tickets now: none while the citizen
 * is at the counter (called or being served), the opening alone once the visit is over, and with
 * it that the ticket still counts while it waits (tickets waiting at closing are still served).
 */
export function closedServiceNote(
  opening: { openNow: boolean } | null,
  status: TicketStatus,
): 'none' | 'opening' | 'openingStillServed' {
  if (!opening || opening.openNow) return 'none';
  switch (status) {
    case 'CALLED':
    case 'SERVING':
    case 'TRANSFERRED':
      return 'none';
    case 'WAITING':
    case 'PARKED':
      return 'openingStillServed';
    case 'DONE':
    case 'CANCELLED':
    case 'NO_SHOW':
    case 'EXPIRED':
      return 'opening';
  }
}
