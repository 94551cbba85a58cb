import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../api/common.schema';
import { caseStatusSchema } from '../cases/case-statuses';

/** How far ahead the admin's preview looks. */
export const retentionPreviewDays = 30;
/** Each table of the preview lists at most this many rows and says how many there are. */
export const retentionPreviewLimit = 200;

export const retentionDueCaseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  /** The last stage, which the case keeps after the deletion. */
  status: caseStatusSchema,
  /** When the retention period began: the closing, or the reported end of employment. */
  closedAt: isoDateTimeSchema,
  /** The German calendar day from which the daily run deletes the data. */
  deletionDate: isoDateSchema,
});
export type RetentionDueCase = z.infer<typeof retentionDueCaseSchema>;

export const retentionDueHireSchema = z.object({
  id: z.string(),
  /** Shown to the city admin only, who may see every hire. */
  name: z.string(),
  organizationName: z.string(),
  /** Set when the hire was archived; otherwise its period runs from its last closed case. */
  archivedAt: isoDateTimeSchema.nullable(),
  /** When the retention period began (the later of archiving, last case closed, last change). */
  since: isoDateTimeSchema,
  deletionDate: isoDateSchema,
});
export type RetentionDueHire = z.infer<typeof retentionDueHireSchema>;

/** `GET /api/admin/retention/preview`: what the daily run deletes in the next 30 days. */
export const retentionPreviewSchema = z.object({
  retentionDays: z.int().positive(),
  windowDays: z.int().positive(),
  cases: z.object({ items: z.array(retentionDueCaseSchema), total: z.int().min(0) }),
  hires: z.object({ items: z.array(retentionDueHireSchema), total: z.int().min(0) }),
});
export type RetentionPreview = z.infer<typeof retentionPreviewSchema>;
