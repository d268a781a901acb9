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
  UN,
  useRoleMatrix,
} from '../../../test/support/role-matrix.js';
import { configurationFileOf, emptyHallConfiguration } from '../../../test/support/configuration-file.js';
import { Hall } from '../halls/hall.entity.js';

/** Who may export and import a district's configuration: the rows of the caller × operation matrix. */

useRoleMatrix();

const exportOf = (hall: HallKey): Operation => ({
  query: 'query Export($hallId: ID!) { exportConfiguration(hallId: $hallId) }',
  field: 'exportConfiguration',
  prepare: () => ({ hallId: hallIds[hall] }),
  verify: (value) => expect(JSON.parse(value as string).halls[0].code).toBe(hall),
});

const importBelow = (parent: HallKey | null): Operation => ({
  query: `mutation Import($parentId: ID, $configuration: String!) {
    importConfiguration(parentId: $parentId, configuration: $configuration) { code } }`,
  field: 'importConfiguration',
  prepare: (cell) => ({
    parentId: parent && hallIds[parent],
    configuration: configurationFileOf(emptyHallConfiguration(`IMP${cell}`, `Imported ${cell}`)),
  }),
  verify: async (value, _caller, variables) => {
    const code = JSON.parse(variables.configuration as string).halls[0].code as string;
    expect(value).toEqual([{ code }]);
    const stored = await fork().findOneOrFail(Hall, { code });
    expect(stored.parent?.id ?? null).toBe(parent ? hallIds[parent] : null);
  },
});

const operations = {
  'exportConfiguration(A)': exportOf('A'),
  'exportConfiguration(C)': exportOf('C'),
  'importConfiguration(top)': importBelow(null),
  'importConfiguration(below A)': importBelow('A'),
  'importConfiguration(below C)': importBelow('C'),
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, NO, NO, NO, NO, UN, UN, 'exportConfiguration(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'exportConfiguration(C)'],
  [OK, NO, NO, NO, NO, NO, UN, UN, 'importConfiguration(top)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'importConfiguration(below A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'importConfiguration(below C)'],
];

describeRoleMatrix(table, operations);
