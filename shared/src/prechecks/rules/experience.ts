import type { PrecheckContext } from '../precheck-context';
import type { ReasonCode } from '../reason-codes';
import { reason } from '../reasons';
import { type Finding, met, unmet } from './findings';

/** Relevant professional experience of at least `requiredYears`. */
export function assessExperience(
  { input }: PrecheckContext,
  requiredYears: number,
  shortfallCode: Extract<ReasonCode, 'experience_insufficient' | 'it_experience_insufficient'>,
): Finding {
  const params = { experienceYears: input.experienceYears, requiredYears };
  return input.experienceYears >= requiredYears
    ? met(reason('experience_sufficient', params))
    : unmet(reason(shortfallCode, params));
}
