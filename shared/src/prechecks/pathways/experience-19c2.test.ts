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

const experienceBased = (...args: Parameters<typeof makeInput>) =>
  pathwayOf(evaluatePrecheck(makeInput(...args)), '19c2');

describe.each(domainYears)('experience-based employment (§ 19c(2)) in %i', (year) => {
  const { experienceBased: threshold } = domainFigures[year];
  const startDate = `${year}-09-01`;

  it.each([
    { salary: threshold - 0.01, result: 'not_eligible', code: 'salary_below_19c2_threshold' },
    { salary: threshold, result: 'eligible', code: 'salary_meets_19c2_threshold' },
  ])('salary $salary → $result', ({ salary, result, code }) => {
    const pathway = experienceBased({ startDate, job: { annualGrossSalaryEur: salary } });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
    expect(pathway.salaryThresholdEur).toBe(threshold);
  });

  it('a collective agreement replaces the salary threshold', () => {
    const pathway = experienceBased({
      startDate,
      job: { annualGrossSalaryEur: threshold - 0.01, collectiveAgreement: true },
    });
    expect(pathway.result).toBe('eligible');
    expect(codesOf(pathway.reasons)).toContain('collective_agreement_replaces_salary');
  });
});

describe('experience-based employment (§ 19c(2)) requirements', () => {
  it.each([
    { experienceYears: 1.9, result: 'not_eligible', code: 'experience_insufficient' },
    { experienceYears: 2, result: 'eligible', code: 'experience_sufficient' },
  ])('$experienceYears years of experience → $result', ({ experienceYears, result, code }) => {
    const pathway = experienceBased({ experienceYears });
    expect(pathway.result).toBe(result);
    expect(codesOf(pathway.reasons)).toContain(code);
  });

  it('a collective agreement does not replace the experience', () => {
    const pathway = experienceBased({ experienceYears: 1, job: { collectiveAgreement: true } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toEqual(['experience_insufficient']);
  });

  it('is closed to regulated professions, even with the licence', () => {
    const pathway = experienceBased({ profession: { regulated: true, licence: 'held' } });
    expect(pathway.result).toBe('not_eligible');
    expect(codesOf(pathway.reasons)).toContain('regulated_profession_excluded');
  });

  it.each([
    {
      trainingYears: 2,
      stateRecognisedAbroad: true,
      result: 'eligible',
      code: 'qualification_meets_19c2',
    },
    {
      trainingYears: 1.5,
      stateRecognisedAbroad: true,
      result: 'not_eligible',
      code: 'training_too_short',
    },
    {
      trainingYears: null,
      stateRecognisedAbroad: true,
      result: 'not_eligible',
      code: 'training_too_short',
    },
    {
      trainingYears: 3,
      stateRecognisedAbroad: false,
      result: 'not_eligible',
      code: 'qualification_not_state_recognised',
    },
  ])(
    'vocational training of $trainingYears years, state-recognised $stateRecognisedAbroad → $result',
    ({ trainingYears, stateRecognisedAbroad, result, code }) => {
      const pathway = experienceBased({
        qualification: {
          level: 'vocational',
          recognition: 'none',
          trainingYears,
          stateRecognisedAbroad,
        },
      });
      expect(pathway.result).toBe(result);
      expect(codesOf(pathway.reasons)).toContain(code);
    },
  );

  it('accepts a state-recognised degree without German recognition', () => {
    const pathway = experienceBased({ qualification: { recognition: 'none' } });
    expect(pathway.result).toBe('eligible');
    expect(codesOf(pathway.reasons)).toContain('qualification_meets_19c2');
  });

  it('needs a qualification, except for IT specialists', () => {
    const without = experienceBased({ qualification: noQualification });
    expect(without.result).toBe('not_eligible');
    expect(codesOf(without.reasons)).toEqual(['no_qualification']);

    const itSpecialist = experienceBased({
      qualification: noQualification,
      job: { itSpecialist: true },
    });
    expect(itSpecialist.result).toBe('eligible');
    expect(codesOf(itSpecialist.reasons)).toContain('it_specialist_no_qualification_needed');
  });
});
