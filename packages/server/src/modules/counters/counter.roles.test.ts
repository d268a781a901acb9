import { expect } from 'vitest';
import {
  describeRoleMatrix,
  fork,
  hallIds,
  type HallKey,
  type MatrixRow,
  NO,
  OK,
  type Operation,
  serviceIds,
  UN,
  useRoleMatrix,
} from '../../../test/support/role-matrix.js';
import { Counter, CounterService } from './counter.entity.js';

/** Who may create and set up which halls' counters: the counters rows of the caller × operation matrix. */

useRoleMatrix();

const createCounter = (hall: HallKey): Operation => ({
  query: `mutation CreateCounter($hallId: ID!, $label: String!) {
    createCounter(hallId: $hallId, label: $label) { id label hall { id } } }`,
  field: 'createCounter',
  prepare: (cell) => ({ hallId: hallIds[hall], label: `W${cell}` }),
  verify: async (value, _caller, variables) => {
    const created = value as { id: string };
    expect(value).toEqual({ id: expect.any(String), label: variables.label, hall: { id: hallIds[hall] } });
    const stored = await fork().findOneOrFail(Counter, created.id);
    expect(stored.label).toBe(variables.label);
    expect(stored.hall.id).toBe(hallIds[hall]);
  },
});

const setCounterServices = (hall: HallKey): Operation => ({
  query: `mutation SetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {
    setCounterServices(counterId: $counterId, services: $services) { id services { rank service { id } } } }`,
  field: 'setCounterServices',
  // A fresh counter with no services, so an OK answer must have written the link.
  prepare: async (cell) => {
    const em = fork();
    const counter = em.create(Counter, { hall: hallIds[hall], label: `S${cell}` });
    await em.flush();
    return { counterId: counter.id, services: [{ serviceId: serviceIds[hall], rank: 1 }] };
  },
  verify: async (value, _caller, variables) => {
    expect(value).toEqual({
      id: variables.counterId,
      services: [{ rank: 1, service: { id: serviceIds[hall] } }],
    });
    const links = await fork().find(CounterService, { counter: variables.counterId as string });
    expect(links.map((link) => [link.service.id, link.rank])).toEqual([[serviceIds[hall], 1]]);
  },
});

const operations = {
  'createCounter(A)': createCounter('A'),
  'createCounter(C)': createCounter('C'),
  'setCounterServices(A)': setCounterServices('A'),
  'setCounterServices(B)': setCounterServices('B'),
  'setCounterServices(C)': setCounterServices('C'),
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createCounter(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createCounter(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'setCounterServices(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'setCounterServices(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'setCounterServices(C)'],
];

describeRoleMatrix(table, operations);
