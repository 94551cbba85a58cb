import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { assessAgeRule } from '../rules/age-rule';
import { assessRecognisedDegree } from '../rules/degree-recognition';
import { met, type PathwayFindings } from '../rules/findings';
import { assessLicence } from '../rules/licence-rule';

/** § 18b: recognised degree; any qualified job (since November 2023). */
export function assessAcademic18b(ctx: PrecheckContext): PathwayFindings {
  const ageRule = assessAgeRule(ctx);
  return {
    findings: [
      ...assessRecognisedDegree(ctx),
      ...(ctx.input.job.matchesQualification
        ? []
        : [met(reason('job_need_not_match_qualification'))]),
      ...ageRule.findings,
      ...assessLicence(ctx),
    ],
    salaryThresholdEur: ageRule.salaryThresholdEur,
  };
}
