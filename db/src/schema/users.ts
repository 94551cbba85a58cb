import { roles } from '@itc/shared';
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organizations } from './organizations';

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    locale: text('locale', { enum: ['de', 'en'] })
      .notNull()
      .default('de'),
    /** argon2id; null while an invitation has not been accepted. */
    passwordHash: text('password_hash'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (table) => [index('users_organization_idx').on(table.organizationId, table.id)],
);
