import type { PrecheckInput } from '../precheck-input.schema';
import { reason } from '../reasons';
import { type Finding, unmet } from './findings';

/**
 * § 19c(2) and § 16d: a university or vocational qualification that the country where it was
 * obtained recognises. Returns what is missing; empty when it is fulfilled.
 */
export function missingStateRecognisedQualification(
  qualification: PrecheckInput['qualification'],
): Finding[] {
  if (qualification.level === 'none') return [unmet(reason('no_qualification'))];
  if (!qualification.stateRecognisedAbroad) {
    return [unmet(reason('qualification_not_state_recognised'))];
  }
  return [];
}
