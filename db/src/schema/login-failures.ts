import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Failed logins per key (`email:…` or `ip:…`), counted in a sliding window for throttling. */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    failedAt: text('failed_at').notNull(),
  },
  (table) => [index('login_failures_key_idx').on(table.key, table.failedAt)],
);
