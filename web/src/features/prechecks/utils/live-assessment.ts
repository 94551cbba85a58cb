import {
  buildPrecheckInput,
  type HireInput,
  type Locale,
  listOpenResidenceTitles,
  type PathwayCode,
  type PrecheckAnswers,
  type PrecheckAssessment,
  precheckInputSchema,
} from '@itc/shared';
import { lazyModule } from '../../../lib/lazy-module';
import type { LiveValues } from './wizard-form';

/**
 * The rules and the wording of their reasons (about 7 KB compressed) load once the answers are
 * complete; a new pre-check's first visit does without them.
 */
export const precheckRules = lazyModule(() => import('./precheck-rules'));
export type PrecheckRules = Awaited<ReturnType<typeof precheckRules.load>>;

/** What the assessment panel shows: the result, or what is still missing or contradictory. */
export type AssessmentView =
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'invalid'; paths: string[] }
  | { kind: 'assessing' }
  | { kind: 'complete'; assessment: PrecheckAssessment };

/** The view before the rules are applied: complete answers still need the rules. */
export type PreparedView =
  | Exclude<AssessmentView, { kind: 'assessing' | 'complete' }>
  | { kind: 'assessable'; assess: (rules: PrecheckRules) => PrecheckAssessment };

/** The answers checked for gaps and contradictions on every keystroke, in the browser. */
export function prepareLive(
  { answers, hire, missingHireFields }: LiveValues,
  locale: Locale,
): PreparedView {
  const built = buildPrecheckInput(hire, answers);
  const missing = [...missingHireFields, ...(built.complete ? [] : built.missing)];
  if (missing.length > 0 || !built.complete) return { kind: 'incomplete', missing };
  const parsed = precheckInputSchema.safeParse(built.input);
  if (!parsed.success) {
    return { kind: 'invalid', paths: parsed.error.issues.map((issue) => issue.path.join('.')) };
  }
  return {
    kind: 'assessable',
    assess: (rules) => rules.assessInput(parsed.data, hire, answers, locale),
  };
}

/** The server's stored assessment of a saved draft (documents and review steps). */
export function prepareStored(
  stored: PrecheckAssessment | null,
  missingAnswers: string[],
  hire: HireInput,
  answers: PrecheckAnswers,
  locale: Locale,
): PreparedView {
  if (!stored) return { kind: 'incomplete', missing: missingAnswers };
  return {
    kind: 'assessable',
    assess: (rules) => rules.withCareWarnings(stored, hire, answers, locale),
  };
}

/** The view once the rules are there; `assessing` while they load. */
export function applyRules(
  prepared: PreparedView,
  rules: PrecheckRules | undefined,
): AssessmentView {
  if (prepared.kind !== 'assessable') return prepared;
  return rules ? { kind: 'complete', assessment: prepared.assess(rules) } : { kind: 'assessing' };
}

/** The view now, loading the rules first when they are needed (when saving a step). */
export async function assessNow(prepared: PreparedView): Promise<AssessmentView> {
  if (prepared.kind !== 'assessable') return prepared;
  return applyRules(prepared, await precheckRules.load());
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
