import type { FamilyMember, HireQualification } from '@itc/shared';
import { hireStatuses } from '@itc/shared';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organizations } from './organizations';
import { users } from './users';

/** An international hire of an employer; the record stays the employer's whoever edits it. */
export const hires = sqliteTable(
  'hires',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status', { enum: hireStatuses }).notNull().default('active'),
    givenNames: text('given_names').notNull(),
    familyName: text('family_name').notNull(),
    /** Lower-case "given family" for the name search. */
    searchName: text('search_name').notNull(),
    dateOfBirth: text('date_of_birth').notNull(),
    nationality: text('nationality').notNull(),
    passportNumber: text('passport_number').notNull(),
    passportExpiry: text('passport_expiry').notNull(),
    residenceCountry: text('residence_country').notNull(),
    email: text('email'),
    qualification: text('qualification', { mode: 'json' }).$type<HireQualification>().notNull(),
    germanLevel: text('german_level').notNull(),
    experienceYears: real('experience_years').notNull(),
    familyMembers: text('family_members', { mode: 'json' }).$type<FamilyMember[]>().notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
    /** When the hire was archived; the retention period of a hire without a case runs from it. */
    archivedAt: text('archived_at'),
    /** Set when the retention job deleted the personal data; only a tombstone row remains. */
    erasedAt: text('erased_at'),
  },
  (table) => [
    index('hires_org_status_idx').on(table.organizationId, table.status, table.createdAt, table.id),
    index('hires_org_created_idx').on(table.organizationId, table.createdAt, table.id),
  ],
);
