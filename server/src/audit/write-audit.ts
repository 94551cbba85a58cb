import { type Db, schema } from '@itc/db';
import type { AuditAction, AuditPayload, AuditTargetType } from '@itc/shared';

type DbOrTx = Pick<Db, 'insert'>;

/** A part of the payload that the action leaves empty (`null`) may be left out. */
type PayloadPart<K extends 'before' | 'after', T> = null extends T
  ? { [P in K]?: T }
  : { [P in K]: T };

/** What happened: the action with its reason and the payload `shared` defines for it. */
export type AuditChange<A extends AuditAction = AuditAction> = A extends AuditAction
  ? { action: A; reason?: string | null } & PayloadPart<'before', AuditPayload<A>['before']> &
      PayloadPart<'after', AuditPayload<A>['after']>
  : never;

/** Whom and what an entry is about. */
export type AuditScope = {
  onBehalfOfOrganizationId?: string | null;
  target: { type: AuditTargetType; id: string };
};

export type AuditEntry<A extends AuditAction = AuditAction> = {
  actor: { userId: string; organizationId: string } | null;
} & AuditScope &
  AuditChange<A>;

/**
 * Appends one entry; call it inside the transaction that makes the change. A payload that does
 * not match its action does not compile.
 */
export function writeAudit<A extends AuditAction>(
  db: DbOrTx,
  entry: AuditEntry<A>,
  now: Date,
): void {
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
