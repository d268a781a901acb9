import { randomBytes, randomUUID } from 'node:crypto';
import { CounterStatus, ErrorCode, Role, type StaffRole } from '@onestop/shared';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { Counter, CounterService } from '../../src/modules/counters/counter.entity.js';
import { Device } from '../../src/modules/devices/device.entity.js';
import { Hall } from '../../src/modules/halls/hall.entity.js';
import { Rating } from '../../src/modules/ratings/rating.entity.js';
import { Service } from '../../src/modules/services/service.entity.js';
import { Staff } from '../../src/modules/staff/staff.entity.js';
import { configurationFileOf, emptyHallConfiguration } from '../support/configuration-file.js';
import { startTestApp, testAdminPassword, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Every operation of the API × every kind of caller, each against its expected answer
 * (contract.md, "Who may call what"). The list of operations is read from the schema the server
 * serves, so an operation added without a row here fails the test. Allowed calls get valid
 * arguments and fresh state, so "allowed" means it really ran; a refusal must leave every table
 * as it was.
 */

const columns = [
  'anonymous',
  'ADMIN',
  'MANAGER of the hall',
  'CLERK of the hall',
  'MANAGER of another hall',
  'CLERK of another hall',
  'DISPLAY of the hall',
  'KIOSK of the hall',
  'revoked device',
  'expired staff token',
  'random accessCode',
] as const;
type Column = (typeof columns)[number];

/** Allowed, with a value. */
const OK = 'OK';
/** Allowed, answers null: nothing to show this caller (and nothing written). */
const NULL = 'NULL';
const UN = ErrorCode.UNAUTHENTICATED;
const NO = ErrorCode.FORBIDDEN;
const NF = ErrorCode.NOT_FOUND;
/** Not applicable: the operation takes no accessCode. */
const NA = '-';
type Expected = typeof OK | typeof NULL | typeof UN | typeof NO | typeof NF | typeof NA;

type Variables = Record<string, unknown>;
type RootType = 'Query' | 'Mutation' | 'Subscription';

interface Operation {
  /** The document; its root field is the operation's name. */
  document: string;
  /** Creates what the call acts on and returns its variables; runs once per cell. */
  prepare?: (column: Column) => Promise<Variables> | Variables;
  /** A token other than the column's own (logout needs a session of its own per cell). */
  token?: (column: Column) => Promise<string | null>;
  /** Checks an allowed answer beyond "no error, not null". */
  check?: (value: unknown, column: Column) => void;
}

let testApp: TestApp;
let schema: GraphQLSchema;
const tokens = {} as Record<Column, string | null>;
const credentials: Partial<Record<Column, { username: string; password: string }>> = {};
let hall: Hall;
let otherHall: Hall;
/** Two services of the hall: counters serve both; transfers go from the first to the second. */
const serviceIds: string[] = [];
/** A service that only updateService changes. */
let updatableServiceId: string;
/** A service that takes appointments. */
let appointmentServiceId: string;
/** A service that takes remote tickets. */
let remoteServiceId: string;
const staffIds: Partial<Record<Column, string>> = {};
const deviceIds: Partial<Record<Column, string>> = {};
let tableNames: string[] = [];

const fork = () => testApp.app.orm.em.fork();

/** A fresh number for labels, names and codes that must not collide. */
let serial = 0;
const next = (): number => (serial += 1);
/** A fresh date years ahead, for a calendar exception no other cell touches. */
const futureDate = (): string =>
  new Date(Date.UTC(2040, 0, 1) + next() * 86_400_000).toISOString().slice(0, 10);

async function asAdmin<Data = Record<string, unknown>>(
  document: string,
  variables: Variables = {},
): Promise<Data> {
  const result = await testApp.graphql<Data>(document, variables, { token: tokens.ADMIN });
  if (result.errors || !result.data) throw new Error(`set-up failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function createStaff(username: string, role: StaffRole, halls: Hall[]): Promise<string> {
  const em = fork();
  const staff = em.create(Staff, {
    username,
    displayName: username,
    role,
    passwordHash: await hashPassword(`${username}-password`),
  });
  for (const each of halls) staff.halls.add(em.getReference(Hall, each.id));
  await em.flush();
  return staff.id;
}

async function createDevice(role: 'KIOSK' | 'DISPLAY', name: string): Promise<{ id: string; token: string }> {
  const { createDeviceToken } = await asAdmin<{ createDeviceToken: { id: string; token: string } }>(
    'mutation($hallId: ID!, $role: Role!, $name: String!) { createDeviceToken(hallId: $hallId, role: $role, name: $name) { id token } }',
    { hallId: hall.id, role, name },
  );
  return createDeviceToken;
}

/** A counter of the hall serving both services, in the given status. */
async function newCounter(status: CounterStatus = CounterStatus.OPEN): Promise<string> {
  const em = fork();
  const counter = em.create(Counter, {
    hall: hall.id,
    label: `M${next()}`,
    status,
    pauseReason: status === CounterStatus.PAUSED ? 'lunch' : null,
  });
  serviceIds.forEach((serviceId, index) => {
    em.create(CounterService, { counter, service: serviceId, rank: index + 1 });
  });
  await em.flush();
  return counter.id;
}

/** A slot of the appointment service no other cell books: five-minute slots from tomorrow on. */
function freshSlot(): string {
  const n = next();
  const tomorrow = new Date(testApp.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
  return new Date(
    Date.parse(`${tomorrow}T00:00:00+08:00`) + (Math.floor(n / 288) * 1440 + (n % 288) * 5) * 60_000,
  ).toISOString();
}

/** Booking input for a fresh slot and a phone of its own (so no phone's limits are met). */
function bookingInput() {
  return {
    hallId: hall.id,
    serviceId: appointmentServiceId,
    slotStart: freshSlot(),
    phone: `139${String(next()).padStart(8, '0')}`,
  };
}

/** A booked appointment, with its id and manage code. */
async function bookedAppointment(): Promise<{ id: string; manageCode: string }> {
  const { bookAppointment } = await asAdmin<{
    bookAppointment: { manageCode: string; appointment: { id: string } };
  }>(
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { manageCode appointment { id } } }',
    { input: bookingInput() },
  );
  return { id: bookAppointment.appointment.id, manageCode: bookAppointment.manageCode };
}

/** A booked appointment whose check-in window is open now: the next five-minute slot but one. */
async function appointmentToCheckIn(): Promise<string> {
  const fiveMinutes = 5 * 60_000;
  const slot = Math.ceil(testApp.clock.now().getTime() / fiveMinutes) * fiveMinutes + fiveMinutes;
  const { bookAppointment } = await asAdmin<{ bookAppointment: { manageCode: string } }>(
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { manageCode } }',
    { input: { ...bookingInput(), slotStart: new Date(slot).toISOString() } },
  );
  return bookAppointment.manageCode;
}

interface IssuedTicket {
  ticketId: string;
  accessCode: string;
}

/** Remote-join input with a phone of its own (so no phone's limit is met). */
function remoteJoinInput() {
  return { hallId: hall.id, serviceId: remoteServiceId, phone: `138${String(next()).padStart(8, '0')}` };
}

/** The access code of a fresh remote ticket, not checked in. */
async function remoteTicket(): Promise<string> {
  const { joinRemotely } = await asAdmin<{ joinRemotely: { accessCode: string } }>(
    'mutation($input: JoinRemotelyInput!) { joinRemotely(input: $input) { accessCode } }',
    { input: remoteJoinInput() },
  );
  return joinRemotely.accessCode;
}

/** The check-in code the hall's wall display shows now. */
async function wallCode(): Promise<string> {
  const { board } = await asAdmin<{ board: { checkInCode: string | null } }>(
    'query($hallId: ID!) { board(hallId: $hallId) { checkInCode } }',
    { hallId: hall.id },
  );
  return board.checkInCode!;
}

async function waitingTicket(): Promise<IssuedTicket> {
  const { issueTicket } = await asAdmin<{ issueTicket: { ticket: { id: string }; accessCode: string } }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } accessCode } }',
    { input: { hallId: hall.id, serviceId: serviceIds[0] } },
  );
  return { ticketId: issueTicket.ticket.id, accessCode: issueTicket.accessCode };
}

/** A ticket CALLED at a counter of its own, then moved on by `then` (a ticket mutation) if given. */
async function calledTicket(then?: string): Promise<IssuedTicket & { counterId: string }> {
  const ticket = await waitingTicket();
  const counterId = await newCounter();
  await asAdmin(
    'mutation($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId, reason: "set-up") { id } }',
    { counterId, ticketId: ticket.ticketId },
  );
  if (then) await asAdmin(`mutation($ticketId: ID!) { ${then}(ticketId: $ticketId) { id } }`, { ...ticket });
  return { ...ticket, counterId };
}

async function ratingId(): Promise<string> {
  const ticket = await calledTicket('completeTicket');
  await asAdmin('mutation($accessCode: String!) { rateTicket(accessCode: $accessCode, score: 2) { id } }', {
    accessCode: ticket.accessCode,
  });
  return (await fork().findOneOrFail(Rating, { ticket: ticket.ticketId })).id;
}

/** A staff member of the hall for the staff mutations to act on. */
const clerkToChange = (): Promise<string> => createStaff(`target.${next()}`, Role.CLERK, [hall]);

const statsInput = (staffId?: string): Variables => ({
  input: {
    hallId: hall.id,
    from: '2026-11-01T00:00:00.000Z',
    to: '2026-12-01T00:00:00.000Z',
    groupBy: 'SERVICE',
    ...(staffId ? { staffIds: [staffId] } : {}),
  },
});

const ticketFields = 'id number status';

const operations = {
  'Query.me': {
    document: '{ me { username } }',
    check: (value, column) => expect(value).toEqual({ username: credentials[column]?.username }),
  },
  'Query.myDevice': {
    document: '{ myDevice { id } }',
    check: (value, column) => expect(value).toEqual({ id: deviceIds[column] }),
  },
  'Query.halls': { document: '{ halls { id } }' },
  'Query.hall': {
    document: 'query($id: ID!) { hall(id: $id) { id services { id } } }',
    prepare: () => ({ id: hall.id }),
  },
  'Query.board': {
    document: 'query($hallId: ID!) { board(hallId: $hallId) { hallId seq } }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Query.hallStatus': {
    document: 'query($hallId: ID!) { hallStatus(hallId: $hallId) { hallId alerts { kind } } }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Query.queue': {
    document: `query($hallId: ID!) { queue(hallId: $hallId) { ${ticketFields} } }`,
    prepare: () => ({ hallId: hall.id }),
  },
  'Query.counterQueue': {
    document: `query($counterId: ID!) { counterQueue(counterId: $counterId) { ${ticketFields} } }`,
    prepare: async () => ({ counterId: await newCounter() }),
  },
  'Query.counter': {
    document: 'query($id: ID!) { counter(id: $id) { id label } }',
    prepare: async () => ({ id: await newCounter() }),
  },
  'Query.ticket': {
    document: `query($id: ID!) { ticket(id: $id) { ${ticketFields} } }`,
    prepare: async () => ({ id: (await waitingTicket()).ticketId }),
  },
  'Query.myTicket': {
    document: `query($accessCode: String!) { myTicket(accessCode: $accessCode) { ${ticketFields} } }`,
    prepare: async () => ({ accessCode: (await waitingTicket()).accessCode }),
  },
  'Query.hallEvents': {
    document:
      'query($hallId: ID!, $afterSeq: Int!) { hallEvents(hallId: $hallId, afterSeq: $afterSeq) { seq type } }',
    prepare: () => ({ hallId: hall.id, afterSeq: 0 }),
  },
  'Query.waitStats': {
    document: 'query($input: StatsInput!) { waitStats(input: $input) { key issued } }',
    prepare: () => statsInput(),
  },
  /** A clerk reads their own figures (issue 7): staffIds names the caller alone. */
  'Query.waitStats (own staffIds)': {
    document: 'query($input: StatsInput!) { waitStats(input: $input) { key issued } }',
    prepare: (column) => statsInput(staffIds[column] ?? staffIds['CLERK of the hall']),
  },
  'Query.waitStatsCsv': {
    document: 'query($input: StatsInput!) { waitStatsCsv(input: $input) }',
    prepare: () => statsInput(),
  },
  'Query.ratings': {
    document:
      'query($hallId: ID!, $from: DateTime!, $to: DateTime!) { ratings(hallId: $hallId, from: $from, to: $to) { id score } }',
    prepare: () => ({ hallId: hall.id, from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }),
  },
  'Query.devices': {
    document: 'query($hallId: ID!) { devices(hallId: $hallId) { id } }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Query.staff': {
    document: 'query($hallId: ID) { staff(hallId: $hallId) { id } }',
    prepare: () => ({ hallId: hall.id }),
  },
  /** Without a hall: every staff member of the halls the caller administers. */
  'Query.staff (all halls)': { document: '{ staff { id } }' },

  'Mutation.login': {
    document:
      'mutation($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
    prepare: () => ({ username: 'login.probe', password: 'login.probe-password' }),
  },
  'Mutation.logout': {
    document: 'mutation { logout }',
    // A session of its own, so the column's token stays valid for the other rows.
    token: async (column) => {
      const account = credentials[column];
      return account ? await testApp.login(account.username, account.password) : tokens[column];
    },
  },
  'Mutation.issueTicket': {
    document:
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } accessCode } }',
    prepare: () => ({ input: { hallId: hall.id, serviceId: serviceIds[0] } }),
  },
  'Mutation.openCounter': {
    document: 'mutation($counterId: ID!) { openCounter(counterId: $counterId) { id status } }',
    prepare: async () => ({ counterId: await newCounter(CounterStatus.CLOSED) }),
  },
  'Mutation.pauseCounter': {
    document:
      'mutation($counterId: ID!) { pauseCounter(counterId: $counterId, reason: "break") { id status } }',
    prepare: async () => ({ counterId: await newCounter(CounterStatus.OPEN) }),
  },
  'Mutation.resumeCounter': {
    document: 'mutation($counterId: ID!) { resumeCounter(counterId: $counterId) { id status } }',
    prepare: async () => ({ counterId: await newCounter(CounterStatus.PAUSED) }),
  },
  'Mutation.closeCounter': {
    document: 'mutation($counterId: ID!) { closeCounter(counterId: $counterId) { id status } }',
    prepare: async () => ({ counterId: await newCounter(CounterStatus.OPEN) }),
  },
  'Mutation.callNext': {
    document: `mutation($counterId: ID!) { callNext(counterId: $counterId) { ${ticketFields} } }`,
    // A waiting ticket first, so an allowed call returns a ticket, not null.
    prepare: async () => {
      await waitingTicket();
      return { counterId: await newCounter() };
    },
  },
  'Mutation.callTicket': {
    document: `mutation($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId, reason: "elderly") { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await waitingTicket()).ticketId, counterId: await newCounter() }),
  },
  'Mutation.recallTicket': {
    document: `mutation($ticketId: ID!) { recallTicket(ticketId: $ticketId) { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket()).ticketId }),
  },
  'Mutation.startServing': {
    document: `mutation($ticketId: ID!) { startServing(ticketId: $ticketId) { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket()).ticketId }),
  },
  'Mutation.completeTicket': {
    document: `mutation($ticketId: ID!) { completeTicket(ticketId: $ticketId, outcome: "done") { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket('startServing')).ticketId }),
  },
  'Mutation.markNoShow': {
    document: `mutation($ticketId: ID!) { markNoShow(ticketId: $ticketId) { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket()).ticketId }),
  },
  'Mutation.requeueTicket': {
    document: `mutation($ticketId: ID!) { requeueTicket(ticketId: $ticketId) { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket('markNoShow')).ticketId }),
  },
  'Mutation.transferTicket': {
    document: `mutation($ticketId: ID!, $serviceId: ID!) { transferTicket(ticketId: $ticketId, serviceId: $serviceId) { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket()).ticketId, serviceId: serviceIds[1] }),
  },
  'Mutation.parkTicket': {
    document: `mutation($ticketId: ID!) { parkTicket(ticketId: $ticketId) { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket()).ticketId }),
  },
  'Mutation.resumeTicket': {
    document: `mutation($ticketId: ID!) { resumeTicket(ticketId: $ticketId) { ${ticketFields} } }`,
    prepare: async () => ({ ticketId: (await calledTicket('parkTicket')).ticketId }),
  },
  'Mutation.cancelTicket': {
    document: `mutation($accessCode: String!) { cancelTicket(accessCode: $accessCode) { ${ticketFields} } }`,
    prepare: async () => ({ accessCode: (await waitingTicket()).accessCode }),
  },
  'Mutation.rateTicket': {
    document: `mutation($accessCode: String!) { rateTicket(accessCode: $accessCode, score: 4, comment: "ok") { ${ticketFields} rating } }`,
    prepare: async () => ({ accessCode: (await calledTicket('completeTicket')).accessCode }),
  },
  'Mutation.heartbeat': {
    document: 'mutation { heartbeat { id online } }',
    check: (value, column) => expect(value).toEqual({ id: deviceIds[column], online: true }),
  },
  'Mutation.updateHall': {
    document:
      'mutation($hallId: ID!, $input: HallSettingsInput!) { updateHall(hallId: $hallId, input: $input) { id name } }',
    prepare: () => ({ hallId: hall.id, input: { name: `Hall ${next()}` } }),
  },
  'Mutation.createHall': {
    document: 'mutation($input: CreateHallInput!) { createHall(input: $input) { id code } }',
    prepare: () => ({
      input: { code: `SUB${next()}`, name: 'Sub-district', timezone: 'Asia/Shanghai', parentId: hall.id },
    }),
  },
  'Query.calendar': {
    document:
      'query($hallId: ID!) { calendar(hallId: $hallId, from: "2026-10-01", to: "2026-10-07") { date open } }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Mutation.setWeeklyHours': {
    // An empty week: open all day, as the hall is, so the other rows' tickets are still issued.
    document: 'mutation($hallId: ID!) { setWeeklyHours(hallId: $hallId, hours: []) { weekday } }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Mutation.setCalendarExceptions': {
    document:
      'mutation($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) { setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) { date } }',
    prepare: () => ({ hallId: hall.id, exceptions: [{ date: futureDate(), periods: [], note: 'holiday' }] }),
  },
  'Mutation.removeCalendarException': {
    document:
      'mutation($hallId: ID!, $date: String!) { removeCalendarException(hallId: $hallId, date: $date) { date } }',
    prepare: async () => {
      const date = futureDate();
      await testApp.app.orm.em
        .fork()
        .execute(
          `INSERT INTO calendar_exception (hall_id, date, periods) VALUES ('${hall.id}', '${date}', '[]')`,
        );
      return { hallId: hall.id, date };
    },
  },
  'Mutation.importCalendar': {
    document: 'mutation($hallId: ID!, $ics: String!) { importCalendar(hallId: $hallId, ics: $ics) { date } }',
    prepare: () => ({
      hallId: hall.id,
      ics: `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:${next()}\r\nDTSTART;VALUE=DATE:${futureDate().replaceAll('-', '')}\r\nSUMMARY:Holiday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
    }),
  },
  'Query.slots': {
    document:
      'query($hallId: ID!, $serviceId: ID!, $date: String!) { slots(hallId: $hallId, serviceId: $serviceId, date: $date) { start available } }',
    prepare: () => ({ hallId: hall.id, serviceId: appointmentServiceId, date: freshSlot().slice(0, 10) }),
  },
  'Mutation.checkInAppointment': {
    document:
      'mutation($hallId: ID!, $code: String!) { checkInAppointment(hallId: $hallId, code: $code) { accessCode ticket { id channel appointment { id } } } }',
    prepare: async () => ({ hallId: hall.id, code: await appointmentToCheckIn() }),
  },
  'Query.bookingHall': {
    document: 'query($code: String!) { bookingHall(code: $code) { id services { id slotMinutes } } }',
    prepare: () => ({ code: hall.code }),
  },
  'Query.myAppointment': {
    document: 'query($manageCode: String!) { myAppointment(manageCode: $manageCode) { id phoneMasked } }',
    prepare: async () => ({ manageCode: (await bookedAppointment()).manageCode }),
  },
  'Query.appointments': {
    document:
      'query($hallId: ID!, $date: String!) { appointments(hallId: $hallId, date: $date) { id phoneMasked } }',
    prepare: () => ({ hallId: hall.id, date: freshSlot().slice(0, 10) }),
  },
  'Mutation.setAppointmentSettings': {
    document:
      'mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId, input: { leadMinutes: 0 }) { id } }',
    prepare: () => ({ serviceId: appointmentServiceId }),
  },
  'Mutation.bookAppointment': {
    document:
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { manageCode appointment { id } } }',
    prepare: () => ({ input: bookingInput() }),
  },
  'Mutation.rescheduleAppointment': {
    document:
      'mutation($manageCode: String!, $slotStart: DateTime!) { rescheduleAppointment(manageCode: $manageCode, slotStart: $slotStart) { id } }',
    prepare: async () => ({ manageCode: (await bookedAppointment()).manageCode, slotStart: freshSlot() }),
  },
  'Mutation.cancelAppointment': {
    document: 'mutation($manageCode: String!) { cancelAppointment(manageCode: $manageCode) { id status } }',
    prepare: async () => ({ manageCode: (await bookedAppointment()).manageCode }),
  },
  'Mutation.cancelAppointmentAsStaff': {
    document:
      'mutation($id: ID!) { cancelAppointmentAsStaff(appointmentId: $id, reason: "caller asked") { id status } }',
    prepare: async () => ({ id: (await bookedAppointment()).id }),
  },
  'Mutation.setRemoteJoinSettings': {
    document:
      'mutation($serviceId: ID!) { setRemoteJoinSettings(serviceId: $serviceId, input: { holdMinutes: 12 }) { id } }',
    prepare: () => ({ serviceId: remoteServiceId }),
  },
  'Mutation.joinRemotely': {
    document:
      'mutation($input: JoinRemotelyInput!) { joinRemotely(input: $input) { accessCode ticket { id channel checkedIn } } }',
    prepare: () => ({ input: remoteJoinInput() }),
  },
  'Mutation.checkInTicket': {
    document: 'mutation($accessCode: String!) { checkInTicket(accessCode: $accessCode) { id checkedIn } }',
    prepare: async () => ({ accessCode: await remoteTicket() }),
  },
  'Mutation.checkInTicket (with the wall code)': {
    document:
      'mutation($accessCode: String!, $checkInCode: String) { checkInTicket(accessCode: $accessCode, checkInCode: $checkInCode) { id checkedIn } }',
    prepare: async () => ({ accessCode: await remoteTicket(), checkInCode: await wallCode() }),
  },
  'Query.exportConfiguration': {
    document: 'query($hallId: ID!) { exportConfiguration(hallId: $hallId) }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Mutation.importConfiguration': {
    document:
      'mutation($parentId: ID, $configuration: String!) { importConfiguration(parentId: $parentId, configuration: $configuration) { code } }',
    prepare: () => ({
      parentId: hall.id,
      configuration: configurationFileOf(emptyHallConfiguration(`IMP${next()}`, 'Imported')),
    }),
  },
  'Mutation.createService': {
    document:
      'mutation($hallId: ID!, $input: ServiceInput!) { createService(hallId: $hallId, input: $input) { id prefix } }',
    prepare: () => {
      const number = next();
      const prefix = `Z${String.fromCharCode(65 + (Math.floor(number / 26) % 26))}${String.fromCharCode(65 + (number % 26))}`;
      return { hallId: hall.id, input: { code: `new-${number}`, name: `New ${number}`, prefix } };
    },
  },
  'Mutation.updateService': {
    document:
      'mutation($serviceId: ID!, $input: ServiceInput!) { updateService(serviceId: $serviceId, input: $input) { id name } }',
    prepare: () => ({
      serviceId: updatableServiceId,
      input: { code: 'updatable', name: `Updatable ${next()}`, prefix: 'U' },
    }),
  },
  'Mutation.createCounter': {
    document:
      'mutation($hallId: ID!, $label: String!) { createCounter(hallId: $hallId, label: $label) { id label } }',
    prepare: () => ({ hallId: hall.id, label: `N${next()}` }),
  },
  'Mutation.setCounterServices': {
    document:
      'mutation($counterId: ID!, $services: [CounterServiceInput!]!) { setCounterServices(counterId: $counterId, services: $services) { id services { rank } } }',
    prepare: async () => ({
      counterId: await newCounter(CounterStatus.CLOSED),
      services: [{ serviceId: serviceIds[1], rank: 1 }],
    }),
  },
  'Mutation.createStaff': {
    document: 'mutation($input: StaffInput!) { createStaff(input: $input) { id username } }',
    prepare: () => ({
      input: { username: `new.${next()}`, displayName: 'New clerk', role: Role.CLERK, hallIds: [hall.id] },
    }),
  },
  'Mutation.updateStaff': {
    document:
      'mutation($staffId: ID!, $input: StaffInput!) { updateStaff(staffId: $staffId, input: $input) { id displayName } }',
    prepare: async () => {
      const staffId = await clerkToChange();
      const username = (await fork().findOneOrFail(Staff, staffId)).username;
      return {
        staffId,
        input: { username, displayName: 'Renamed', role: Role.CLERK, hallIds: [hall.id] },
      };
    },
  },
  'Mutation.resetPassword': {
    document:
      'mutation($staffId: ID!, $password: String!) { resetPassword(staffId: $staffId, password: $password) { id } }',
    prepare: async () => ({ staffId: await clerkToChange(), password: 'a-new-password-1' }),
  },
  'Mutation.createDeviceToken': {
    document:
      'mutation($hallId: ID!, $name: String!) { createDeviceToken(hallId: $hallId, role: KIOSK, name: $name) { id token } }',
    prepare: () => ({ hallId: hall.id, name: `Kiosk ${next()}` }),
  },
  'Mutation.revokeDevice': {
    document: 'mutation($deviceId: ID!) { revokeDevice(deviceId: $deviceId) { id revoked } }',
    prepare: async () => {
      const em = fork();
      const device = em.create(Device, {
        hall: hall.id,
        role: Role.DISPLAY,
        name: `To revoke ${next()}`,
        tokenHash: randomUUID(),
        createdAt: testApp.clock.now(),
      });
      await em.flush();
      return { deviceId: device.id };
    },
  },
  'Mutation.followUpRating': {
    document:
      'mutation($ratingId: ID!) { followUpRating(ratingId: $ratingId, note: "called back") { id followUpNote } }',
    prepare: async () => ({ ratingId: await ratingId() }),
  },

  'Subscription.boardUpdated': {
    document: 'subscription($hallId: ID!) { boardUpdated(hallId: $hallId) { hallId seq } }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Subscription.hallEvents': {
    document:
      'subscription($hallId: ID!, $afterSeq: Int) { hallEvents(hallId: $hallId, afterSeq: $afterSeq) { seq type } }',
    prepare: () => ({ hallId: hall.id, afterSeq: 0 }),
  },
  'Subscription.hallStatusUpdated': {
    document: 'subscription($hallId: ID!) { hallStatusUpdated(hallId: $hallId) { hallId seq } }',
    prepare: () => ({ hallId: hall.id }),
  },
  'Subscription.counterQueueUpdated': {
    document: 'subscription($counterId: ID!) { counterQueueUpdated(counterId: $counterId) { id } }',
    prepare: async () => ({ counterId: await newCounter() }),
  },
  'Subscription.myTicketUpdated': {
    document: `subscription($accessCode: String!) { myTicketUpdated(accessCode: $accessCode) { ${ticketFields} } }`,
    prepare: async () => ({ accessCode: (await waitingTicket()).accessCode }),
  },
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

type Row = [
  anonymous: Expected,
  admin: Expected,
  manager: Expected,
  clerk: Expected,
  otherManager: Expected,
  otherClerk: Expected,
  display: Expected,
  kiosk: Expected,
  revoked: Expected,
  expired: Expected,
  randomAccessCode: Expected,
];

// Rows that many operations share.
/** Staff of the hall (queues, tickets, counters): ADMIN, MANAGER, CLERK. */
const staffOfHall: Row = [UN, OK, OK, OK, NO, NO, NO, NO, UN, UN, NA];
/** What the hall's screens show (board, events): every role of the hall. */
const wholeHall: Row = [UN, OK, OK, OK, NO, NO, OK, OK, UN, UN, NA];
/** Management of the hall: ADMIN and its MANAGER. */
const management: Row = [UN, OK, OK, NO, NO, NO, NO, NO, UN, UN, NA];
/** The holder of the access code, whoever else they are; an unknown code is NOT_FOUND. */
const accessCodeHolder: Row = [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NF];

// Columns: anon ADMIN MGR CLERK oMGR oCLERK DISPLAY KIOSK revoked expired randomCode
const table: Record<OperationName, Row> = {
  'Query.me': [NULL, OK, OK, OK, OK, OK, NULL, NULL, UN, UN, NA],
  'Query.myDevice': [NULL, NULL, NULL, NULL, NULL, NULL, OK, OK, UN, UN, NA],
  'Query.halls': [UN, OK, OK, OK, OK, OK, OK, OK, UN, UN, NA],
  'Query.hall': wholeHall,
  'Query.board': wholeHall,
  'Query.hallStatus': management,
  'Query.queue': staffOfHall,
  'Query.counterQueue': staffOfHall,
  'Query.counter': staffOfHall,
  'Query.ticket': staffOfHall,
  'Query.myTicket': [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NULL],
  'Query.hallEvents': wholeHall,
  'Query.waitStats': management,
  'Query.waitStats (own staffIds)': staffOfHall,
  'Query.waitStatsCsv': management,
  'Query.ratings': management,
  'Query.devices': management,
  'Query.staff': management,
  'Query.staff (all halls)': [UN, OK, OK, NO, OK, NO, NO, NO, UN, UN, NA],
  'Mutation.login': [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NA],
  'Mutation.logout': [UN, OK, OK, OK, OK, OK, OK, OK, UN, UN, NA],
  'Mutation.issueTicket': [UN, OK, OK, OK, NO, NO, NO, OK, UN, UN, NA],
  'Mutation.openCounter': staffOfHall,
  'Mutation.pauseCounter': staffOfHall,
  'Mutation.resumeCounter': staffOfHall,
  'Mutation.closeCounter': staffOfHall,
  'Mutation.callNext': staffOfHall,
  'Mutation.callTicket': staffOfHall,
  'Mutation.recallTicket': staffOfHall,
  'Mutation.startServing': staffOfHall,
  'Mutation.completeTicket': staffOfHall,
  'Mutation.markNoShow': staffOfHall,
  'Mutation.requeueTicket': staffOfHall,
  'Mutation.transferTicket': staffOfHall,
  'Mutation.parkTicket': staffOfHall,
  'Mutation.resumeTicket': staffOfHall,
  'Mutation.cancelTicket': accessCodeHolder,
  'Mutation.rateTicket': accessCodeHolder,
  'Mutation.heartbeat': [UN, NO, NO, NO, NO, NO, OK, OK, UN, UN, NA],
  'Mutation.updateHall': management,
  'Mutation.createHall': management,
  'Query.calendar': wholeHall,
  'Mutation.setWeeklyHours': management,
  'Mutation.setCalendarExceptions': management,
  'Mutation.removeCalendarException': management,
  'Mutation.importCalendar': management,
  'Query.slots': [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NA],
  'Query.myAppointment': [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NA],
  'Query.bookingHall': [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NA],
  // The hall's kiosk and its staff check an appointment in, as they issue tickets.
  'Mutation.checkInAppointment': [UN, OK, OK, OK, NO, NO, NO, OK, UN, UN, NA],
  'Query.appointments': staffOfHall,
  'Mutation.setAppointmentSettings': management,
  // Anyone books without a login; staff of the hall for a caller; a screen or a kiosk never.
  'Mutation.bookAppointment': [OK, OK, OK, OK, NO, NO, NO, NO, UN, UN, NA],
  'Mutation.rescheduleAppointment': [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NA],
  'Mutation.cancelAppointment': [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NA],
  'Mutation.cancelAppointmentAsStaff': staffOfHall,
  'Mutation.setRemoteJoinSettings': management,
  // Anyone takes a place from a phone; a refused token is refused.
  'Mutation.joinRemotely': [OK, OK, OK, OK, OK, OK, OK, OK, UN, UN, NA],
  // By the access code alone, the hall's kiosk and staff vouch that the citizen is there ...
  'Mutation.checkInTicket': [UN, OK, OK, OK, NO, NO, NO, OK, UN, UN, UN],
  // ... with the code on the hall's wall, anyone who can see it.
  'Mutation.checkInTicket (with the wall code)': [OK, OK, OK, OK, OK, OK, OK, OK, UN, UN, NF],
  'Query.exportConfiguration': management,
  'Mutation.importConfiguration': management,
  'Mutation.createService': management,
  'Mutation.updateService': management,
  'Mutation.createCounter': management,
  'Mutation.setCounterServices': management,
  'Mutation.createStaff': management,
  'Mutation.updateStaff': management,
  'Mutation.resetPassword': management,
  'Mutation.createDeviceToken': management,
  'Mutation.revokeDevice': management,
  'Mutation.followUpRating': management,
  'Subscription.boardUpdated': wholeHall,
  'Subscription.hallEvents': wholeHall,
  'Subscription.hallStatusUpdated': management,
  'Subscription.counterQueueUpdated': staffOfHall,
  'Subscription.myTicketUpdated': accessCodeHolder,
};

/** "Mutation.login" and "Query.staff (all halls)" → ["Mutation", "login"] and ["Query", "staff"]. */
function rootFieldOf(name: string): [RootType, string] {
  const [rootType, field] = name.split(' ')[0]!.split('.') as [RootType, string];
  return [rootType, field];
}

function schemaOperations(): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  const roots: [RootType, GraphQLObjectType | null | undefined][] = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  for (const [rootType, type] of roots) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      found.set(
        `${rootType}.${field.name}`,
        field.args.map((argument) => argument.name),
      );
    }
  }
  return found;
}

/** Row count and checksum of every table, in one query. */
async function databaseChecksum(): Promise<Record<string, string>> {
  const select = tableNames
    .map(
      (table) =>
        `SELECT '${table}' AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
    )
    .join(' UNION ALL ');
  const rows = await fork().execute<{ name: string; sum: string }[]>(select);
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}

/** Subscribes over graphql-ws and returns the first message (a value or the errors). */
async function firstSubscriptionMessage(
  token: string | null,
  document: string,
  variables: Variables,
): Promise<GraphQLResponse> {
  const client = testApp.webSocketClient(token ? { token } : {});
  try {
    return await new Promise<GraphQLResponse>((resolveFirst, reject) => {
      const timer = setTimeout(() => reject(new Error('no message within 5 s')), 5_000);
      const stop = client.subscribe(
        { query: document, variables },
        {
          next: (value) => {
            clearTimeout(timer);
            stop();
            resolveFirst(value as GraphQLResponse);
          },
          error: (error) => {
            clearTimeout(timer);
            if (Array.isArray(error)) resolveFirst({ errors: error as GraphQLResponse['errors'] });
            else reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          },
          complete: () => {
            clearTimeout(timer);
            resolveFirst({});
          },
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

beforeAll(async () => {
  testApp = await startTestApp();
  schema = testApp.app.schema;
  const ttlMs = testApp.app.config.sessionTtlSeconds * 1000;
  // The expired token: an ADMIN session opened now; the clock then moves past its end but not past
  // the sessions opened below, halfway.
  tokens['expired staff token'] = await testApp.login('admin', testAdminPassword);
  testApp.clock.advance(ttlMs / 2);

  const em = fork();
  hall = em.create(Hall, { code: 'MATRIX', name: 'Hall', timezone: 'Asia/Shanghai', maxRecalls: 5 });
  otherHall = em.create(Hall, { code: 'OTHER', name: 'Other hall', timezone: 'Asia/Shanghai' });
  for (const [code, prefix] of [
    ['first', 'A'],
    ['second', 'B'],
  ]) {
    serviceIds.push(em.create(Service, { hall, code: code!, name: code!, prefix: prefix! }).id);
  }
  updatableServiceId = em.create(Service, { hall, code: 'updatable', name: 'Updatable', prefix: 'U' }).id;
  appointmentServiceId = em.create(Service, {
    hall,
    code: 'appointments',
    name: 'Appointments',
    prefix: 'P',
    // Five-minute slots of 200, three months ahead: a fresh slot and phone for every cell.
    appointmentSettings: {
      enabled: true,
      slotMinutes: 5,
      capacityPerSlot: 200,
      horizonDays: 90,
      leadMinutes: 0,
    },
  }).id;
  remoteServiceId = em.create(Service, {
    hall,
    code: 'remote',
    name: 'Remote',
    prefix: 'R',
    // Room for a remote ticket of every cell.
    remoteJoinSettings: { enabled: true, maxWaiting: 500 },
  }).id;
  em.create(Service, { hall: otherHall, code: 'other', name: 'Other', prefix: 'O' });
  await em.flush();

  const accounts: [Column, string, StaffRole, Hall][] = [
    ['MANAGER of the hall', 'manager.hall', Role.MANAGER, hall],
    ['CLERK of the hall', 'clerk.hall', Role.CLERK, hall],
    ['MANAGER of another hall', 'manager.other', Role.MANAGER, otherHall],
    ['CLERK of another hall', 'clerk.other', Role.CLERK, otherHall],
  ];
  credentials.ADMIN = { username: 'admin', password: testAdminPassword };
  tokens.ADMIN = await testApp.login('admin', testAdminPassword);
  for (const [column, username, role, ofHall] of accounts) {
    staffIds[column] = await createStaff(username, role, [ofHall]);
    credentials[column] = { username, password: `${username}-password` };
    tokens[column] = await testApp.login(username, `${username}-password`);
  }
  await createStaff('login.probe', Role.CLERK, [hall]);
  tokens.anonymous = null;
  tokens['random accessCode'] = null;
  for (const [column, role] of [
    ['DISPLAY of the hall', 'DISPLAY'],
    ['KIOSK of the hall', 'KIOSK'],
  ] as const) {
    const device = await createDevice(role, column);
    tokens[column] = device.token;
    deviceIds[column] = device.id;
  }
  const revoked = await createDevice('KIOSK', 'revoked');
  await asAdmin('mutation($id: ID!) { revokeDevice(deviceId: $id) { id } }', { id: revoked.id });
  tokens['revoked device'] = revoked.token;

  testApp.clock.advance(ttlMs / 2 + 60_000);
  // The hall has an event, so hallEvents(afterSeq: 0) answers at once.
  await waitingTicket();

  tableNames = (
    await fork().execute<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         -- Rate-limit windows count requests, refused ones too: bookkeeping, not data.
         AND table_name NOT LIKE 'rate_limit%'
       ORDER BY table_name`,
    )
  ).map((row) => row.table_name);
});
afterAll(async () => {
  await testApp?.close();
});

describe('the authorization matrix', () => {
  it('has a row for every operation the server serves, and names only real ones', () => {
    const served = schemaOperations();
    const rows = Object.keys(table);
    const covered = new Set(rows.map((name) => rootFieldOf(name).join('.')));
    expect([...served.keys()].filter((name) => !covered.has(name))).toEqual([]);
    expect(rows.filter((name) => !served.has(rootFieldOf(name).join('.')))).toEqual([]);
  });

  it('sees a write in its table checksums (so "a refusal wrote nothing" can fail)', async () => {
    const before = await databaseChecksum();
    testApp.clock.advance(1_000);
    await testApp.graphql('mutation { heartbeat { id } }', {}, { token: tokens['KIOSK of the hall'] });
    expect(await databaseChecksum()).not.toEqual(before);
  });

  it('tries a random accessCode exactly where the operation takes one', () => {
    const served = schemaOperations();
    for (const [name, row] of Object.entries(table)) {
      const takesAccessCode = served.get(rootFieldOf(name).join('.'))?.includes('accessCode');
      expect({ name, applicable: row[10] !== NA }).toEqual({ name, applicable: takesAccessCode });
    }
  });

  const cells = (Object.entries(table) as [OperationName, Row][]).flatMap(([name, row]) =>
    columns
      .map((column, index): [OperationName, Column, Expected] => [name, column, row[index]!])
      .filter(([, , expected]) => expected !== NA),
  );

  it.each(cells)('%s × %s → %s', async (name, column, expected) => {
    const operation: Operation = operations[name];
    const [rootType, field] = rootFieldOf(name);
    const variables = (await operation.prepare?.(column)) ?? {};
    if (column === 'random accessCode') variables.accessCode = randomBytes(18).toString('base64url');
    const token = operation.token ? await operation.token(column) : tokens[column];
    const before = expected === OK ? null : await databaseChecksum();

    const result =
      rootType === 'Subscription'
        ? await firstSubscriptionMessage(token, operation.document, variables)
        : await testApp.graphql(operation.document, variables, { token });

    if (expected === OK) {
      expect(result.errors).toBeUndefined();
      const value = result.data?.[field];
      expect(value ?? null).not.toBeNull();
      operation.check?.(value, column);
      return;
    }
    if (expected === NULL) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ [field]: null });
    } else {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([expected]);
      expect(result.data?.[field] ?? null).toBeNull();
    }
    expect(await databaseChecksum()).toEqual(before);
  });
});
