import {
  checklistForResidenceTitle,
  type FieldError,
  type Locale,
  listMissingFormAnswers,
  listOpenResidenceTitles,
  type PrecheckAssessment,
  resolveResidenceTitle,
  type ValidationMessageKey,
} from '@itc/shared';
import { AppError } from '../lib/app-error';
import { describeFieldErrors, fieldError } from '../lib/validation-errors';
import { assessDraft } from './assess-draft';
import type { PrecheckRecord } from './precheck-access';

/**
 * Everything a submission needs, checked on the server: the answers (rules and form), a pathway
 * that is open, a chosen residence title among the open ones, a passport valid at the start, and
 * every required document of that title's checklist. Returns the fresh assessment to freeze in
 * the case, its checklist narrowed to the chosen title. Paths are those of `missingAnswers`, plus
 * `residenceTitle` and `documents.<code>`.
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
  const title = answers.residenceTitle;
  const titleGaps =
    title === undefined
      ? [gap('residenceTitle', 'answer_missing')]
      : listOpenResidenceTitles(assessment).includes(title)
        ? []
        : [gap('residenceTitle', 'residence_title_not_open')];
  const startDate = answers.job.startDate!;
  const passportGaps =
    hire.passportExpiry <= startDate
      ? [gap('hire.passportExpiry', 'passport_expires_before_start')]
      : [];
  // Without a valid choice, the gaps follow the title the wizard preselects.
  const checklistTitle = resolveResidenceTitle(assessment, title);
  const checklist = checklistTitle
    ? checklistForResidenceTitle(assessment.requiredDocuments, checklistTitle)
    : [];
  const documentGaps = checklist
    .filter((document) => document.required && !uploadedCodes.has(document.code))
    .map((document) =>
      gap(`documents.${document.code}`, 'document_missing', `${document.label}: `),
    );
  const gaps = [...answerGaps, ...titleGaps, ...passportGaps, ...documentGaps];
  if (gaps.length > 0) throw incomplete(gaps);
  return { ...assessment, requiredDocuments: checklist };
}

function incomplete(errors: FieldError[]): AppError {
  return new AppError('precheck_incomplete', {
    detail: `Before submitting: ${describeFieldErrors(errors)}`,
    errors,
  });
}
