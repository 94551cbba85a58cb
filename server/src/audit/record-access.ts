import type { Db } from '@itc/db';
import type { AuthContext } from '../app-env';
import { type AuditEntry, writeAudit } from './write-audit';

/**
 * Audits that the caller read or took away personal data (a document, an export, a form): a
 * single append, no change to record alongside it.
 */
export function recordAccess(
  db: Pick<Db, 'insert'>,
  auth: AuthContext,
  entry: Omit<AuditEntry, 'actor'>,
  now: Date,
): void {
  writeAudit(
    db,
    { actor: { userId: auth.user.id, organizationId: auth.organization.id }, ...entry },
    now,
  );
}
