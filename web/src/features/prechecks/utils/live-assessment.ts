import {
  buildPrecheckInput,
  checkCareMinimumWage,
  evaluateOptionsForHire,
  evaluatePrecheck,
  type HireInput,
  type Locale,
  listOpenResidenceTitles,
  type PathwayCode,
  type PrecheckAnswers,
  type PrecheckAssessment,
  precheckInputSchema,
  type Reason,
} from '@itc/shared';
import type { LiveValues } from './wizard-form';

/** What the assessment panel shows: the result, or what is still missing or contradictory. */
export type AssessmentView =
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'invalid'; paths: string[] }
  | { kind: 'complete'; assessment: PrecheckAssessment };

/** The care minimum wage is checked beside the rules, since it needs the occupation code. */
function careWarnings(hire: HireInput, answers: PrecheckAnswers, locale: Locale): Reason[] {
  const { iscoCode } = answers.job;
  if (!iscoCode) return [];
  const built = buildPrecheckInput(hire, answers);
  if (!built.complete) return [];
  const parsed = precheckInputSchema.safeParse(built.input);
  return parsed.success ? checkCareMinimumWage(parsed.data, iscoCode, { locale }) : [];
}

function withCareWarnings(
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

/**
 * The same rules as the server (`evaluatePrecheck`), run in the browser on every keystroke; the
 * stored result stays the server's.
 */
export function assessLive(
  { answers, hire, missingHireFields }: LiveValues,
  locale: Locale,
): AssessmentView {
  const built = buildPrecheckInput(hire, answers);
  const missing = [...missingHireFields, ...(built.complete ? [] : built.missing)];
  if (missing.length > 0 || !built.complete) return { kind: 'incomplete', missing };
  const parsed = precheckInputSchema.safeParse(built.input);
  if (!parsed.success) {
    return { kind: 'invalid', paths: parsed.error.issues.map((issue) => issue.path.join('.')) };
  }
  const assessment = evaluatePrecheck(parsed.data, { locale, ...evaluateOptionsForHire(hire) });
  return { kind: 'complete', assessment: withCareWarnings(assessment, hire, answers, locale) };
}

/** The server's stored assessment of a saved draft (documents and review steps). */
export function storedAssessment(
  stored: PrecheckAssessment | null,
  missingAnswers: string[],
  hire: HireInput,
  answers: PrecheckAnswers,
  locale: Locale,
): AssessmentView {
  if (!stored) return { kind: 'incomplete', missing: missingAnswers };
  return { kind: 'complete', assessment: withCareWarnings(stored, hire, answers, locale) };
}

/**
 * The chosen residence title survives a change of answers only while it stays open; otherwise
 * it is dropped (the server would refuse it) and the documents step preselects anew.
 */
export function keepOpenResidenceTitle(
  title: PathwayCode | undefined,
  view: AssessmentView,
): PathwayCode | undefined {
  if (title === undefined || view.kind !== 'complete') return title;
  return listOpenResidenceTitles(view.assessment).includes(title) ? title : undefined;
}
