import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { type Finding, unmet } from './findings';
import { reachesHourlyWage } from './hourly-wage';

/** Below the statutory minimum wage no pathway is open; empty when the pay reaches it. */
export function assessMinimumWage({
  input,
  hourlyWageEur,
  minimumWage,
}: PrecheckContext): Finding[] {
  const { annualGrossSalaryEur, weeklyHours } = input.job;
  if (reachesHourlyWage(annualGrossSalaryEur, weeklyHours, minimumWage.eurPerHour)) return [];
  return [
    unmet(
      reason('below_minimum_wage', {
        hourlyWageEur,
        minimumWageEur: minimumWage.eurPerHour,
        year: minimumWage.year,
      }),
    ),
  ];
}
