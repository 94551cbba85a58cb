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
  if (path === 'residenceTitle' || path === 'answers.residenceTitle') return 'documents';
  if (path === 'hire.passportExpiry' || path === 'hire.dateOfBirth') return 'hire';
  if (path.startsWith('hire.')) return 'qualification';
  return 'job';
}

/** The occupation chosen in the job step sets these flags. */
const occupationFlagPaths = ['job.shortageOccupation', 'job.itSpecialist', 'job.regulated'];

/**
 * The name of the form field that asks for a path of `missingAnswers` or of a problem's
 * `errors`: the same question may stand behind several paths (the occupation's flags).
 */
export function fieldNameOfPath(path: string): string {
  const answerPath = path.replace(/^answers\./, '');
  if (occupationFlagPaths.includes(answerPath)) return 'answers.job.iscoCode';
  return path.startsWith('hire.') ? path : `answers.${answerPath}`;
}

/** Paths that ask the same question once, in order (the list and its count must agree). */
export function uniqueFieldPaths(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const name = fieldNameOfPath(path);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}
