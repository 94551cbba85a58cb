import type { Db } from '@itc/db';
import type { AuditAction } from '@itc/shared';
import type { AuthContext } from '../app-env';
import { type AuditChange, type AuditScope, writeAudit } from './write-audit';

/**
 * Audits that the caller read or took away personal data (a document, an export, a form): a
 * single append, no change to record alongside it.
 */
export function recordAccess<A extends AuditAction>(
  db: Pick<Db, 'insert'>,
  auth: AuthContext,
  entry: AuditScope & AuditChange<A>,
  now: Date,
): void {
  writeAudit(
    db,
    { actor: { userId: auth.user.id, organizationId: auth.organization.id }, ...entry },
    now,
  );
}
