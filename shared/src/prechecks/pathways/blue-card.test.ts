import { describe, expect, it } from 'vitest';
import {
  codesOf,
  domainFigures,
  domainYears,
  makeInput,
  pathwayOf,
} from '../../../testing/precheck-fixtures';
import { evaluatePrecheck } from '../evaluate-precheck';

const blueCard = (...args: Parameters<typeof makeInput>) =>
  pathwayOf(evaluatePrecheck(makeInput(...args)), '18g');

describe.each(domainYears)('Blue Card (§ 18g) salary thresholds in %i', (year) => {
  const { general, reduced } = domainFigures[year];
  const startDate = `${year}-03-01`;
  const oldDegree = { completedYear: year - 4 };

  it.each([
    { salary: general - 0.01, result: 'not_eligible', code: 'salary_below_threshold' },
    { salary: general, result: 'eligible', code: 'salary_meets_general_threshold' },
  ])('general threshold: $salary → $result', ({ salary, result, code }) => {
    const pathway = blueCard({
      startDate,
      qualification: oldDegree,
      job: { annualGrossSalaryEur: salary },
    });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
    expect(pathway.salaryThresholdEur).toBe(general);
  });

  it.each([
    { salary: reduced - 0.01, result: 'not_eligible', code: 'salary_below_threshold' },
    { salary: reduced, result: 'eligible', code: 'salary_meets_reduced_threshold_shortage' },
  ])('shortage occupation: $salary → $result', ({ salary, result, code }) => {
    const pathway = blueCard({
      startDate,
      qualification: oldDegree,
      job: { annualGrossSalaryEur: salary, shortageOccupation: true },
    });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
    expect(pathway.salaryThresholdEur).toBe(reduced);
  });

  it.each([
    { completedYear: year - 3, result: 'eligible', threshold: reduced },
    { completedYear: year - 4, result: 'not_eligible', threshold: general },
  ])(
    'degree completed in $completedYear, salary at the reduced threshold → $result',
    ({ completedYear, result, threshold }) => {
      const pathway = blueCard({
        startDate,
        qualification: { completedYear },
        job: { annualGrossSalaryEur: reduced },
      });
      expect(pathway.result).toBe(result);
      expect(pathway.salaryThresholdEur).toBe(threshold);
    },
  );

  it('names the reduced threshold for a recent degree earning too little', () => {
    const pathway = blueCard({
      startDate,
      qualification: { completedYear: year - 3 },
      job: { annualGrossSalaryEur: reduced - 0.01 },
    });
    expect(pathway.result).toBe('not_eligible');
    expect(pathway.salaryThresholdEur).toBe(reduced);
  });

  it('says why the reduced threshold applies to a recent degree', () => {
    const pathway = blueCard({
      startDate,
      qualification: { completedYear: year - 3 },
      job: { annualGrossSalaryEur: reduced },
    });
    expect(codesOf(pathway.reasons)).toContain('salary_meets_reduced_threshold_recent_degree');
  });
});

describe('Blue Card (§ 18g) qualification', () => {
  it.each([
    { recognition: 'full', result: 'eligible', code: 'degree_recognised' },
    { recognition: 'comparable', result: 'eligible', code: 'degree_recognised' },
    { recognition: 'pending', result: 'conditional', code: 'recognition_pending' },
    { recognition: 'partial', result: 'not_eligible', code: 'recognition_partial' },
    { recognition: 'none', result: 'not_eligible', code: 'recognition_missing' },
  ] as const)('recognition $recognition → $result', ({ recognition, result, code }) => {
    const pathway = blueCard({ qualification: { recognition } });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
  });

  it('needs a university degree', () => {
    const pathway = blueCard({ qualification: { level: 'vocational' } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toEqual(['no_university_degree']);
  });

  it('needs a job that fits the qualification', () => {
    const pathway = blueCard({ job: { matchesQualification: false } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toEqual(['job_does_not_match_qualification']);
  });

  it('lists every missing condition at once', () => {
    const pathway = blueCard({
      qualification: { recognition: 'none' },
      job: { matchesQualification: false, annualGrossSalaryEur: 40_000 },
    });
    expect(codesOf(pathway.reasons)).toEqual([
      'recognition_missing',
      'job_does_not_match_qualification',
      'salary_below_threshold',
    ]);
  });

  it('has no age rule: a 60-year-old at the general threshold is eligible', () => {
    const pathway = blueCard({
      dateOfBirth: '1965-01-01',
      job: { annualGrossSalaryEur: domainFigures[2026].general },
    });
    expect(pathway.result).toBe('eligible');
    expect(pathway.salaryThresholdEur).toBe(domainFigures[2026].general);
  });

  it('explains what is already fulfilled when eligible', () => {
    expect(codesOf(blueCard().reasons)).toEqual([
      'degree_recognised',
      'job_matches_qualification',
      'salary_meets_general_threshold',
    ]);
  });
});
