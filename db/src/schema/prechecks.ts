import type { PrecheckAnswers, PrecheckAssessment } from '@itc/shared';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { hires } from './hires';
import { organizations } from './organizations';
import { users } from './users';

/** A pre-check is a draft until it is submitted; submitting creates a case. */
export const prechecks = sqliteTable(
  'prechecks',
  {
    id: text('id').primaryKey(),
    hireId: text('hire_id')
      .notNull()
      .references(() => hires.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    step: text('step').notNull(),
    answers: text('answers', { mode: 'json' }).$type<PrecheckAnswers>().notNull(),
    /** The server's own evaluation at the last save; null while answers are incomplete. */
    assessment: text('assessment', { mode: 'json' }).$type<PrecheckAssessment>(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('prechecks_hire_idx').on(table.hireId, table.createdAt),
    index('prechecks_org_idx').on(table.organizationId, table.status, table.updatedAt, table.id),
  ],
);
