import {
  type FieldError,
  type Locale,
  listMissingFormAnswers,
  type PrecheckAssessment,
  type ValidationMessageKey,
} from '@itc/shared';
import { AppError } from '../lib/app-error';
import { describeFieldErrors, fieldError } from '../lib/validation-errors';
import { assessDraft } from './assess-draft';
import type { PrecheckRecord } from './precheck-access';

/**
 * Everything a submission needs, checked on the server: the answers (rules and form), a pathway
 * that is open, a passport valid at the start, and every required document of the checklist.
 * Returns the fresh assessment to freeze in the case. Paths are those of `missingAnswers`, plus
 * `documents.<code>`.
 */
export function checkSubmission(
  { precheck, hire }: PrecheckRecord,
  uploadedCodes: ReadonlySet<string>,
  locale: Locale,
): PrecheckAssessment {
  const gap = (path: string, key: ValidationMessageKey, prefix = ''): FieldError => {
    const error = fieldError(path, key, locale);
    return { ...error, message: prefix + error.message };
  };
  const { answers } = precheck;
  const { assessment, missingAnswers } = assessDraft(hire, answers, locale);
  const answerGaps = [...missingAnswers, ...listMissingFormAnswers(answers)].map((path) =>
    gap(path, 'answer_missing'),
  );
  if (!assessment) throw incomplete(answerGaps);
  if (!assessment.acceleratedProcedure.available) {
    throw new AppError('precheck_not_eligible', {
      detail:
        'No residence pathway is eligible or conditional for this hire, so there is nothing to submit for the accelerated procedure. The assessment lists the reasons.',
    });
  }
  const startDate = answers.job.startDate!;
  const passportGaps =
    hire.passportExpiry <= startDate
      ? [gap('hire.passportExpiry', 'passport_expires_before_start')]
      : [];
  const documentGaps = assessment.requiredDocuments
    .filter((document) => document.required && !uploadedCodes.has(document.code))
    .map((document) =>
      gap(`documents.${document.code}`, 'document_missing', `${document.label}: `),
    );
  const gaps = [...answerGaps, ...passportGaps, ...documentGaps];
  if (gaps.length > 0) throw incomplete(gaps);
  return assessment;
}

function incomplete(errors: FieldError[]): AppError {
  return new AppError('precheck_incomplete', {
    detail: `Before submitting: ${describeFieldErrors(errors)}`,
    errors,
  });
}
