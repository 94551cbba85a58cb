import { describe, expect, it } from 'vitest';
import {
  codesOf,
  domainFigures,
  domainYears,
  makeInput,
  pathwayOf,
} from '../../testing/precheck-fixtures';
import { evaluatePrecheck, rulesVersion } from './evaluate-precheck';
import { pathwayCodes } from './pathway-codes';
import { precheckAssessmentSchema } from './precheck-assessment.schema';

describe.each(domainYears)('statutory minimum wage in %i', (year) => {
  const { minimumWage } = domainFigures[year];
  // 40 hours × 52 weeks at exactly the minimum wage.
  const atMinimumWage = minimumWage * 40 * 52;
  // Vocational, partially recognised, collective agreement: § 19c(2) and § 16d need no salary.
  const lowPaidWorker = (annualGrossSalaryEur: number) =>
    evaluatePrecheck(
      makeInput({
        startDate: `${year}-02-01`,
        qualification: { level: 'vocational', recognition: 'partial', trainingYears: 3 },
        job: { annualGrossSalaryEur, weeklyHours: 40, collectiveAgreement: true },
      }),
    );

  it('one cent below it closes every pathway', () => {
    const assessment = lowPaidWorker(atMinimumWage - 0.01);
    for (const pathway of assessment.pathways) {
      expect(pathway.result).toBe('not_eligible');
      expect(codesOf(pathway.reasons)).toContain('below_minimum_wage');
    }
    expect(assessment.acceleratedProcedure.available).toBe(false);
    expect(assessment.requiredDocuments).toEqual([]);
  });

  it('exactly at it leaves the pathways that need no salary threshold open', () => {
    const assessment = lowPaidWorker(atMinimumWage);
    expect(pathwayOf(assessment, '19c2').result).toBe('eligible');
    expect(pathwayOf(assessment, '16d').result).toBe('eligible');
    for (const pathway of assessment.pathways) {
      expect(codesOf(pathway.reasons)).not.toContain('below_minimum_wage');
    }
  });

  it('uses the hourly pay, so part-time work at the same salary may pass', () => {
    const partTime = evaluatePrecheck(
      makeInput({
        startDate: `${year}-02-01`,
        job: { annualGrossSalaryEur: atMinimumWage / 2, weeklyHours: 20 },
      }),
    );
    expect(pathwayOf(partTime, '18b').result).toBe('eligible');
  });
});

describe('start year without salary thresholds', () => {
  it('2027 uses the 2026 thresholds and flags every pathway', () => {
    const assessment = evaluatePrecheck(
      makeInput({ startDate: '2027-01-15', qualification: { completedYear: 2020 } }),
    );
    expect(assessment.thresholdYear).toBe(2026);
    for (const pathway of assessment.pathways) {
      expect(codesOf(pathway.reasons)).toContain('thresholds_year_fallback');
    }
    expect(pathwayOf(assessment, '18g').salaryThresholdEur).toBe(domainFigures[2026].general);
    expect(pathwayOf(assessment, '18g').reasons.at(-1)?.message).toContain('2027');
  });

  it('2027 applies the 2027 minimum wage of 14.60 EUR/h already', () => {
    const assessment = evaluatePrecheck(
      makeInput({ startDate: '2027-01-15', job: { annualGrossSalaryEur: 14.6 * 40 * 52 - 0.01 } }),
    );
    expect(codesOf(pathwayOf(assessment, '18b').reasons)).toContain('below_minimum_wage');
  });

  it('a start before 2025 uses the 2025 thresholds', () => {
    const assessment = evaluatePrecheck(
      makeInput({ startDate: '2024-11-01', qualification: { completedYear: 2015 } }),
    );
    expect(assessment.thresholdYear).toBe(2025);
    expect(pathwayOf(assessment, '19c2').salaryThresholdEur).toBe(
      domainFigures[2025].experienceBased,
    );
    expect(codesOf(pathwayOf(assessment, '16d').reasons)).toContain('thresholds_year_fallback');
  });

  it('a start year in the table carries no fallback reason', () => {
    const assessment = evaluatePrecheck(makeInput({ startDate: '2026-12-31' }));
    expect(assessment.thresholdYear).toBe(2026);
    const allCodes = assessment.pathways.flatMap((pathway) => codesOf(pathway.reasons));
    expect(allCodes).not.toContain('thresholds_year_fallback');
  });
});

describe('assessment', () => {
  it('lists every pathway in a fixed order and parses under the schema', () => {
    const assessment = evaluatePrecheck(makeInput());
    expect(codesOf(assessment.pathways)).toEqual([...pathwayCodes]);
    expect(assessment.rulesVersion).toBe(rulesVersion);
    expect(() => precheckAssessmentSchema.parse(assessment)).not.toThrow();
  });

  it('answers in German by default, with German number formats', () => {
    const blueCard = pathwayOf(evaluatePrecheck(makeInput()), '18g');
    const salaryReason = blueCard.reasons.find((r) => r.code === 'salary_meets_general_threshold');
    expect(salaryReason?.message).toMatch(/50\.700\s€/);
  });

  it('answers in English on request, with English number formats', () => {
    const blueCard = pathwayOf(evaluatePrecheck(makeInput(), { locale: 'en' }), '18g');
    const salaryReason = blueCard.reasons.find((r) => r.code === 'salary_meets_general_threshold');
    expect(salaryReason?.message).toContain('€50,700');
  });
});

describe('accelerated procedure', () => {
  it('is available when a pathway is eligible, naming it and the fee', () => {
    const { acceleratedProcedure } = evaluatePrecheck(makeInput());
    expect(acceleratedProcedure.available).toBe(true);
    expect(codesOf(acceleratedProcedure.reasons)).toEqual([
      'accelerated_available',
      'accelerated_fee',
    ]);
    expect(acceleratedProcedure.reasons[0]?.message).toContain('Blaue Karte EU');
    expect(acceleratedProcedure.reasons[1]?.message).toMatch(/411\s€/);
  });

  it('charges the fee per person, family members included', () => {
    const { acceleratedProcedure, warnings } = evaluatePrecheck(makeInput(), {
      familyMembers: 2,
      locale: 'en',
    });
    expect(acceleratedProcedure.reasons.at(-1)?.message).toContain('€1,233 for 3 people');
    expect(codesOf(warnings)).toEqual(['family_visa_window']);
  });

  it('is available with conditions only, and says the conditions must be met', () => {
    const { acceleratedProcedure } = evaluatePrecheck(
      makeInput({
        qualification: { recognition: 'pending' },
        job: { annualGrossSalaryEur: 40_000 },
      }),
    );
    expect(acceleratedProcedure.available).toBe(true);
    expect(codesOf(acceleratedProcedure.reasons)).toContain('accelerated_conditions_open');
  });

  it('is not available when no pathway is open', () => {
    const assessment = evaluatePrecheck(
      makeInput({ qualification: { recognition: 'none' }, germanLevel: 'A1', experienceYears: 1 }),
    );
    expect(assessment.pathways.every((pathway) => pathway.result === 'not_eligible')).toBe(true);
    expect(assessment.acceleratedProcedure).toEqual({
      available: false,
      reasons: [expect.objectContaining({ code: 'accelerated_not_available' })],
    });
    expect(assessment.warnings).toEqual([]);
  });
});
