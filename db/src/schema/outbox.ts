import type { OutboxAttachment } from '@itc/shared';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every email goes through this table; a dispatcher delivers it by SMTP when configured.
 * Without SMTP it stays here and city admins read it as the development mailbox.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    /** Makes a second queueing of the same message (e.g. a reminder) a no-op. */
    dedupeKey: text('dedupe_key').unique(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** Files sent with the email (base64), e.g. an event's calendar entry. */
    attachments: text('attachments', { mode: 'json' }).$type<OutboxAttachment[]>(),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: text('next_attempt_at'),
  },
  (table) => [
    index('outbox_created_idx').on(table.createdAt, table.id),
    index('outbox_pending_idx').on(table.sentAt, table.nextAttemptAt),
  ],
);
