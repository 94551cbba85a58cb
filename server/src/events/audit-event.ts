import type { Db } from '@itc/db';
import type { AuthContext } from '../app-env';
import { type AuditEntry, writeAudit } from '../audit/write-audit';

/** Every audited event action targets the event; details such as a registration go in `after`. */
export function auditEvent(
  db: Pick<Db, 'insert'>,
  actor: AuthContext,
  eventId: string,
  entry: Pick<AuditEntry, 'action' | 'before' | 'after' | 'reason'>,
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
