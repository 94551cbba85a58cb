import { describe, expect, it } from 'vitest';
import { domainFigures, domainYears } from '../../../testing/precheck-fixtures';
import { resolveMinimumWage, resolveSalaryThresholds } from './yearly-figures';

describe('salary thresholds by year', () => {
  it.each(domainYears)('%i equals the domain table to the cent', (year) => {
    const figures = domainFigures[year];
    expect(resolveSalaryThresholds(year)).toEqual({
      year,
      isFallback: false,
      blueCardGeneralEur: figures.general,
      blueCardReducedEur: figures.reduced,
      experienceBasedEur: figures.experienceBased,
      age45Eur: figures.age45,
    });
    expect(resolveMinimumWage(year)).toEqual({ year, eurPerHour: figures.minimumWage });
  });

  it('uses the latest year for a later start year and says so', () => {
    expect(resolveSalaryThresholds(2030)).toMatchObject({ year: 2026, isFallback: true });
  });

  it('uses the earliest year for an earlier start year', () => {
    expect(resolveSalaryThresholds(2020)).toMatchObject({ year: 2025, isFallback: true });
    expect(resolveMinimumWage(2020)).toEqual({ year: 2025, eurPerHour: 12.82 });
  });

  it('knows the 2027 minimum wage before the 2027 contribution ceiling', () => {
    expect(resolveMinimumWage(2027)).toEqual({ year: 2027, eurPerHour: 14.6 });
    expect(resolveSalaryThresholds(2027)).toMatchObject({ year: 2026, isFallback: true });
  });
});
