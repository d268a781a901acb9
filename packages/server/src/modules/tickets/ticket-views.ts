import type { Segment } from './segment.entity.js';
import type { Ticket } from './ticket.entity.js';
import { SegmentView, TicketView, type WaitEstimate } from './ticket.types.js';

function estimateOf(segment: Segment): WaitEstimate | null {
  if (segment.estimateP50Minutes === null || segment.estimateP90Minutes === null) return null;
  return { p50Minutes: segment.estimateP50Minutes, p90Minutes: segment.estimateP90Minutes };
}

/** The API's Ticket: the visit, with the state of its current segment on top. */
export function toTicketView(ticket: Ticket, current: Segment): TicketView {
  return Object.assign(new TicketView(), {
    id: ticket.id,
    hallId: ticket.hall.id,
    serviceId: current.service.id,
    counterId: current.counter?.id ?? null,
    segmentId: current.id,
    serviceDay: current.serviceDay,
    routeServiceIds: [...ticket.route],
    number: ticket.number,
    status: current.status,
    priority: ticket.priority,
    channel: ticket.channel,
    issuedAt: ticket.issuedAt,
    queuedAt: current.queuedAt,
    calledAt: current.calledAt,
    servingAt: current.servingAt,
    endedAt: current.endedAt,
    recallCount: current.recallCount,
    estimate: estimateOf(current),
  });
}

export function toSegmentView(segment: Segment): SegmentView {
  return Object.assign(new SegmentView(), {
    id: segment.id,
    serviceId: segment.service.id,
    counterId: segment.counter?.id ?? null,
    staffId: segment.staff?.id ?? null,
    status: segment.status,
    queuedAt: segment.queuedAt,
    calledAt: segment.calledAt,
    servingAt: segment.servingAt,
    endedAt: segment.endedAt,
    recallCount: segment.recallCount,
    outcome: segment.outcome,
    estimate: estimateOf(segment),
    rating: segment.ratingScore,
  });
}
