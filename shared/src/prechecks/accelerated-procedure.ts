import { acceleratedProcedureFeeEurPerPerson } from './data/procedure-fees';
import type { PathwayCode, PathwayResult } from './pathway-codes';
import { type ReasonRef, reason } from './reasons';

type PathwayOutcome = { code: PathwayCode; result: PathwayResult };

/**
 * § 81a covers every pathway assessed here, so any eligible or conditional pathway opens the
 * procedure. `pathways` are those open ones, in output order.
 */
export function assessAcceleratedProcedure(
  outcomes: readonly PathwayOutcome[],
  familyMembers: number,
): { available: boolean; pathways: PathwayCode[]; reasons: ReasonRef[] } {
  const pathways = outcomes
    .filter((outcome) => outcome.result !== 'not_eligible')
    .map((outcome) => outcome.code);
  if (pathways.length === 0) {
    return { available: false, pathways, reasons: [reason('accelerated_not_available')] };
  }
  const persons = 1 + familyMembers;
  const hasUnconditionalPathway = outcomes.some((outcome) => outcome.result === 'eligible');
  return {
    available: true,
    pathways,
    reasons: [
      reason('accelerated_available', { pathways }),
      ...(hasUnconditionalPathway ? [] : [reason('accelerated_conditions_open')]),
      reason('accelerated_fee', {
        feeEurPerPerson: acceleratedProcedureFeeEurPerPerson,
        persons,
        totalEur: acceleratedProcedureFeeEurPerPerson * persons,
      }),
    ],
  };
}
