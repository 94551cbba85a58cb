import {
  type Locale,
  listOpenResidenceTitles,
  type PrecheckAnswers,
  type PrecheckAssessment,
} from '@itc/shared';
import { invalidFields } from '../lib/validation-errors';

/**
 * A chosen residence title must be one the assessment leaves open; a 400 on the field otherwise.
 * While answers are missing there is nothing to check it against yet.
 */
export function assertResidenceTitleOpen(
  answers: PrecheckAnswers,
  assessment: PrecheckAssessment | null,
  locale: Locale,
): void {
  const title = answers.residenceTitle;
  if (title === undefined || assessment === null) return;
  if (!listOpenResidenceTitles(assessment).includes(title)) {
    throw invalidFields(
      [{ path: 'answers.residenceTitle', message: 'residence_title_not_open' }],
      locale,
    );
  }
}
