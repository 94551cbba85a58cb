import { organizationTypes, verificationStatuses } from '@itc/shared';
import { sql } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const organizations = sqliteTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    type: text('type', { enum: organizationTypes }).notNull(),
    name: text('name').notNull(),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    handelsregisterNumber: text('handelsregister_number'),
    betriebsnummer: text('betriebsnummer'),
    verificationStatus: text('verification_status', { enum: verificationStatuses })
      .notNull()
      .default('pending'),
    rejectionReason: text('rejection_reason'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (table) => [
    index('organizations_type_status_idx').on(table.type, table.verificationStatus, table.id),
  ],
);
