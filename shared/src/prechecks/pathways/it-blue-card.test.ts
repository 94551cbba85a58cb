import { describe, expect, it } from 'vitest';
import {
  codesOf,
  domainFigures,
  domainYears,
  makeInput,
  noQualification,
  pathwayOf,
} from '../../../testing/precheck-fixtures';
import { evaluatePrecheck } from '../evaluate-precheck';

const itBlueCard = (...args: Parameters<typeof makeInput>) =>
  pathwayOf(evaluatePrecheck(makeInput(...args)), '18g-it');

describe.each(domainYears)('IT Blue Card (§ 18g(2)) in %i', (year) => {
  const { reduced } = domainFigures[year];

  it.each([
    { salary: reduced - 0.01, result: 'not_eligible', code: 'salary_below_threshold' },
    { salary: reduced, result: 'eligible', code: 'salary_meets_reduced_threshold_it' },
  ])('salary $salary → $result', ({ salary, result, code }) => {
    const pathway = itBlueCard({
      startDate: `${year}-06-15`,
      job: { itSpecialist: true, annualGrossSalaryEur: salary },
    });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
    expect(pathway.salaryThresholdEur).toBe(reduced);
  });
});

describe('IT Blue Card (§ 18g(2))', () => {
  it.each([
    { experienceYears: 2.9, result: 'not_eligible', code: 'it_experience_insufficient' },
    { experienceYears: 3, result: 'eligible', code: 'experience_sufficient' },
  ])('$experienceYears years of experience → $result', ({ experienceYears, result, code }) => {
    const pathway = itBlueCard({ experienceYears, job: { itSpecialist: true } });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
  });

  it('ignores the degree and its recognition', () => {
    const pathway = itBlueCard({ qualification: noQualification, job: { itSpecialist: true } });
    expect(pathway.result).toBe('eligible');
  });

  it('is only for IT specialists', () => {
    const pathway = itBlueCard({ job: { itSpecialist: false } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toEqual(['not_it_specialist']);
  });
});
