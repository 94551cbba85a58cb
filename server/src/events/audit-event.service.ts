import type { Db } from '@itc/db';
import type { AuditAction } from '@itc/shared';
import type { AuthContext } from '../app-env';
import { type AuditChange, writeAudit } from '../audit/write-audit';

/** Every audited event action targets the event; details such as a registration go in `after`. */
export function auditEvent<A extends AuditAction>(
  db: Pick<Db, 'insert'>,
  actor: AuthContext,
  eventId: string,
  entry: AuditChange<A>,
  now: Date,
): void {
  writeAudit(
    db,
    {
      actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
      target: { type: 'event', id: eventId },
      ...entry,
    },
    now,
  );
}
