import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { condition, type Finding, met, type PathwayFindings, unmet } from '../rules/findings';
import { hasGermanAtLeast } from '../rules/german-level';
import { missingStateRecognisedQualification } from '../rules/state-recognised-qualification';

function assessRecognitionMeasures({ input }: PrecheckContext): Finding[] {
  const hasA2 = hasGermanAtLeast(input.germanLevel, 'A2');
  switch (input.qualification.recognition) {
    case 'full':
    case 'comparable':
      return [unmet(reason('recognition_already_complete'))];
    // Deficit notice: the worker can close the gaps in Germany once German reaches A2.
    case 'partial':
      return [
        hasA2
          ? met(reason('recognition_partial_german_met'))
          : condition(reason('german_a2_missing')),
      ];
    // Recognition partnership: recognition is sought after entry, A2 is needed up front.
    case 'pending':
    case 'none':
      return [
        ...missingStateRecognisedQualification(input.qualification),
        hasA2 ? condition(reason('recognition_partnership')) : unmet(reason('german_a2_missing')),
      ];
    default:
      return input.qualification.recognition satisfies never;
  }
}

/** § 16d: recognition measures (deficit notice) or a recognition partnership. */
export function assessRecognition16d(ctx: PrecheckContext): PathwayFindings {
  return { findings: assessRecognitionMeasures(ctx) };
}
