import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { precheckSubmissionSchema } from '../cases/case.schema';
import { caseEventSchema } from '../cases/case-detail.schema';
import {
  caseDocumentRequestSchema,
  caseDocumentSchema,
} from '../cases/case-document-request.schema';
import { caseMessageSchema } from '../cases/case-message.schema';
import { caseStatusSchema } from '../cases/case-statuses';
import { hireSchema } from '../hires/hire.schema';
import { precheckSchema } from '../precheck-drafts/precheck-answers.schema';
import { precheckAssessmentSchema } from '../prechecks/index';

/** An uploaded file's metadata, and where its bytes are inside the ZIP. */
export const exportedDocumentSchema = caseDocumentSchema.extend({ path: z.string() });
export type ExportedDocument = z.infer<typeof exportedDocumentSchema>;

/** A pre-check with its answers, assessment and files, draft or submitted. */
export const exportedPrecheckSchema = precheckSchema
  .pick({
    id: true,
    status: true,
    step: true,
    answers: true,
    assessment: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({ documents: z.array(exportedDocumentSchema) });
export type ExportedPrecheck = z.infer<typeof exportedPrecheckSchema>;

/** A case as submitted, with its stages and what was said to the employer (no internal notes). */
export const exportedCaseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  precheckId: z.string(),
  status: caseStatusSchema,
  submittedAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
  submission: precheckSubmissionSchema,
  assessment: precheckAssessmentSchema,
  timeline: z.array(caseEventSchema),
  messages: z.array(caseMessageSchema.omit({ internal: true })),
  documentRequests: z.array(caseDocumentRequestSchema),
});
export type ExportedCase = z.infer<typeof exportedCaseSchema>;

/**
 * `personal-data.json` of the Art. 15 / 20 GDPR export: every personal datum the portal holds on
 * one hire and the family members entered with them, machine-readable.
 */
export const personalDataExportSchema = z.object({
  format: z.literal('itc-personal-data-export/1'),
  exportedAt: isoDateTimeSchema,
  exportedBy: z.object({ name: z.string(), organizationName: z.string() }),
  /** Includes `familyMembers`. */
  hire: hireSchema,
  prechecks: z.array(exportedPrecheckSchema),
  cases: z.array(exportedCaseSchema),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
