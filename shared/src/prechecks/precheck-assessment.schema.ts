import { z } from 'zod';
import { reasonCodeSchema } from './messages';
import { pathwayCodeSchema, pathwayCodes, pathwayResultSchema } from './pathway-codes';

export const reasonSchema = z.strictObject({ code: reasonCodeSchema, message: z.string().min(1) });
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
