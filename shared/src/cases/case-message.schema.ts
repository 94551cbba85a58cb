import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { caseActorSideSchema } from './case-statuses';

/** A message between city staff and the employer side; internal notes are for city staff only. */
export const caseMessageSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  body: z.string(),
  internal: z.boolean(),
  author: z.object({
    id: z.string(),
    name: z.string(),
    organizationName: z.string(),
    side: caseActorSideSchema,
  }),
  createdAt: isoDateTimeSchema,
});
export type CaseMessage = z.infer<typeof caseMessageSchema>;

export const postCaseMessageSchema = z.strictObject({
  body: z.string().trim().min(1, 'required').max(5000),
  /** An internal note, never shown to the employer side; city staff only. */
  internal: z.boolean().default(false),
});
export type PostCaseMessage = z.input<typeof postCaseMessageSchema>;
