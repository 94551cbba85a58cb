import { z } from 'zod';
import { pathwayCodeSchema, pathwayCodes, pathwayResultSchema } from './pathway-codes';
import { reasonCodeSchema } from './reason-codes';

/**
 * `message` is worded in the language of the evaluation; `params` (absent in results stored before
 * they were kept) let a reader in another language have the reason worded anew from its code.
 */
export const reasonSchema = z.strictObject({
  code: reasonCodeSchema,
  message: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type Reason = z.infer<typeof reasonSchema>;

export const pathwayAssessmentSchema = z.strictObject({
  code: pathwayCodeSchema,
  result: pathwayResultSchema,
  reasons: z.array(reasonSchema).min(1),
  /** The salary threshold this pathway applied, in euros (cents allowed). */
  salaryThresholdEur: z.number().positive().optional(),
});
export type PathwayAssessment = z.infer<typeof pathwayAssessmentSchema>;

export const documentRequirementSchema = z.strictObject({
  code: z.string().min(1),
  label: z.string().min(1),
  required: z.boolean(),
  pathways: z.array(pathwayCodeSchema).min(1),
  /** Issued abroad in another language: the translations item covers it. Absent in old results. */
  needsTranslation: z.boolean().optional(),
});
export type DocumentRequirement = z.infer<typeof documentRequirementSchema>;

export const precheckAssessmentSchema = z.strictObject({
  rulesVersion: z.string().min(1),
  thresholdYear: z.int(),
  pathways: z
    .array(pathwayAssessmentSchema)
    .refine(
      (pathways) => pathways.map((p) => p.code).join() === pathwayCodes.join(),
      'Every pathway is listed once, in the fixed order',
    ),
  acceleratedProcedure: z.strictObject({
    available: z.boolean(),
    reasons: z.array(reasonSchema).min(1),
  }),
  requiredDocuments: z.array(documentRequirementSchema),
  warnings: z.array(reasonSchema),
});
export type PrecheckAssessment = z.infer<typeof precheckAssessmentSchema>;
