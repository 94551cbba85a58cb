import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { assessRecognisedDegree } from '../rules/degree-recognition';
import { type Finding, met, type PathwayFindings, unmet } from '../rules/findings';
import { assessLicence } from '../rules/licence-rule';
import { reachesAmount } from '../rules/money';

/** The degree counts as recent for at most 3 calendar years before the start year. */
const recentDegreeYears = 3;

function assessBlueCardSalary({ input, startYear, thresholds }: PrecheckContext): {
  finding: Finding;
  thresholdEur: number;
} {
  const salary = input.job.annualGrossSalaryEur;
  const general = thresholds.blueCardGeneralEur;
  if (reachesAmount(salary, general)) {
    const finding = met(reason('salary_meets_general_threshold', { thresholdEur: general }));
    return { finding, thresholdEur: general };
  }
  const { completedYear } = input.qualification;
  const isShortage = input.job.shortageOccupation;
  const isRecentDegree = completedYear !== null && completedYear >= startYear - recentDegreeYears;
  const thresholdEur = isShortage || isRecentDegree ? thresholds.blueCardReducedEur : general;
  if (!reachesAmount(salary, thresholdEur)) {
    return { finding: unmet(reason('salary_below_threshold', { thresholdEur })), thresholdEur };
  }
  const finding = isShortage
    ? met(reason('salary_meets_reduced_threshold_shortage', { thresholdEur }))
    : met(
        reason('salary_meets_reduced_threshold_recent_degree', {
          thresholdEur,
          completedYear: completedYear!,
        }),
      );
  return { finding, thresholdEur };
}

/** § 18g(1): EU Blue Card for a recognised degree in a job that fits it. No age rule. */
export function assessBlueCard(ctx: PrecheckContext): PathwayFindings {
  const salary = assessBlueCardSalary(ctx);
  const job = ctx.input.job.matchesQualification
    ? met(reason('job_matches_qualification'))
    : unmet(reason('job_does_not_match_qualification'));
  return {
    findings: [...assessRecognisedDegree(ctx), job, salary.finding, ...assessLicence(ctx)],
    salaryThresholdEur: salary.thresholdEur,
  };
}
