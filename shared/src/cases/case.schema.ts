import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { hireInputSchema } from '../hires/hire.schema';
import { precheckAnswersSchema } from '../precheck-drafts/precheck-answers.schema';
import { precheckAssessmentSchema } from '../prechecks';
import { caseStatusSchema } from './case-statuses';

/** What was submitted, frozen: later edits of the hire do not change a case. */
export const precheckSubmissionSchema = z.object({
  hire: hireInputSchema,
  answers: precheckAnswersSchema,
  organizationName: z.string(),
  submittedByName: z.string(),
});
export type PrecheckSubmission = z.infer<typeof precheckSubmissionSchema>;

/** A case's human reference as typed by people: `itc-2026-000123 ` reads as ITC-2026-000123. */
export const caseReferenceSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^ITC-\d{4}-\d{6}$/, 'case_reference_format');

export const caseSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: caseStatusSchema,
  version: z.number().int(),
  hireId: z.string(),
  hireName: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  submittedAt: isoDateTimeSchema,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const submittedCaseSchema = caseSummarySchema.extend({
  submission: precheckSubmissionSchema,
  assessment: precheckAssessmentSchema,
});
export type SubmittedCase = z.infer<typeof submittedCaseSchema>;
