import type { schema } from '@itc/db';
import { type AuditLogEntry, typedAuditLogEntrySchema } from '@itc/shared';
import { type labelAuditTargets, namesOfStoredReferences } from './audit-target-labels';

type Named = { id: string; name: string };
export type AuditLogRow = {
  entry: typeof schema.auditLog.$inferSelect;
  actor: (Named & { email: string }) | null;
  acting: Named | null;
  onBehalfOf: Named | null;
};

/**
 * Row → entry, the stored `before` and `after` read with its action's schema. A row stored in an
 * older shape is listed without details rather than failing the whole page.
 */
export function toAuditLogEntry(
  { entry, actor, acting, onBehalfOf }: AuditLogRow,
  labelOf: ReturnType<typeof labelAuditTargets>,
): AuditLogEntry {
  const listed = {
    id: entry.id,
    action: entry.action,
    actor: actor?.id ? actor : null,
    actingOrganization: acting?.id ? acting : null,
    onBehalfOfOrganization: onBehalfOf?.id ? onBehalfOf : null,
    targetType: entry.targetType,
    targetId: entry.targetId,
    targetLabel: labelOf(entry.targetType, entry.targetId),
    reason: entry.reason,
    namesById: namesOfStoredReferences(entry, labelOf),
    createdAt: entry.createdAt,
  };
  const typed = typedAuditLogEntrySchema.safeParse({
    ...listed,
    details: { before: entry.before, after: entry.after },
  });
  return typed.success ? typed.data : { ...listed, details: null };
}
