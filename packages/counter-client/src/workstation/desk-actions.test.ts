import { describe, expect, it } from 'vitest';
import { deskActions, type DeskOperation, operationsOfKey, ticketBarOperations } from './desk-actions';
import { defaultKeys, type KeyedOperation } from './workstation-config';

describe('the table of desk actions', () => {
  it.each<[KeyedOperation, string, DeskOperation[]]>([
    ['callNext', 'F1', ['callNext']],
    ['recall', 'F2', ['recall']],
    ['start', 'F3', ['start']],
    ['complete', 'F4', ['complete']],
    ['noShow', 'F8', ['noShow']],
    // Tried in this order; an open counter pauses, a paused one resumes.
    ['pauseOrResume', 'F9', ['pauseCounter', 'resumeCounter']],
  ])('%s (%s) presses %j', (keyed, key, operations) => {
    expect(defaultKeys[keyed]).toBe(key);
    expect(operationsOfKey(keyed)).toEqual(operations);
  });

  it('opens a dialog for what asks for more (outcome, reason, service, ticket) and runs the rest at once', () => {
    const opensDialog = (Object.keys(deskActions) as DeskOperation[])
      .filter((operation) => 'dialog' in deskActions[operation].press)
      .sort();
    expect(opensDialog).toEqual(['callTicket', 'complete', 'pauseCounter', 'transfer']);
  });

  it('lays out the operation bar in the order clerks know', () => {
    expect(ticketBarOperations).toEqual([
      'callNext',
      'recall',
      'start',
      'complete',
      'noShow',
      'transfer',
      'park',
      'callTicket',
    ]);
  });
});
