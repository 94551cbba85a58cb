import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Only a SHA-256 hash of the session token is stored, so a leaked database opens no session. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    /** For the account page's sessions list: where and with what the session was started. */
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
    lastActiveAt: text('last_active_at'),
  },
  (table) => [
    index('sessions_user_idx').on(table.userId),
    index('sessions_expires_idx').on(table.expiresAt),
  ],
);
