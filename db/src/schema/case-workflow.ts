import { caseStatuses, notificationKinds, type RequestedDocument } from '@itc/shared';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { organizations } from './organizations';
import { users } from './users';

/** Messages between city staff and the employer side; internal notes are for city staff only. */
export const caseMessages = sqliteTable(
  'case_messages',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id),
    authorOrganizationId: text('author_organization_id')
      .notNull()
      .references(() => organizations.id),
    internal: integer('internal', { mode: 'boolean' }).notNull().default(false),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('case_messages_case_idx').on(table.caseId, table.createdAt, table.id)],
);

/** A request for documents; answering it returns the case to `fromStatus`. */
export const caseDocumentRequests = sqliteTable(
  'case_document_requests',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    fromStatus: text('from_status', { enum: caseStatuses }).notNull(),
    requestedDocuments: text('requested_documents', { mode: 'json' })
      .$type<RequestedDocument[]>()
      .notNull(),
    message: text('message').notNull(),
    dueAt: text('due_at').notNull(),
    requestedBy: text('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: text('requested_at').notNull(),
    answeredBy: text('answered_by').references(() => users.id),
    answeredAt: text('answered_at'),
  },
  (table) => [index('case_document_requests_case_idx').on(table.caseId, table.requestedAt)],
);

/** An employer shares one case read-only with a partner organisation for advice. */
export const caseShares = sqliteTable(
  'case_shares',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    partnerOrganizationId: text('partner_organization_id')
      .notNull()
      .references(() => organizations.id),
    sharedBy: text('shared_by')
      .notNull()
      .references(() => users.id),
    sharedAt: text('shared_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (table) => [
    index('case_shares_case_idx').on(table.caseId),
    index('case_shares_partner_idx').on(table.partnerOrganizationId, table.revokedAt),
  ],
);

/** In-app notifications; the text is rendered in the recipient's language when listed. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    caseId: text('case_id').references(() => cases.id),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    createdAt: text('created_at').notNull(),
    readAt: text('read_at'),
  },
  (table) => [index('notifications_user_idx').on(table.userId, table.readAt, table.createdAt)],
);
