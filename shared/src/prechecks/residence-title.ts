import { residenceTitlePreference } from './data/residence-title-preference';
import type { PathwayCode, PathwayResult } from './pathway-codes';
import type { DocumentRequirement, PrecheckAssessment } from './precheck-assessment.schema';

type AssessedPathways = Pick<PrecheckAssessment, 'pathways'>;

/** Titles the employer may apply for: the eligible and conditional ones, in preference order. */
export function listOpenResidenceTitles(assessment: AssessedPathways): PathwayCode[] {
  const resultOf = new Map(assessment.pathways.map((p) => [p.code, p.result]));
  return residenceTitlePreference.filter((code) => {
    const result = resultOf.get(code);
    return result !== undefined && result !== 'not_eligible';
  });
}

export type ResidenceTitleRecommendation = { code: PathwayCode; result: PathwayResult };

/** The title to preselect: the most preferred eligible one, else the most preferred conditional. */
export function recommendResidenceTitle(
  assessment: AssessedPathways,
): ResidenceTitleRecommendation | null {
  const open = listOpenResidenceTitles(assessment);
  const resultOf = (code: PathwayCode) =>
    assessment.pathways.find((p) => p.code === code)?.result ?? 'not_eligible';
  const code = open.find((c) => resultOf(c) === 'eligible') ?? open[0];
  return code === undefined ? null : { code, result: resultOf(code) };
}

/** The title chosen if it is still open, otherwise the recommended one (or none). */
export function resolveResidenceTitle(
  assessment: AssessedPathways,
  chosen: PathwayCode | undefined,
): PathwayCode | null {
  if (chosen !== undefined && listOpenResidenceTitles(assessment).includes(chosen)) return chosen;
  return recommendResidenceTitle(assessment)?.code ?? null;
}

/** The checklist for one residence title: only the documents that title needs. */
export function checklistForResidenceTitle(
  requiredDocuments: readonly DocumentRequirement[],
  title: PathwayCode,
): DocumentRequirement[] {
  return requiredDocuments.filter((document) => document.pathways.includes(title));
}
