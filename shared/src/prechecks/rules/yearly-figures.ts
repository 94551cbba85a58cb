import { thresholdPercentages, yearlyFigures } from '../data/salary-thresholds';
import { roundToCents } from './money';

export type SalaryThresholds = {
  /** The year whose figures were used. */
  year: number;
  /** The start year has no figures, so another year's were used. */
  isFallback: boolean;
  blueCardGeneralEur: number;
  blueCardReducedEur: number;
  experienceBasedEur: number;
  age45Eur: number;
};

export type MinimumWage = { year: number; eurPerHour: number };

/** The start year if known; otherwise the latest year, or the earliest for an earlier start. */
function pickYear(years: readonly number[], startYear: number): number {
  if (years.includes(startYear)) return startYear;
  const earliest = Math.min(...years);
  return startYear < earliest ? earliest : Math.max(...years);
}

const tableYears = Object.keys(yearlyFigures).map(Number);

export function resolveSalaryThresholds(startYear: number): SalaryThresholds {
  const ceilings = new Map(
    tableYears.flatMap((year) => {
      const ceiling = yearlyFigures[year]?.contributionCeilingEur;
      return ceiling === undefined ? [] : [[year, ceiling] as const];
    }),
  );
  const year = pickYear([...ceilings.keys()], startYear);
  const ceiling = ceilings.get(year)!;
  const share = (percent: number) => roundToCents((ceiling * percent) / 100);
  return {
    year,
    isFallback: year !== startYear,
    blueCardGeneralEur: share(thresholdPercentages.blueCardGeneral),
    blueCardReducedEur: share(thresholdPercentages.blueCardReduced),
    experienceBasedEur: share(thresholdPercentages.experienceBased),
    age45Eur: share(thresholdPercentages.age45),
  };
}

export function resolveMinimumWage(startYear: number): MinimumWage {
  const year = pickYear(tableYears, startYear);
  return { year, eurPerHour: yearlyFigures[year]!.minimumWageEurPerHour };
}
