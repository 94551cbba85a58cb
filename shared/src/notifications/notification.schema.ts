import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { listQuerySchema, listResponseSchema } from '../api/list.schema';

/** What happened; each kind has its text in `notification-texts.ts`. */
export const notificationKinds = [
  'case_status_changed',
  'case_documents_requested',
  'case_message',
  'case_assigned',
  'case_shared',
  'case_employment_ended',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  caseId: z.string().nullable(),
  /** The text in the recipient's language. */
  title: z.string(),
  /** Path in the portal, e.g. `/cases/{id}`. */
  link: z.string(),
  /** The data the text was made from (case reference, status, due date …). */
  params: z.record(z.string(), z.string()),
  createdAt: isoDateTimeSchema,
  readAt: isoDateTimeSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = listQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

export const unreadCountSchema = z.object({ unreadCount: z.int() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** Newest first, with the unread count for the badge. */
export const notificationListSchema = listResponseSchema(notificationSchema).extend(
  unreadCountSchema.shape,
);
export type NotificationList = z.infer<typeof notificationListSchema>;
