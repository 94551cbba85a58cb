import {
  buildPrecheckInput,
  evaluateOptionsForHire,
  evaluatePrecheck,
  type FieldError,
  type Locale,
  type PrecheckAnswers,
  type PrecheckAssessment,
  precheckInputSchema,
} from '@itc/shared';
import { toHireInput } from '../hires/hire.mapper';
import { invalidFields } from '../lib/validation-errors';
import type { HireRow } from './precheck-access';
import { toDraftPath } from './rule-input-paths';

export type DraftAssessment = {
  /** null while answers are missing. */
  assessment: PrecheckAssessment | null;
  missingAnswers: string[];
};

/**
 * The server's own evaluation of a draft: the hire's current data joined with the answers, run
 * through the same rules as POST /prechecks/evaluate. Answers that contradict the hire (a start
 * date before the birth date, say) are a 400 with the paths of the request body.
 */
export function assessDraft(
  hire: HireRow,
  answers: PrecheckAnswers,
  locale: Locale,
): DraftAssessment {
  const built = buildPrecheckInput(toHireInput(hire), answers);
  if (!built.complete) return { assessment: null, missingAnswers: built.missing };
  const parsed = precheckInputSchema.safeParse(built.input);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues.map((issue) => ({
      path: toDraftPath(issue.path.map(String).join('.')),
      message: issue.message,
    }));
    throw invalidFields(errors, locale);
  }
  const hireInput = toHireInput(hire);
  const assessment = evaluatePrecheck(parsed.data, {
    locale,
    ...evaluateOptionsForHire(hireInput),
  });
  return { assessment, missingAnswers: [] };
}
