import type { DisplayedCall } from './calls';

/** 09:30 on a Tuesday in Shanghai: when the tests' calls are made unless they say otherwise. */
export const testMorning = '2026-11-24T01:30:00.000Z';

/** For tests: a call of ticket `ticketNumber` (社会保障, service-1) to counter `counterLabel`. */
export function testCall(
  seq: number,
  ticketNumber: string,
  counterLabel: string,
  overrides: Partial<DisplayedCall> = {},
): DisplayedCall {
  return {
    seq,
    ticketId: `ticket-${ticketNumber}`,
    ticketNumber,
    serviceId: 'service-1',
    serviceName: '社会保障',
    counterId: `counter-${counterLabel}`,
    counterLabel,
    calledAt: testMorning,
    recallCount: 0,
    ...overrides,
  };
}
