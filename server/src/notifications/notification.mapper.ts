import type { schema } from '@itc/db';
import { type Locale, type Notification, notificationTitle } from '@itc/shared';
import { casePath } from './notify-users.service';

export type NotificationRow = typeof schema.notifications.$inferSelect;

/** The text is rendered now, in the reader's language, from the stored kind and data. */
export function toNotification(row: NotificationRow, locale: Locale): Notification {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    title: notificationTitle(row.kind, row.params, locale),
    link: row.caseId ? casePath(row.caseId) : '/',
    params: row.params,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}
