import { describe, expect, it } from 'vitest';
import { nextSetupStep, previousSetupStep, setupStepOf } from './setup-steps';

describe('the set-up path', () => {
  it.each([
    ['services', 'services'],
    ['nonsense', 'hall'],
    [null, 'hall'],
  ] as const)('reads the step %s from the address as %s', (named, step) => {
    expect(setupStepOf(named)).toBe(step);
  });

  it('goes hall, hours, services, counters, staff, devices, done', () => {
    const walked: string[] = [];
    for (let step: ReturnType<typeof nextSetupStep> = 'hall'; step; step = nextSetupStep(step))
      walked.push(step);
    expect(walked).toEqual(['hall', 'hours', 'services', 'counters', 'staff', 'devices', 'done']);
    expect(previousSetupStep('hall')).toBeNull();
    expect(previousSetupStep('counters')).toBe('services');
  });
});
