import { type PrecheckStep, precheckSteps } from '@itc/shared';

/** The licence step is asked only for a regulated profession. */
export function wizardSteps(regulated: boolean | null): PrecheckStep[] {
  return precheckSteps.filter((step) => step !== 'licence' || regulated === true);
}

export function nextStep(step: PrecheckStep, regulated: boolean | null): PrecheckStep {
  const steps = wizardSteps(regulated);
  const index = steps.indexOf(step);
  return steps[Math.min(index + 1, steps.length - 1)] ?? 'review';
}

export function previousStep(step: PrecheckStep, regulated: boolean | null): PrecheckStep | null {
  const steps = wizardSteps(regulated);
  const index = steps.indexOf(step);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}

/**
 * Where an answer is asked, for links from the assessment's "still missing" list and from the
 * submission's gaps. Paths are those of `missingAnswers` and of the submit problem's `errors`.
 */
export function stepOfPath(path: string): PrecheckStep | 'hire' {
  if (path === 'licence' || path.startsWith('answers.licence')) return 'licence';
  if (path.startsWith('documents.')) return 'documents';
  if (path === 'hire.passportExpiry' || path === 'hire.dateOfBirth') return 'hire';
  if (path.startsWith('hire.')) return 'qualification';
  return 'job';
}
