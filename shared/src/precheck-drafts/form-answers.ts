import type { PrecheckAnswers } from './precheck-answers.schema';

/** Job answers the rules do not need but the BA form and the job data sheet do. */
const formJobAnswers = [
  'title',
  'iscoCode',
  'placeOfWork',
  'permanent',
] as const satisfies readonly (keyof PrecheckAnswers['job'])[];

/** Dotted paths (as in `missingAnswers`) of the form answers still empty; submitting needs them. */
export function listMissingFormAnswers(answers: PrecheckAnswers): string[] {
  return formJobAnswers
    .filter((key) => {
      const value = answers.job[key];
      return value == null || value === '';
    })
    .map((key) => `job.${key}`);
}
