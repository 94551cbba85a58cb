import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePrecheck } from './evaluate-precheck';
import { locales } from './locales';
import type { ReasonCode } from './messages';
import type { PathwayResult } from './pathway-codes';
import { type PrecheckAssessment, precheckAssessmentSchema } from './precheck-assessment.schema';
import {
  germanLevels,
  licenceStatuses,
  type PrecheckInput,
  precheckInputSchema,
  recognitionStatuses,
} from './precheck-input.schema';
import { codesOf, domainFigures, noQualification } from './testing/precheck-fixtures';

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(min), max: new Date(max), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

// Random salaries plus every threshold to the cent, so the edges are hit often.
const edgeSalaries = Object.values(domainFigures).flatMap((figures) => [
  figures.general,
  figures.reduced,
  figures.experienceBased,
  figures.age45,
  figures.minimumWage * 40 * 52,
]);
const salary = fc.oneof(
  fc.double({ min: 1_000, max: 150_000, noNaN: true }),
  fc.constantFrom(...edgeSalaries),
);

const qualification = fc.oneof(
  fc.constant(noQualification),
  fc.record({
    level: fc.constantFrom('university', 'vocational'),
    recognition: fc.constantFrom(...recognitionStatuses),
    completedYear: fc.option(fc.integer({ min: 1980, max: 2024 })),
    trainingYears: fc.option(fc.double({ min: 0.5, max: 6, noNaN: true })),
    stateRecognisedAbroad: fc.boolean(),
  }),
);

/** Any input the API accepts, with start years inside and outside the thresholds table. */
const precheckInput: fc.Arbitrary<PrecheckInput> = fc
  .record({
    startDate: isoDate('2024-01-01', '2028-12-31'),
    dateOfBirth: isoDate('1950-01-01', '2007-12-31'),
    firstResidenceTitleForWork: fc.boolean(),
    pensionProvision: fc.boolean(),
    qualification,
    profession: fc.record({
      regulated: fc.boolean(),
      licence: fc.constantFrom(...licenceStatuses),
    }),
    experienceYears: fc.oneof(
      fc.integer({ min: 0, max: 10 }),
      fc.double({ min: 0, max: 60, noNaN: true }),
    ),
    germanLevel: fc.constantFrom(...germanLevels),
    job: fc.record({
      annualGrossSalaryEur: salary,
      weeklyHours: fc.oneof(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 1, max: 60, noNaN: true }),
      ),
      shortageOccupation: fc.boolean(),
      itSpecialist: fc.boolean(),
      collectiveAgreement: fc.boolean(),
      matchesQualification: fc.boolean(),
    }),
  })
  .map((candidate) => precheckInputSchema.parse(candidate));

const options = fc.record({
  locale: fc.constantFrom(...locales),
  familyMembers: fc.integer({ min: 0, max: 6 }),
});

const rank: Record<PathwayResult, number> = { not_eligible: 0, conditional: 1, eligible: 2 };

/** Reasons that state a condition the employer can still fulfil. */
const conditionCodes: readonly ReasonCode[] = [
  'recognition_pending',
  'licence_applied',
  'german_a2_missing',
  'recognition_partnership',
];

/** Everything but the wording. */
const codesOnly = (assessment: PrecheckAssessment) => ({
  ...assessment,
  pathways: assessment.pathways.map((p) => ({ ...p, reasons: codesOf(p.reasons) })),
  acceleratedProcedure: codesOf(assessment.acceleratedProcedure.reasons),
  requiredDocuments: assessment.requiredDocuments.map((d) => ({ ...d, label: undefined })),
  warnings: codesOf(assessment.warnings),
});

describe('evaluatePrecheck properties', () => {
  it('a higher salary never makes a pathway worse', () => {
    fc.assert(
      fc.property(
        precheckInput,
        fc.double({ min: 0.01, max: 60_000, noNaN: true }),
        (input, raise) => {
          const before = evaluatePrecheck(input);
          const after = evaluatePrecheck({
            ...input,
            job: { ...input.job, annualGrossSalaryEur: input.job.annualGrossSalaryEur + raise },
          });
          after.pathways.forEach((pathway, index) => {
            expect(rank[pathway.result]).toBeGreaterThanOrEqual(
              rank[before.pathways[index]!.result],
            );
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('every pathway and the accelerated procedure carry reasons; conditions are named', () => {
    fc.assert(
      fc.property(precheckInput, options, (input, opts) => {
        const assessment = evaluatePrecheck(input, opts);
        for (const pathway of assessment.pathways) {
          expect(pathway.reasons.length).toBeGreaterThan(0);
          if (pathway.result === 'conditional') {
            expect(codesOf(pathway.reasons).some((code) => conditionCodes.includes(code))).toBe(
              true,
            );
          }
        }
        const { acceleratedProcedure } = assessment;
        expect(acceleratedProcedure.reasons.length).toBeGreaterThan(0);
        expect(acceleratedProcedure.available).toBe(
          assessment.pathways.some((pathway) => pathway.result !== 'not_eligible'),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('always yields an assessment the schema accepts', () => {
    fc.assert(
      fc.property(precheckInput, options, (input, opts) => {
        expect(
          precheckAssessmentSchema.safeParse(evaluatePrecheck(input, opts)).error,
        ).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('German and English differ only in wording', () => {
    fc.assert(
      fc.property(precheckInput, fc.integer({ min: 0, max: 6 }), (input, familyMembers) => {
        const de = evaluatePrecheck(input, { locale: 'de', familyMembers });
        const en = evaluatePrecheck(input, { locale: 'en', familyMembers });
        expect(codesOnly(en)).toEqual(codesOnly(de));
        const messages = (a: PrecheckAssessment) =>
          a.pathways.flatMap((p) => p.reasons.map((r) => r.message));
        const englishMessages = messages(en);
        messages(de).forEach((message, index) => {
          expect(message).not.toBe(englishMessages[index]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
