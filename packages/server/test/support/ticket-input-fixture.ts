import { expect } from 'vitest';
import { createHallFixture, type HallFixture } from './hall-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

/*
 * Bad input and authorization at the queue engine's API (ticket.input.test.ts,
 * ticket.authorization.test.ts). Every refusal is checked to have written nothing: row counts of
 * the queue tables and a digest of every segment and counter row.
 */

export interface Issued {
  id: string;
  accessCode: string;
}

/** Tickets and counters the refusals aim at, built through the API before the tests. */
export interface ReadyRows {
  waiting1: Issued;
  called1: Issued;
  done1: Issued;
  waiting2: Issued;
  called2: Issued;
  /** An OPEN hall-1 counter holding nothing: callTicket there would succeed but for the input. */
  freeCounter1: string;
  /** An OPEN hall-1 counter that pauseCounter would pause but for the reason. */
  pauseCounter1: string;
}

export interface TicketInputFixture {
  testApp: TestApp;
  /** Hall 1: services A (queue), B (transfer target), C (deactivated), D (daily quota 2). */
  hall1: HallFixture;
  hall2: HallFixture;
  ready: ReadyRows;
}

const issueMutation = `mutation($input: IssueTicketInput!) {
  issueTicket(input: $input) { accessCode ticket { id number status channel } } }`;

export async function issue(testApp: TestApp, hall: HallFixture, serviceIndex = 0): Promise<Issued> {
  const result = await testApp.graphql<{ issueTicket: { accessCode: string; ticket: { id: string } } }>(
    issueMutation,
    { input: { hallId: hall.hall.id, serviceId: hall.services[serviceIndex]!.id } },
    { token: hall.tokens.kiosk },
  );
  expect(result.errors).toBeUndefined();
  return { id: result.data!.issueTicket.ticket.id, accessCode: result.data!.issueTicket.accessCode };
}

async function asClerk(
  testApp: TestApp,
  hall: HallFixture,
  query: string,
  variables: Record<string, unknown>,
): Promise<void> {
  const result = await testApp.graphql(query, variables, { token: hall.tokens.clerk });
  expect(result.errors).toBeUndefined();
}

async function calledAt(testApp: TestApp, hall: HallFixture, counterId: string): Promise<Issued> {
  const ticket = await issue(testApp, hall);
  await asClerk(
    testApp,
    hall,
    'mutation($c: ID!, $t: ID!) { callTicket(counterId: $c, ticketId: $t, reason: "test") { id } }',
    {
      c: counterId,
      t: ticket.id,
    },
  );
  return ticket;
}

/** A ticket issued, called at the counter and completed there. */
export async function completed(testApp: TestApp, hall: HallFixture, counterId: string): Promise<Issued> {
  const ticket = await calledAt(testApp, hall, counterId);
  await asClerk(testApp, hall, 'mutation($t: ID!) { completeTicket(ticketId: $t) { id } }', { t: ticket.id });
  return ticket;
}

/** Sets a service's fields as an admin, through updateService (the code, name and prefix kept). */
export async function updateService(
  testApp: TestApp,
  hall: HallFixture,
  serviceIndex: number,
  fields: { active?: boolean; dailyQuota?: number },
): Promise<void> {
  const service = hall.services[serviceIndex]!;
  const result = await testApp.graphql(
    `mutation($serviceId: ID!, $input: ServiceInput!) { updateService(serviceId: $serviceId, input: $input) { id } }`,
    {
      serviceId: service.id,
      input: { code: service.code, name: service.name, prefix: service.prefix, ...fields },
    },
    { token: hall.tokens.admin },
  );
  expect(result.errors).toBeUndefined();
}

/** Starts the app with two halls and builds the tickets and counters the refusals aim at. */
export async function startTicketInputApp(): Promise<TicketInputFixture> {
  const testApp = await startTestApp();
  const hall1 = await createHallFixture(testApp, { serviceCount: 4, counterCount: 5, openCounters: true });
  const hall2 = await createHallFixture(testApp, { serviceCount: 2, counterCount: 2, openCounters: true });
  const [c0, c1, c2, c3] = hall1.counters.map((counter) => counter.id);
  const ready: ReadyRows = {
    waiting1: await issue(testApp, hall1),
    called1: await calledAt(testApp, hall1, c0!),
    done1: await completed(testApp, hall1, c1!),
    freeCounter1: c2!,
    pauseCounter1: c3!,
    waiting2: await issue(testApp, hall2),
    called2: await calledAt(testApp, hall2, hall2.counters[0]!.id),
  };
  await updateService(testApp, hall1, 2, { active: false });
  return { testApp, hall1, hall2, ready };
}

/** What a refused operation must leave as it was. */
export async function storedState(testApp: TestApp): Promise<Record<string, unknown>> {
  const [row] = await testApp.app.orm.em.fork().execute<Record<string, unknown>[]>(
    `SELECT (SELECT count(*)::int FROM ticket) AS ticket,
            (SELECT count(*)::int FROM segment) AS segment,
            (SELECT count(*)::int FROM hall_event) AS hall_event,
            (SELECT count(*)::int FROM rating) AS rating,
            (SELECT count(*)::int FROM ticket_number_sequence) AS ticket_number_sequence,
            (SELECT coalesce(sum(last_number), 0)::int FROM ticket_number_sequence) AS numbers_taken,
            (SELECT md5(coalesce(string_agg(s::text, '|' ORDER BY s.id), '')) FROM segment s) AS segments,
            (SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY c.id), '')) FROM counter c) AS counters,
            (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM ticket t) AS tickets`,
  );
  return row!;
}

export interface Refusal {
  code: string;
  field?: string;
}

/** Runs `operation`, expects exactly the refusal, no data, and nothing written. */
export async function expectRefusedIn(
  testApp: TestApp,
  operation: () => Promise<GraphQLResponse>,
  refusal: Refusal,
): Promise<void> {
  const before = await storedState(testApp);
  const result = await operation();
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  const extensions = result.errors![0]!.extensions ?? {};
  expect(extensions.code).toBe(refusal.code);
  if (refusal.field !== undefined) expect(extensions.field).toBe(refusal.field);
  const value = result.data ? Object.values(result.data)[0] : null;
  expect(value ?? null).toBeNull();
  expect(await storedState(testApp)).toEqual(before);
}

export const q = {
  openCounter: 'mutation($counterId: ID!) { openCounter(counterId: $counterId) { id } }',
  pauseCounter:
    'mutation($counterId: ID!, $reason: String!) { pauseCounter(counterId: $counterId, reason: $reason) { id } }',
  resumeCounter: 'mutation($counterId: ID!) { resumeCounter(counterId: $counterId) { id } }',
  closeCounter: 'mutation($counterId: ID!) { closeCounter(counterId: $counterId) { id } }',
  callNext: 'mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }',
  callTicket: `mutation($counterId: ID!, $ticketId: ID!, $reason: String!) {
    callTicket(counterId: $counterId, ticketId: $ticketId, reason: $reason) { id } }`,
  recallTicket: 'mutation($ticketId: ID!) { recallTicket(ticketId: $ticketId) { id } }',
  startServing: 'mutation($ticketId: ID!) { startServing(ticketId: $ticketId) { id } }',
  completeTicket:
    'mutation($ticketId: ID!, $outcome: String) { completeTicket(ticketId: $ticketId, outcome: $outcome) { id } }',
  markNoShow: 'mutation($ticketId: ID!) { markNoShow(ticketId: $ticketId) { id } }',
  requeueTicket: 'mutation($ticketId: ID!) { requeueTicket(ticketId: $ticketId) { id } }',
  transferTicket: `mutation($ticketId: ID!, $serviceId: ID!) {
    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: FRONT) { id } }`,
  parkTicket: 'mutation($ticketId: ID!) { parkTicket(ticketId: $ticketId) { id } }',
  resumeTicket: 'mutation($ticketId: ID!) { resumeTicket(ticketId: $ticketId) { id } }',
  issueTicket: issueMutation,
  cancelTicket: 'mutation($code: String!) { cancelTicket(accessCode: $code) { id status } }',
  rateTicket: `mutation($code: String!, $score: Int!, $comment: String) {
    rateTicket(accessCode: $code, score: $score, comment: $comment) { id rating } }`,
  myTicket: 'query($code: String!) { myTicket(accessCode: $code) { id number status } }',
  ticket: 'query($id: ID!) { ticket(id: $id) { id } }',
  queue: 'query($hallId: ID!) { queue(hallId: $hallId) { id } }',
  counterQueue: 'query($counterId: ID!) { counterQueue(counterId: $counterId) { id } }',
};

export type Variables = Record<string, unknown>;
interface Target {
  counterId: string;
  ticketId: string;
}

/**
 * Every staff operation on one counter or one ticket, with variables that are otherwise valid.
 * `target` names the counter and ticket the operation aims at.
 */
export function staffOperations(
  target: () => Target,
  serviceId: () => string,
): [string, string, () => Variables][] {
  return [
    ['openCounter', q.openCounter, () => ({ counterId: target().counterId })],
    ['pauseCounter', q.pauseCounter, () => ({ counterId: target().counterId, reason: 'lunch' })],
    ['resumeCounter', q.resumeCounter, () => ({ counterId: target().counterId })],
    ['closeCounter', q.closeCounter, () => ({ counterId: target().counterId })],
    ['callNext', q.callNext, () => ({ counterId: target().counterId })],
    ['recallTicket', q.recallTicket, () => ({ ticketId: target().ticketId })],
    ['startServing', q.startServing, () => ({ ticketId: target().ticketId })],
    ['completeTicket', q.completeTicket, () => ({ ticketId: target().ticketId, outcome: 'ok' })],
    ['markNoShow', q.markNoShow, () => ({ ticketId: target().ticketId })],
    ['requeueTicket', q.requeueTicket, () => ({ ticketId: target().ticketId })],
    ['transferTicket', q.transferTicket, () => ({ ticketId: target().ticketId, serviceId: serviceId() })],
    ['parkTicket', q.parkTicket, () => ({ ticketId: target().ticketId })],
    ['resumeTicket', q.resumeTicket, () => ({ ticketId: target().ticketId })],
  ];
}
