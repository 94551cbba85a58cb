import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { caseNoteSchema } from './case-transition-request.schema';

/** `POST /cases/{id}/employment-ended`: after entry, the employer reports an early end. */
export const reportEmploymentEndedSchema = z.strictObject({
  /** The day the employer learned of it; the report is due four weeks later. */
  learnedOn: isoDateSchema,
  note: caseNoteSchema.optional(),
});
export type ReportEmploymentEnded = z.infer<typeof reportEmploymentEndedSchema>;

export const employmentEndedSchema = z.object({
  learnedOn: isoDateSchema,
  reportDueAt: isoDateSchema,
  reportedAt: isoDateTimeSchema,
  /** Reported after the four weeks had passed. */
  reportedLate: z.boolean(),
});
export type EmploymentEnded = z.infer<typeof employmentEndedSchema>;
