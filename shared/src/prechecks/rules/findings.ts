import type { PathwayResult } from '../pathway-codes';
import type { ReasonRef } from '../reasons';

/** One condition of a pathway: fulfilled, fulfillable later, or not fulfilled. */
export type Finding = { outcome: 'met' | 'condition' | 'unmet'; reason: ReasonRef };

export const met = (reason: ReasonRef): Finding => ({ outcome: 'met', reason });
export const condition = (reason: ReasonRef): Finding => ({ outcome: 'condition', reason });
export const unmet = (reason: ReasonRef): Finding => ({ outcome: 'unmet', reason });

/** What a pathway's assessment yields before it is put into words. */
export type PathwayFindings = { findings: Finding[]; salaryThresholdEur?: number };

/**
 * The worst finding decides. The reasons shown are those that decide: what is missing for
 * `not_eligible`; for the others the conditions first, then what is already fulfilled.
 */
export function resolveFindings(findings: readonly Finding[]): {
  result: PathwayResult;
  reasons: ReasonRef[];
} {
  const reasonsOf = (outcome: Finding['outcome']) =>
    findings.filter((finding) => finding.outcome === outcome).map((finding) => finding.reason);
  const missing = reasonsOf('unmet');
  if (missing.length > 0) return { result: 'not_eligible', reasons: missing };
  const conditions = reasonsOf('condition');
  return {
    result: conditions.length > 0 ? 'conditional' : 'eligible',
    reasons: [...conditions, ...reasonsOf('met')],
  };
}
