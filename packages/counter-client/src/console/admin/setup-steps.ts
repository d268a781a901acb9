/** The steps of a first install (`/admin?setup=…`), in order; each but the first and last is a tab's section. */
export const setupSteps = ['hall', 'hours', 'services', 'counters', 'staff', 'devices', 'done'] as const;

/** One step of the set-up path. */
export type SetupStep = (typeof setupSteps)[number];

/** The step named in the address, or the first. */
export function setupStepOf(named: string | null): SetupStep {
  return setupSteps.find((step) => step === named) ?? 'hall';
}

/** The step after `step`, or null after the last. */
export function nextSetupStep(step: SetupStep): SetupStep | null {
  return setupSteps[setupSteps.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null before the first. */
export function previousSetupStep(step: SetupStep): SetupStep | null {
  const index = setupSteps.indexOf(step);
  return index > 0 ? (setupSteps[index - 1] ?? null) : null;
}
