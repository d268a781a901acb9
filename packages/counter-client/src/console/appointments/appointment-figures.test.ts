import { describe, expect, it } from 'vitest';
import { appointmentCounts, groupBySlot } from './appointment-figures';

function appointment(id: string, slotStart: string, slotEnd: string, status = 'BOOKED') {
  return { id, slotStart, slotEnd, status };
}

describe('appointmentCounts', () => {
  it('counts each status, zero for the absent ones', () => {
    expect(
      appointmentCounts([
        { status: 'BOOKED' },
        { status: 'CHECKED_IN' },
        { status: 'BOOKED' },
        { status: 'CANCELLED' },
      ]),
    ).toEqual({ BOOKED: 2, CHECKED_IN: 1, MISSED: 0, CANCELLED: 1 });
    expect(appointmentCounts([])).toEqual({ BOOKED: 0, CHECKED_IN: 0, MISSED: 0, CANCELLED: 0 });
  });
});

describe('groupBySlot', () => {
  it('groups by slot start, earliest first, keeping the listed order inside a slot', () => {
    const groups = groupBySlot([
      appointment('late', '2026-11-24T03:00:00.000Z', '2026-11-24T03:30:00.000Z'),
      appointment('first', '2026-11-24T02:00:00.000Z', '2026-11-24T02:30:00.000Z'),
      appointment('second', '2026-11-24T02:00:00.000Z', '2026-11-24T02:30:00.000Z'),
    ]);
    expect(groups.map((group) => [group.slotStart, group.appointments.map((each) => each.id)])).toEqual([
      ['2026-11-24T02:00:00.000Z', ['first', 'second']],
      ['2026-11-24T03:00:00.000Z', ['late']],
    ]);
  });

  it('ends a shared start with the longest slot of its services', () => {
    const [group] = groupBySlot([
      appointment('short', '2026-11-24T02:00:00.000Z', '2026-11-24T02:15:00.000Z'),
      appointment('long', '2026-11-24T02:00:00.000Z', '2026-11-24T03:00:00.000Z'),
    ]);
    expect(group?.slotEnd).toBe('2026-11-24T03:00:00.000Z');
  });

  it('reads the same instant written two ways as one slot', () => {
    expect(
      groupBySlot([
        appointment('utc', '2026-11-24T02:00:00.000Z', '2026-11-24T02:30:00.000Z'),
        appointment('offset', '2026-11-24T10:00:00+08:00', '2026-11-24T10:30:00+08:00'),
      ]),
    ).toHaveLength(1);
  });
});
