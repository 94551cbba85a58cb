import { careMinimumWage } from './data/care-minimum-wages';
import { defaultLocale, type Locale } from './locales';
import type { Reason } from './precheck-assessment.schema';
import type { PrecheckInput } from './precheck-input.schema';
import { localizeReason, reason } from './reasons';
import { hourlyWage, reachesHourlyWage } from './rules/hourly-wage';

/**
 * Warns when a qualified nurse would earn less than the care minimum wage. Separate from
 * `evaluatePrecheck` because the pre-check input carries no occupation code; the wizard knows it.
 */
export function checkCareMinimumWage(
  input: PrecheckInput,
  iscoCode: string,
  { locale = defaultLocale }: { locale?: Locale } = {},
): Reason[] {
  if (!(careMinimumWage.occupationCodes as readonly string[]).includes(iscoCode)) return [];
  const rate = careMinimumWage.rates.findLast((r) => r.validFrom <= input.startDate);
  if (!rate) return [];
  const { annualGrossSalaryEur, weeklyHours } = input.job;
  if (reachesHourlyWage(annualGrossSalaryEur, weeklyHours, rate.eurPerHour)) return [];
  const warning = reason('care_minimum_wage_below', {
    hourlyWageEur: hourlyWage(annualGrossSalaryEur, weeklyHours),
    minimumWageEur: rate.eurPerHour,
  });
  return [localizeReason(warning, locale)];
}
