import type { PathwayCode } from '../pathway-codes';
import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { type Finding, met, unmet } from './findings';
import { reachesAmount } from './money';

/** § 18(2) Nr. 5 binds only these titles; the Blue Card has no age rule. */
export const ageRulePathways = ['18a', '18b'] as const satisfies readonly PathwayCode[];

const ageLimit = 45;

function isAgeRuleApplicable({ age, input }: PrecheckContext): boolean {
  return age >= ageLimit && input.firstResidenceTitleForWork;
}

/** The age rule holds only because pension provision is proven, so the proof must be filed. */
export function needsPensionProof(ctx: PrecheckContext): boolean {
  return (
    isAgeRuleApplicable(ctx) &&
    !reachesAmount(ctx.input.job.annualGrossSalaryEur, ctx.thresholds.age45Eur)
  );
}

/** Age 45+ with a first work title: salary ≥ 55 % threshold or proven pension provision. */
export function assessAgeRule(ctx: PrecheckContext): {
  findings: Finding[];
  salaryThresholdEur?: number;
} {
  if (!isAgeRuleApplicable(ctx)) return { findings: [] };
  const params = { age: ctx.age, thresholdEur: ctx.thresholds.age45Eur };
  const finding = !needsPensionProof(ctx)
    ? met(reason('age_45_salary_met', params))
    : ctx.input.pensionProvision
      ? met(reason('age_45_pension_provision', params))
      : unmet(reason('age_45_salary_too_low', params));
  return { findings: [finding], salaryThresholdEur: params.thresholdEur };
}
