import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { assessExperience } from '../rules/experience';
import { met, type PathwayFindings, unmet } from '../rules/findings';
import { assessLicence } from '../rules/licence-rule';
import { reachesAmount } from '../rules/money';

const requiredExperienceYears = 3;

/** § 18g(2): Blue Card for IT specialists on experience alone, degree or not. */
export function assessItBlueCard(ctx: PrecheckContext): PathwayFindings {
  const thresholdEur = ctx.thresholds.blueCardReducedEur;
  if (!ctx.input.job.itSpecialist) {
    return { findings: [unmet(reason('not_it_specialist'))], salaryThresholdEur: thresholdEur };
  }
  const salary = reachesAmount(ctx.input.job.annualGrossSalaryEur, thresholdEur)
    ? met(reason('salary_meets_reduced_threshold_it', { thresholdEur }))
    : unmet(reason('salary_below_threshold', { thresholdEur }));
  return {
    findings: [
      assessExperience(ctx, requiredExperienceYears, 'it_experience_insufficient'),
      salary,
      // The licence rule covers every § 18g title.
      ...assessLicence(ctx),
    ],
    salaryThresholdEur: thresholdEur,
  };
}
