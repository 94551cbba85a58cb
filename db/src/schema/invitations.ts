import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** One-time invitation links; only the token's hash is stored. */
export const invitations = sqliteTable(
  'invitations',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: text('invited_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    acceptedAt: text('accepted_at'),
  },
  (table) => [index('invitations_user_idx').on(table.userId)],
);
