import type { PathwayCode } from '../src/prechecks/pathway-codes';
import type {
  PathwayAssessment,
  PrecheckAssessment,
} from '../src/prechecks/precheck-assessment.schema';
import { type PrecheckInput, precheckInputSchema } from '../src/prechecks/precheck-input.schema';

/** The table in the domain reference, copied by hand so tests do not trust the derivation. */
export const domainFigures = {
  2025: {
    general: 48_300,
    reduced: 43_759.8,
    experienceBased: 43_470,
    age45: 53_130,
    minimumWage: 12.82,
  },
  2026: {
    general: 50_700,
    reduced: 45_934.2,
    experienceBased: 45_630,
    age45: 55_770,
    minimumWage: 13.9,
  },
} as const;
export const domainYears = [2025, 2026] as const;

type Overrides = Partial<Omit<PrecheckInput, 'qualification' | 'profession' | 'job'>> & {
  qualification?: Partial<PrecheckInput['qualification']>;
  profession?: Partial<PrecheckInput['profession']>;
  job?: Partial<PrecheckInput['job']>;
};

/**
 * A 35-year-old engineer with a recognised degree from 2015, earning well above every threshold
 * in 2026. Validated by the schema, so a test can never rely on an input the API would refuse.
 */
export function makeInput(overrides: Overrides = {}): PrecheckInput {
  const base: PrecheckInput = {
    startDate: '2026-03-01',
    dateOfBirth: '1990-05-12',
    firstResidenceTitleForWork: true,
    pensionProvision: false,
    qualification: {
      level: 'university',
      recognition: 'full',
      completedYear: 2015,
      trainingYears: 4,
      stateRecognisedAbroad: true,
    },
    profession: { regulated: false, licence: 'none' },
    experienceYears: 4,
    germanLevel: 'B1',
    job: {
      annualGrossSalaryEur: 60_000,
      weeklyHours: 40,
      shortageOccupation: false,
      itSpecialist: false,
      collectiveAgreement: false,
      matchesQualification: true,
    },
  };
  return precheckInputSchema.parse({
    ...base,
    ...overrides,
    qualification: { ...base.qualification, ...overrides.qualification },
    profession: { ...base.profession, ...overrides.profession },
    job: { ...base.job, ...overrides.job },
  });
}

/** Without a qualification the schema wants nothing to date or recognise. */
export const noQualification: PrecheckInput['qualification'] = {
  level: 'none',
  recognition: 'none',
  completedYear: null,
  trainingYears: null,
  stateRecognisedAbroad: false,
};

export function pathwayOf(assessment: PrecheckAssessment, code: PathwayCode): PathwayAssessment {
  const pathway = assessment.pathways.find((p) => p.code === code);
  if (!pathway) throw new Error(`pathway ${code} missing`);
  return pathway;
}

export const codesOf = <C extends string>(items: readonly { code: C }[]): C[] =>
  items.map((item) => item.code);
