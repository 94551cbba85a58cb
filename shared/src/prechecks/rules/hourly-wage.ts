import { reachesAmount } from './money';

const weeksPerYear = 52;

export function hourlyWage(annualGrossSalaryEur: number, weeklyHours: number): number {
  return annualGrossSalaryEur / (weeklyHours * weeksPerYear);
}

/** Compares annual amounts rather than a rounded hourly wage, which could round up to the limit. */
export function reachesHourlyWage(
  annualGrossSalaryEur: number,
  weeklyHours: number,
  eurPerHour: number,
): boolean {
  return reachesAmount(annualGrossSalaryEur, eurPerHour * weeklyHours * weeksPerYear);
}
