import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { listQuerySchema } from '../api/list.schema';

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
  /** Name, type and size in bytes, for the development mailbox; the file has its own download. */
  attachments: z
    .array(
      outboxAttachmentSchema
        .pick({ filename: true, contentType: true })
        .extend({ size: z.int().nonnegative() }),
    )
    .default([]),
  createdAt: isoDateTimeSchema,
  sentAt: isoDateTimeSchema.nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** The mailbox is searched by recipient or subject (case-insensitive, part of either). */
export const outboxQuerySchema = listQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

export const outboxAttachmentParamSchema = z.object({
  id: z.string().min(1),
  index: z.coerce.number().int().nonnegative(),
});
