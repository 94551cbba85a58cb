import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { assessExperience } from '../rules/experience';
import { type Finding, met, type PathwayFindings, unmet } from '../rules/findings';
import { reachesAmount } from '../rules/money';
import { missingStateRecognisedQualification } from '../rules/state-recognised-qualification';

const requiredExperienceYears = 2;
const minimumTrainingYears = 2;

function assessQualification({ input }: PrecheckContext): Finding[] {
  const { qualification } = input;
  const missing = missingStateRecognisedQualification(qualification);
  const isShortTraining =
    qualification.level === 'vocational' &&
    (qualification.trainingYears ?? 0) < minimumTrainingYears;
  if (missing.length === 0 && !isShortTraining) return [met(reason('qualification_meets_19c2'))];
  if (input.job.itSpecialist) return [met(reason('it_specialist_no_qualification_needed'))];
  return isShortTraining ? [...missing, unmet(reason('training_too_short'))] : missing;
}

/** § 19c(2): experience-based employment without recognition in Germany. */
export function assessExperience19c2(ctx: PrecheckContext): PathwayFindings {
  const thresholdEur = ctx.thresholds.experienceBasedEur;
  const salary = reachesAmount(ctx.input.job.annualGrossSalaryEur, thresholdEur)
    ? met(reason('salary_meets_19c2_threshold', { thresholdEur }))
    : ctx.input.job.collectiveAgreement
      ? met(reason('collective_agreement_replaces_salary'))
      : unmet(reason('salary_below_19c2_threshold', { thresholdEur }));
  return {
    findings: [
      ...(ctx.input.profession.regulated ? [unmet(reason('regulated_profession_excluded'))] : []),
      ...assessQualification(ctx),
      assessExperience(ctx, requiredExperienceYears, 'experience_insufficient'),
      salary,
    ],
    salaryThresholdEur: thresholdEur,
  };
}
