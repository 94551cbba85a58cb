import { auditActions, auditTargetTypes } from '@itc/shared';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Append-only: triggers in the migration refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorUserId: text('actor_user_id'),
    actingOrganizationId: text('acting_organization_id'),
    /** The organisation acted for, when it differs (mandated partners, city staff). */
    onBehalfOfOrganizationId: text('on_behalf_of_organization_id'),
    action: text('action', { enum: auditActions }).notNull(),
    targetType: text('target_type', { enum: auditTargetTypes }).notNull(),
    targetId: text('target_id').notNull(),
    reason: text('reason'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    index('audit_log_target_idx').on(table.targetType, table.targetId, table.id),
    index('audit_log_actor_idx').on(table.actorUserId, table.id),
    // The audit log API filters by target id alone (e.g. everything about one case).
    index('audit_log_target_id_idx').on(table.targetId, table.id),
  ],
);
