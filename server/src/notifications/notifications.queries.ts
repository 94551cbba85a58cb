import { type Db, schema } from '@itc/db';
import type { Locale, Notification, NotificationList } from '@itc/shared';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../lib/app-error';
import { toPage } from '../lib/cursor';
import { afterCursor } from '../lib/keyset';
import { toNotification } from './notification.mapper';

const { notifications } = schema;

export function countUnread(db: Pick<Db, 'select'>, userId: string): number {
  const [row] = db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .all();
  return row?.n ?? 0;
}

/** The caller's notifications, newest first, with the unread count for the badge. */
export function listNotifications(options: {
  db: Pick<Db, 'select'>;
  userId: string;
  locale: Locale;
  unread?: boolean;
  limit: number;
  cursor?: string;
}): NotificationList {
  const { db, userId, locale, unread, limit, cursor } = options;
  const rows = db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        unread ? isNull(notifications.readAt) : undefined,
        afterCursor(cursor, [notifications.createdAt, notifications.id], 'desc'),
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1)
    .all();
  const page = toPage(rows, limit, (row) => [row.createdAt, row.id]);
  return {
    items: page.items.map((row) => toNotification(row, locale)),
    nextCursor: page.nextCursor,
    unreadCount: countUnread(db, userId),
  };
}

/** Marks one of the caller's notifications read; someone else's is 404. */
export function markNotificationRead(options: {
  db: Db;
  userId: string;
  locale: Locale;
  id: string;
  now: Date;
}): Notification {
  const { db, userId, locale, id, now } = options;
  const row = db
    .update(notifications)
    .set({ readAt: now.toISOString() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning()
    .get();
  if (!row) throw new AppError('not_found');
  return toNotification(row, locale);
}

/** Marks every unread notification of the caller read. */
export function markAllNotificationsRead(options: { db: Db; userId: string; now: Date }): void {
  const { db, userId, now } = options;
  db.update(notifications)
    .set({ readAt: now.toISOString() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
}
