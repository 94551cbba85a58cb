import {
  buildPrecheckInput,
  checkCareMinimumWage,
  evaluateOptionsForHire,
  evaluatePrecheck,
  type HireInput,
  type Locale,
  type PrecheckAnswers,
  type PrecheckAssessment,
  type PrecheckInput,
  precheckInputSchema,
  type Reason,
} from '@itc/shared';

// The assessment rules with the wording of their reasons; live-assessment.ts loads this module
// once there is something to assess.

/** The care minimum wage is checked beside the rules, since it needs the occupation code. */
function careWarnings(input: PrecheckInput, answers: PrecheckAnswers, locale: Locale): Reason[] {
  const { iscoCode } = answers.job;
  return iscoCode ? checkCareMinimumWage(input, iscoCode, { locale }) : [];
}

function withWarnings(assessment: PrecheckAssessment, extra: Reason[]): PrecheckAssessment {
  return extra.length === 0
    ? assessment
    : { ...assessment, warnings: [...assessment.warnings, ...extra] };
}

/** The server's stored result with the care warning, from the saved hire and answers. */
export function withCareWarnings(
  assessment: PrecheckAssessment,
  hire: HireInput,
  answers: PrecheckAnswers,
  locale: Locale,
): PrecheckAssessment {
  const built = buildPrecheckInput(hire, answers);
  if (!built.complete) return assessment;
  const parsed = precheckInputSchema.safeParse(built.input);
  return parsed.success
    ? withWarnings(assessment, careWarnings(parsed.data, answers, locale))
    : assessment;
}

/**
 * The same rules as the server (`evaluatePrecheck`), on input already checked; the stored result
 * stays the server's.
 */
export function assessInput(
  input: PrecheckInput,
  hire: HireInput,
  answers: PrecheckAnswers,
  locale: Locale,
): PrecheckAssessment {
  const assessment = evaluatePrecheck(input, { locale, ...evaluateOptionsForHire(hire) });
  return withWarnings(assessment, careWarnings(input, answers, locale));
}
