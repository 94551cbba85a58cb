import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { licenceStatusSchema, pathwayCodeSchema, precheckAssessmentSchema } from '../prechecks';
import { documentContentTypes } from './document-upload.schema';

export const precheckSteps = ['job', 'qualification', 'licence', 'documents', 'review'] as const;
export const precheckStepSchema = z.enum(precheckSteps);
export type PrecheckStep = z.infer<typeof precheckStepSchema>;

/** ISCO-08 unit group: four digits. */
export const iscoCodeSchema = z.string().regex(/^\d{4}$/, 'isco_format');

/**
 * The wizard's answers beyond the hire's own data. Every answer may still be empty in a draft;
 * submitting needs them all.
 */
export const precheckAnswersSchema = z.strictObject({
  job: z.strictObject({
    title: z.string().trim().max(200).nullable(),
    iscoCode: iscoCodeSchema.nullable(),
    weeklyHours: z.number().min(1).max(60).nullable(),
    annualGrossSalaryEur: z.number().positive().max(10_000_000).nullable(),
    startDate: isoDateSchema.nullable(),
    placeOfWork: z.string().trim().max(200).nullable(),
    permanent: z.boolean().nullable(),
    collectiveAgreement: z.boolean().nullable(),
    matchesQualification: z.boolean().nullable(),
    /** Set from the ISCO code in the wizard; partner systems may send them directly. */
    shortageOccupation: z.boolean().nullable(),
    itSpecialist: z.boolean().nullable(),
    regulated: z.boolean().nullable(),
  }),
  licence: licenceStatusSchema.nullable(),
  firstResidenceTitleForWork: z.boolean().nullable(),
  pensionProvision: z.boolean().nullable(),
  /**
   * The residence title the employer applies for (chosen in the documents step); its route alone
   * makes the checklist. Absent until chosen; must be one the assessment leaves open.
   */
  residenceTitle: pathwayCodeSchema.optional(),
});
export type PrecheckAnswers = z.infer<typeof precheckAnswersSchema>;

export const emptyPrecheckAnswers: PrecheckAnswers = {
  job: {
    title: null,
    iscoCode: null,
    weeklyHours: null,
    annualGrossSalaryEur: null,
    startDate: null,
    placeOfWork: null,
    permanent: null,
    collectiveAgreement: null,
    matchesQualification: null,
    shortageOccupation: null,
    itSpecialist: null,
    regulated: null,
  },
  licence: null,
  firstResidenceTitleForWork: null,
  pensionProvision: null,
};

export const documentSchema = z.object({
  id: z.string(),
  requirementCode: z.string(),
  fileName: z.string(),
  contentType: z.enum(documentContentTypes),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: isoDateTimeSchema,
});
export type PrecheckDocument = z.infer<typeof documentSchema>;

export const precheckSchema = z.object({
  id: z.string(),
  hireId: z.string(),
  organizationId: z.string(),
  status: z.enum(['draft', 'submitted']),
  step: precheckStepSchema,
  answers: precheckAnswersSchema,
  assessment: precheckAssessmentSchema.nullable(),
  /** Dotted paths of answers still needed before the rules can run. */
  missingAnswers: z.array(z.string()),
  documents: z.array(documentSchema),
  caseId: z.string().nullable(),
  /** The case reference (ITC-2026-000123) once submitted. */
  caseReference: z.string().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Precheck = z.infer<typeof precheckSchema>;

export const createPrecheckSchema = z.strictObject({ hireId: z.string().min(1) });

export const savePrecheckSchema = z.strictObject({
  step: precheckStepSchema,
  answers: precheckAnswersSchema,
  version: z.number().int().min(1),
});
export type SavePrecheck = z.infer<typeof savePrecheckSchema>;

export const submitPrecheckSchema = z.strictObject({
  version: z.number().int().min(1),
  /** The user declares the data true and knows the fee (411 EUR per person); required. */
  declaration: z.literal(true, { error: 'declaration_required' }),
});
export type SubmitPrecheck = z.infer<typeof submitPrecheckSchema>;
