import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations } from './organizations';
import { users } from './users';

/**
 * An employer authorises a partner organisation (IHK, Jobcenter) to act for it — an agent's
 * sub-authorisation in § 81a terms. Revoking sets `revokedAt`; access ends at once.
 */
export const mandates = sqliteTable(
  'mandates',
  {
    id: text('id').primaryKey(),
    employerOrganizationId: text('employer_organization_id')
      .notNull()
      .references(() => organizations.id),
    partnerOrganizationId: text('partner_organization_id')
      .notNull()
      .references(() => organizations.id),
    grantedBy: text('granted_by')
      .notNull()
      .references(() => users.id),
    grantedAt: text('granted_at').notNull(),
    revokedBy: text('revoked_by').references(() => users.id),
    revokedAt: text('revoked_at'),
  },
  (table) => [
    uniqueIndex('mandates_active_unique')
      .on(table.employerOrganizationId, table.partnerOrganizationId)
      .where(sql`revoked_at IS NULL`),
    index('mandates_partner_idx').on(table.partnerOrganizationId, table.revokedAt),
  ],
);
