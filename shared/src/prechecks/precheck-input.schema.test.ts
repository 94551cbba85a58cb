import { describe, expect, it } from 'vitest';
import { makeInput, noQualification } from '../../testing/precheck-fixtures';
import { precheckInputSchema } from './precheck-input.schema';

const valid = makeInput();
const issuePaths = (candidate: unknown) =>
  precheckInputSchema.safeParse(candidate).error?.issues.map((issue) => issue.path.join('.'));

describe('precheckInputSchema', () => {
  it('accepts the documented example', () => {
    expect(precheckInputSchema.parse(valid)).toEqual(valid);
  });

  it('accepts missing year and training length without a qualification', () => {
    expect(
      precheckInputSchema.safeParse({ ...valid, qualification: noQualification }).success,
    ).toBe(true);
  });

  it.each([
    { name: 'an unknown top-level field', candidate: { ...valid, occupation: '2221' }, path: '' },
    {
      name: 'an unknown job field',
      candidate: { ...valid, job: { ...valid.job, bonus: 1 } },
      path: 'job',
    },
    {
      name: 'an impossible date',
      candidate: { ...valid, startDate: '2026-02-30' },
      path: 'startDate',
    },
    {
      name: 'a date with a time',
      candidate: { ...valid, startDate: '2026-03-01T00:00:00Z' },
      path: 'startDate',
    },
    {
      name: 'a birth date after the start',
      candidate: { ...valid, dateOfBirth: '2026-03-02' },
      path: 'dateOfBirth',
    },
    {
      name: 'more than 60 weekly hours',
      candidate: { ...valid, job: { ...valid.job, weeklyHours: 61 } },
      path: 'job.weeklyHours',
    },
    {
      name: 'less than 1 weekly hour',
      candidate: { ...valid, job: { ...valid.job, weeklyHours: 0.5 } },
      path: 'job.weeklyHours',
    },
    {
      name: 'a zero salary',
      candidate: { ...valid, job: { ...valid.job, annualGrossSalaryEur: 0 } },
      path: 'job.annualGrossSalaryEur',
    },
    {
      name: 'negative experience',
      candidate: { ...valid, experienceYears: -1 },
      path: 'experienceYears',
    },
    {
      name: 'over 60 years of experience',
      candidate: { ...valid, experienceYears: 61 },
      path: 'experienceYears',
    },
    {
      name: 'an unknown German level',
      candidate: { ...valid, germanLevel: 'B3' },
      path: 'germanLevel',
    },
    {
      name: 'a missing field',
      candidate: { ...valid, pensionProvision: undefined },
      path: 'pensionProvision',
    },
    {
      name: 'a degree completed after the start year',
      candidate: { ...valid, qualification: { ...valid.qualification, completedYear: 2027 } },
      path: 'qualification.completedYear',
    },
    {
      name: 'a completion year without a qualification',
      candidate: { ...valid, qualification: { ...noQualification, completedYear: 2020 } },
      path: 'qualification.completedYear',
    },
    {
      name: 'a recognition without a qualification',
      candidate: { ...valid, qualification: { ...noQualification, recognition: 'partial' } },
      path: 'qualification.recognition',
    },
  ])('rejects $name', ({ candidate, path }) => {
    expect(issuePaths(candidate)).toContain(path);
  });
});
