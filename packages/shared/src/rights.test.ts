import { describe, expect, it } from 'vitest';
import { Role } from './enums.js';
import { holdsRight, rights, type Right } from './rights.js';

const { ADMIN, MANAGER, CLERK, KIOSK, DISPLAY } = Role;

/** The API contract's "Who may call what", right by right: the roles that hold it. */
const expected: Record<Right, readonly Role[]> = {
  readHallSetup: [ADMIN, MANAGER, CLERK, KIOSK, DISPLAY],
  administerHall: [ADMIN, MANAGER],
  issueTicket: [ADMIN, MANAGER, CLERK, KIOSK],
  operateCounter: [ADMIN, MANAGER, CLERK],
  readQueue: [ADMIN, MANAGER, CLERK],
  readBoard: [ADMIN, MANAGER, CLERK, KIOSK, DISPLAY],
  readHallStatus: [ADMIN, MANAGER],
  readStats: [ADMIN, MANAGER, CLERK],
  readRatings: [ADMIN, MANAGER],
};

describe('rights', () => {
  const cells = (Object.keys(expected) as Right[]).flatMap((right) =>
    Object.values(Role).map((role) => [right, role, expected[right].includes(role)] as const),
  );

  it('names every right of the contract', () => {
    expect(Object.keys(rights).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(cells)('%s held by %s: %s', (right, role, holds) => {
    expect(holdsRight(role, right)).toBe(holds);
  });

  it('a device holds no right to change a hall', () => {
    for (const right of ['administerHall', 'operateCounter', 'readStats'] as const) {
      expect(holdsRight(KIOSK, right) || holdsRight(DISPLAY, right)).toBe(false);
    }
  });

  it('an unknown role holds nothing', () => {
    expect(holdsRight('CITIZEN', 'readBoard')).toBe(false);
  });
});
