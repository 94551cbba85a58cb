import {
  caseEventKinds,
  caseStatuses,
  occupationFields,
  type PrecheckAssessment,
  type PrecheckSubmission,
} from '@itc/shared';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { hires } from './hires';
import { organizations } from './organizations';
import { prechecks } from './prechecks';
import { users } from './users';

/** A submitted pre-check: the data and assessment are frozen at submission. */
export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    precheckId: text('precheck_id')
      .notNull()
      .unique()
      .references(() => prechecks.id),
    hireId: text('hire_id')
      .notNull()
      .references(() => hires.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: text('status', { enum: caseStatuses }).notNull(),
    version: integer('version').notNull().default(1),
    assigneeUserId: text('assignee_user_id').references(() => users.id),
    /** Due date of the current stage's statutory or agreed target, if it has one. */
    dueAt: text('due_at'),
    /** Where a document request returns to once the employer has answered it. */
    resumeStatus: text('resume_status', { enum: caseStatuses }),
    /** When the BA's consent was requested; it counts as given one week later. */
    baConsentRequestedAt: text('ba_consent_requested_at'),
    /** Copies from the frozen submission, kept as columns so the queue can filter and sort. */
    hireName: text('hire_name').notNull().default(''),
    employerName: text('employer_name').notNull().default(''),
    nationality: text('nationality').notNull().default(''),
    occupationField: text('occupation_field', { enum: occupationFields }),
    closedAt: text('closed_at'),
    submission: text('submission', { mode: 'json' }).$type<PrecheckSubmission>().notNull(),
    assessment: text('assessment', { mode: 'json' }).$type<PrecheckAssessment>().notNull(),
    submittedBy: text('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: text('submitted_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /**
     * Set when the retention job deleted the personal data: the case keeps its reference, stages
     * with dates, occupation field and nationality, so the dashboard's figures stay right.
     */
    erasedAt: text('erased_at'),
  },
  (table) => [
    index('cases_closed_idx').on(table.closedAt, table.id),
    index('cases_org_submitted_idx').on(table.organizationId, table.submittedAt, table.id),
    index('cases_status_submitted_idx').on(table.status, table.submittedAt, table.id),
    index('cases_status_due_idx').on(table.status, table.dueAt, table.id),
    // Status and erasure in the index: the reviewer's own queue ("assigned to me", by status)
    // then skips the assigned cases that do not match without reading their rows, which are large
    // (the frozen snapshots) and mostly do not match. Counting every case not erased also scans
    // this index instead of the table: 90 ms became 8 ms at 100,000 cases.
    index('cases_assignee_queue_idx').on(
      table.assigneeUserId,
      table.submittedAt,
      table.id,
      table.status,
      table.erasedAt,
    ),
    index('cases_due_idx').on(table.dueAt, table.id),
    index('cases_submitted_idx').on(table.submittedAt, table.id),
    index('cases_nationality_submitted_idx').on(table.nationality, table.submittedAt, table.id),
    index('cases_field_submitted_idx').on(table.occupationField, table.submittedAt, table.id),
  ],
);

/** Every state change of a case, with who, for whom and when. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    /** `status_changed` for moves; other kinds (e.g. `employment_ended`) keep the status. */
    kind: text('kind', { enum: caseEventKinds }).notNull().default('status_changed'),
    fromStatus: text('from_status', { enum: caseStatuses }),
    toStatus: text('to_status', { enum: caseStatuses }).notNull(),
    actorUserId: text('actor_user_id')
      .notNull()
      .references(() => users.id),
    actingOrganizationId: text('acting_organization_id').notNull(),
    note: text('note'),
    data: text('data', { mode: 'json' }),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('case_events_case_idx').on(table.caseId, table.id)],
);

/** Yearly counters for the human case reference ITC-2026-000123. */
export const caseReferenceCounters = sqliteTable('case_reference_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
