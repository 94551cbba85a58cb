import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesOf } from '../../testing/precheck-fixtures';
import { precheckInput } from '../../testing/precheck-input-arbitrary';
import { evaluatePrecheck } from './evaluate-precheck';
import { locales } from './locales';
import type { PathwayResult } from './pathway-codes';
import { type PrecheckAssessment, precheckAssessmentSchema } from './precheck-assessment.schema';
import type { ReasonCode } from './reason-codes';

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
