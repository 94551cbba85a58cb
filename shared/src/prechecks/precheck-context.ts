import type { PrecheckInput } from './precheck-input.schema';
import { ageOn } from './rules/age';
import { hourlyWage } from './rules/hourly-wage';
import {
  type MinimumWage,
  resolveMinimumWage,
  resolveSalaryThresholds,
  type SalaryThresholds,
} from './rules/yearly-figures';

/** What every pathway needs besides the input, computed once per evaluation. */
export type PrecheckContext = {
  input: PrecheckInput;
  startYear: number;
  /** Age on the planned start date, standing in for the day the title is issued. */
  age: number;
  hourlyWageEur: number;
  thresholds: SalaryThresholds;
  minimumWage: MinimumWage;
};

export function createPrecheckContext(input: PrecheckInput): PrecheckContext {
  const startYear = Number(input.startDate.slice(0, 4));
  return {
    input,
    startYear,
    age: ageOn(input.dateOfBirth, input.startDate),
    hourlyWageEur: hourlyWage(input.job.annualGrossSalaryEur, input.job.weeklyHours),
    thresholds: resolveSalaryThresholds(startYear),
    minimumWage: resolveMinimumWage(startYear),
  };
}
