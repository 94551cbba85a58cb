import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';

/** A file sent with an email, e.g. the calendar entry of an event; `content` is base64. */
export const outboxAttachmentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  content: z.base64(),
});
export type OutboxAttachment = z.infer<typeof outboxAttachmentSchema>;

export const outboxMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** Names and types only, for the development mailbox; absent means none. */
  attachments: z
    .array(outboxAttachmentSchema.pick({ filename: true, contentType: true }))
    .default([]),
  createdAt: isoDateTimeSchema,
  sentAt: isoDateTimeSchema.nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
