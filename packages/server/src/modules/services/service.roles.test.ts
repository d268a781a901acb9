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
import { Service } from './service.entity.js';

/** Who may create and change which halls' services: the services rows of the caller × operation matrix. */

useRoleMatrix();

/** Three capital letters from a number, for unique ticket prefixes (all start with Z). */
const prefixFor = (number: number): string =>
  'Z' + String.fromCharCode(65 + (Math.floor(number / 26) % 26)) + String.fromCharCode(65 + (number % 26));

const createService = (hall: HallKey): Operation => ({
  query: `mutation CreateService($hallId: ID!, $input: ServiceInput!) {
    createService(hallId: $hallId, input: $input) { id code prefix hall { id } } }`,
  field: 'createService',
  prepare: (cell) => ({
    hallId: hallIds[hall],
    input: { code: `new-${cell}`, name: `New service ${cell}`, prefix: prefixFor(cell) },
  }),
  verify: async (value, _caller, variables) => {
    const input = variables.input as { code: string; prefix: string };
    const created = value as { id: string };
    expect(value).toEqual({
      id: expect.any(String),
      code: input.code,
      prefix: input.prefix,
      hall: { id: hallIds[hall] },
    });
    const stored = await fork().findOneOrFail(Service, created.id);
    expect(stored).toMatchObject({ code: input.code, prefix: input.prefix });
    expect(stored.hall.id).toBe(hallIds[hall]);
  },
});

const updateService = (hall: HallKey): Operation => ({
  query: `mutation UpdateService($serviceId: ID!, $input: ServiceInput!) {
    updateService(serviceId: $serviceId, input: $input) { id name } }`,
  field: 'updateService',
  prepare: (cell) => ({
    serviceId: serviceIds[hall],
    input: { code: `svc-${hall}`, name: `Service ${hall} #${cell}`, prefix: hall },
  }),
  verify: async (value, _caller, variables) => {
    const name = (variables.input as { name: string }).name;
    expect(value).toEqual({ id: serviceIds[hall], name });
    expect((await fork().findOneOrFail(Service, serviceIds[hall])).name).toBe(name);
  },
});

const operations = {
  'createService(A)': createService('A'),
  'createService(B)': createService('B'),
  'createService(C)': createService('C'),
  'updateService(A)': updateService('A'),
  'updateService(B)': updateService('B'),
  'updateService(C)': updateService('C'),
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createService(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createService(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createService(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateService(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'updateService(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'updateService(C)'],
];

describeRoleMatrix(table, operations);
