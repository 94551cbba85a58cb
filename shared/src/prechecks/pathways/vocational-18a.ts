import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { assessAgeRule } from '../rules/age-rule';
import { condition, type Finding, met, type PathwayFindings, unmet } from '../rules/findings';
import { assessLicence } from '../rules/licence-rule';

function assessVocationalRecognition({ input }: PrecheckContext): Finding {
  const { level, recognition } = input.qualification;
  if (level !== 'vocational') return unmet(reason('no_vocational_qualification'));
  switch (recognition) {
    case 'full':
      return met(reason('vocational_recognised'));
    case 'pending':
      return condition(reason('recognition_pending'));
    // A ZAB comparability statement is for degrees; vocational training needs full recognition.
    case 'comparable':
      return unmet(reason('recognition_comparable_not_sufficient'));
    case 'partial':
      return unmet(reason('recognition_partial'));
    case 'none':
      return unmet(reason('recognition_missing'));
    default:
      return recognition satisfies never;
  }
}

/** § 18a: fully recognised vocational training; any qualified job. */
export function assessVocational18a(ctx: PrecheckContext): PathwayFindings {
  const ageRule = assessAgeRule(ctx);
  return {
    findings: [
      assessVocationalRecognition(ctx),
      ...(ctx.input.job.matchesQualification
        ? []
        : [met(reason('job_need_not_match_qualification'))]),
      ...ageRule.findings,
      ...assessLicence(ctx),
    ],
    salaryThresholdEur: ageRule.salaryThresholdEur,
  };
}
