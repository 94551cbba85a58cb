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
function careWarnings(hire: HireInput, answers: PrecheckAnswers, locale: Locale): Reason[] {
  const { iscoCode } = answers.job;
  if (!iscoCode) return [];
  const built = buildPrecheckInput(hire, answers);
  if (!built.complete) return [];
  const parsed = precheckInputSchema.safeParse(built.input);
  return parsed.success ? checkCareMinimumWage(parsed.data, iscoCode, { locale }) : [];
}

export function withCareWarnings(
  assessment: PrecheckAssessment,
  hire: HireInput,
  answers: PrecheckAnswers,
  locale: Locale,
): PrecheckAssessment {
  const extra = careWarnings(hire, answers, locale);
  return extra.length === 0
    ? assessment
    : { ...assessment, warnings: [...assessment.warnings, ...extra] };
}

/** The same rules as the server (`evaluatePrecheck`); the stored result stays the server's. */
export function assessInput(
  input: PrecheckInput,
  hire: HireInput,
  answers: PrecheckAnswers,
  locale: Locale,
): PrecheckAssessment {
  const assessment = evaluatePrecheck(input, { locale, ...evaluateOptionsForHire(hire) });
  return withCareWarnings(assessment, hire, answers, locale);
}
