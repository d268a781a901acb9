import type { HallEventType } from '@onestop/shared';

/**
 * A hall event as it travels after commit: JSON-safe (ISO strings), carrying its per-hall `seq`.
 * Every transport (in-process now, cross-instance later) moves exactly this shape.
 */
export interface HallEventMessage {
  hallId: string;
  seq: number;
  type: HallEventType;
  at: string;
  ticketId: string | null;
  segmentId: string | null;
  counterId: string | null;
  data: HallEventData;
}

/** An event a service method records; the log gives it its seq when the transaction ends. */
export interface PendingHallEvent {
  type: HallEventType;
  ticketId?: string | null;
  segmentId?: string | null;
  counterId?: string | null;
  staffId?: string | null;
  data?: HallEventData;
}

/** What a call event carries beyond ids: enough for a display to show and speak it. */
export interface HallEventData {
  ticketNumber?: string;
  serviceId?: string;
  serviceName?: string;
  serviceNameEn?: string | null;
  counterLabel?: string;
  recallCount?: number;
  calledAt?: string;
  status?: string;
  reason?: string;
  outcome?: string | null;
  fromServiceId?: string;
}
