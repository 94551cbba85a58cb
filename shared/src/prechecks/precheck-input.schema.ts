import { z } from 'zod';

export const qualificationLevels = ['university', 'vocational', 'none'] as const;
export const qualificationLevelSchema = z.enum(qualificationLevels);

export const recognitionStatuses = ['full', 'comparable', 'partial', 'pending', 'none'] as const;
export const recognitionStatusSchema = z.enum(recognitionStatuses);

export const licenceStatuses = ['held', 'applied', 'none'] as const;
export const licenceStatusSchema = z.enum(licenceStatuses);

/** CEFR levels, lowest first, so their index compares levels. */
export const germanLevels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const germanLevelSchema = z.enum(germanLevels);
export type GermanLevel = z.infer<typeof germanLevelSchema>;

const qualificationSchema = z
  .strictObject({
    level: qualificationLevelSchema,
    recognition: recognitionStatusSchema,
    completedYear: z.int().min(1950).max(2100).nullable(),
    /** Length of the training or study in years. */
    trainingYears: z.number().positive().max(10).nullable(),
    stateRecognisedAbroad: z.boolean(),
  })
  .superRefine((qualification, ctx) => {
    if (qualification.level !== 'none') return;
    // Without a qualification there is nothing to date or recognise; a stale value would
    // otherwise unlock a rule.
    for (const key of ['completedYear', 'trainingYears'] as const) {
      if (qualification[key] !== null) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'Must be null without a qualification',
        });
      }
    }
    if (qualification.recognition !== 'none' || qualification.stateRecognisedAbroad) {
      ctx.addIssue({
        code: 'custom',
        path: [qualification.recognition !== 'none' ? 'recognition' : 'stateRecognisedAbroad'],
        message: 'Nothing to recognise without a qualification',
      });
    }
  });

/**
 * Every field without cross-field rules, so forms can `.pick()` and `.extend()` it
 * (zod refuses to pick from a refined object).
 */
export const precheckInputFieldsSchema = z.strictObject({
  startDate: z.iso.date(),
  dateOfBirth: z.iso.date(),
  firstResidenceTitleForWork: z.boolean(),
  pensionProvision: z.boolean(),
  qualification: qualificationSchema,
  profession: z.strictObject({
    regulated: z.boolean(),
    /** Ignored when the profession is not regulated. */
    licence: licenceStatusSchema,
  }),
  experienceYears: z.number().min(0).max(60),
  germanLevel: germanLevelSchema,
  job: z.strictObject({
    annualGrossSalaryEur: z.number().positive(),
    weeklyHours: z.number().min(1).max(60),
    shortageOccupation: z.boolean(),
    itSpecialist: z.boolean(),
    collectiveAgreement: z.boolean(),
    matchesQualification: z.boolean(),
  }),
});

export const precheckInputSchema = precheckInputFieldsSchema.superRefine((input, ctx) => {
  // ISO dates compare correctly as strings.
  if (input.dateOfBirth >= input.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['dateOfBirth'],
      message: 'Must be before the start date',
    });
  }
  const { completedYear } = input.qualification;
  if (completedYear !== null && completedYear > Number(input.startDate.slice(0, 4))) {
    ctx.addIssue({
      code: 'custom',
      path: ['qualification', 'completedYear'],
      message: 'Must not be after the start year',
    });
  }
});

export type PrecheckInput = z.infer<typeof precheckInputSchema>;
