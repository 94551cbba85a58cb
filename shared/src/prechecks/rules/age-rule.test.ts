import { describe, expect, it } from 'vitest';
import {
  codesOf,
  domainFigures,
  domainYears,
  makeInput,
  pathwayOf,
} from '../../../testing/precheck-fixtures';
import { evaluatePrecheck } from '../evaluate-precheck';

describe.each(domainYears)('age rule (§ 18(2) Nr. 5) for § 18a and § 18b in %i', (year) => {
  const { age45 } = domainFigures[year];
  const startDate = `${year}-04-15`;
  const turns45OnStart = `${year - 45}-04-15`;
  const turns45DayAfterStart = `${year - 45}-04-16`;
  const cases = (['18a', '18b'] as const).map((code) => ({
    code,
    qualification:
      code === '18a'
        ? ({ level: 'vocational', trainingYears: 3 } as const)
        : ({ level: 'university' } as const),
  }));

  describe.each(cases)('$code', ({ code, qualification }) => {
    const assess = (overrides: Parameters<typeof makeInput>[0]) =>
      pathwayOf(evaluatePrecheck(makeInput({ startDate, qualification, ...overrides })), code);

    it('still 44 on the start date: no age threshold', () => {
      const pathway = assess({
        dateOfBirth: turns45DayAfterStart,
        job: { annualGrossSalaryEur: 40_000 },
      });
      expect(pathway.result).toBe('eligible');
      expect(pathway.salaryThresholdEur).toBeUndefined();
    });

    it.each([
      { salary: age45 - 0.01, result: 'not_eligible', code: 'age_45_salary_too_low' },
      { salary: age45, result: 'eligible', code: 'age_45_salary_met' },
    ])('45 on the start date, salary $salary → $result', ({ salary, result, code: reasonCode }) => {
      const pathway = assess({
        dateOfBirth: turns45OnStart,
        job: { annualGrossSalaryEur: salary },
      });
      expect(pathway.result).toBe(result);
      expect(codesOf(pathway.reasons)).toContain(reasonCode);
      expect(pathway.salaryThresholdEur).toBe(age45);
    });

    it('proven pension provision replaces the salary', () => {
      const pathway = assess({
        dateOfBirth: turns45OnStart,
        pensionProvision: true,
        job: { annualGrossSalaryEur: age45 - 0.01 },
      });
      expect(pathway.result).toBe('eligible');
      expect(codesOf(pathway.reasons)).toContain('age_45_pension_provision');
    });

    it('does not apply when it is not the first residence title for work', () => {
      const pathway = assess({
        dateOfBirth: turns45OnStart,
        firstResidenceTitleForWork: false,
        job: { annualGrossSalaryEur: age45 - 0.01 },
      });
      expect(pathway.result).toBe('eligible');
      expect(pathway.salaryThresholdEur).toBeUndefined();
    });
  });
});
