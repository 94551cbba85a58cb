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
    /** Base32 TOTP secret (RFC 6238); set at enrolment, in force once `totpEnabledAt` is set. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: text('totp_enabled_at'),
    /** The last time step whose code was accepted, so no code is used twice. */
    totpLastStep: integer('totp_last_step'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (table) => [index('users_organization_idx').on(table.organizationId, table.id)],
);
