import { type Db, schema } from '@itc/db';
import type { AuditAction, AuditTargetType } from '@itc/shared';

type DbOrTx = Pick<Db, 'insert'>;

export type AuditEntry = {
  actor: { userId: string; organizationId: string } | null;
  onBehalfOfOrganizationId?: string | null;
  action: AuditAction;
  target: { type: AuditTargetType; id: string };
  reason?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one entry; call it inside the transaction that makes the change. */
export function writeAudit(db: DbOrTx, entry: AuditEntry, now: Date): void {
  db.insert(schema.auditLog)
    .values({
      actorUserId: entry.actor?.userId ?? null,
      actingOrganizationId: entry.actor?.organizationId ?? null,
      onBehalfOfOrganizationId: entry.onBehalfOfOrganizationId ?? null,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      reason: entry.reason ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      createdAt: now.toISOString(),
    })
    .run();
}
