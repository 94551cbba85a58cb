import { type Db, newId, schema } from '@itc/db';
import type { AuditAction, Mandate } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { onBehalfOf } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { type AuditChange, writeAudit } from '../audit/write-audit';
import { AppError } from '../lib/app-error';
import type { LinkTo } from '../mail/link-to';
import { assertPartnerOrganization } from './assert-partner-organization.queries';
import { findMandate, holdsActiveMandate } from './mandates.queries';
import { notifyPartnerUsers } from './notify-partner';

type Tx = Pick<Db, 'select' | 'insert' | 'update'>;
type WriteOptions = { db: Db; now: Date; actor: AuthContext; linkTo: LinkTo };

function readMandate(db: Tx, id: string): Mandate {
  const mandate = findMandate(db, id);
  if (!mandate) throw new AppError('not_found');
  return mandate;
}

function auditMandate<A extends AuditAction>(
  db: Tx,
  actor: AuthContext,
  mandate: Mandate,
  entry: AuditChange<A>,
  now: Date,
): void {
  writeAudit(
    db,
    {
      actor: { userId: actor.user.id, organizationId: actor.user.organizationId },
      onBehalfOfOrganizationId: onBehalfOf(actor, mandate.employer.id),
      target: { type: 'mandate', id: mandate.id },
      ...entry,
    },
    now,
  );
}

/** The caller's employer authorises a partner organisation; 409 while one is already active. */
export function grantMandate(options: WriteOptions & { partnerOrganizationId: string }): Mandate {
  const { db, now, actor, linkTo, partnerOrganizationId } = options;
  const employerId = actor.user.organizationId;
  return db.transaction((tx) => {
    assertPartnerOrganization(tx, partnerOrganizationId, actor.user.locale);
    if (holdsActiveMandate(tx, employerId, partnerOrganizationId)) {
      throw new AppError('mandate_already_held', {
        detail: 'This organisation already holds a mandate.',
      });
    }
    const id = newId();
    tx.insert(schema.mandates)
      .values({
        id,
        employerOrganizationId: employerId,
        partnerOrganizationId,
        grantedBy: actor.user.id,
        grantedAt: now.toISOString(),
      })
      .run();
    const mandate = readMandate(tx, id);
    auditMandate(
      tx,
      actor,
      mandate,
      { action: 'mandate.granted', after: { partnerOrganizationId } },
      now,
    );
    notifyPartnerUsers(tx, { mandate, template: 'mandateGranted', linkTo, now });
    return mandate;
  });
}

/**
 * Ends the partner's access at once: every access check reads the mandates table, so the next
 * request of the partner already gets 404.
 */
export function revokeMandate(options: WriteOptions & { id: string }): Mandate {
  const { db, now, actor, linkTo, id } = options;
  return db.transaction((tx) => {
    const row = tx.select().from(schema.mandates).where(eq(schema.mandates.id, id)).get();
    if (!row || row.employerOrganizationId !== actor.user.organizationId) {
      throw new AppError('not_found');
    }
    if (row.revokedAt)
      throw new AppError('mandate_already_revoked', { detail: 'The mandate is already revoked.' });
    tx.update(schema.mandates)
      .set({ revokedAt: now.toISOString(), revokedBy: actor.user.id })
      .where(eq(schema.mandates.id, id))
      .run();
    const mandate = readMandate(tx, id);
    auditMandate(
      tx,
      actor,
      mandate,
      {
        action: 'mandate.revoked',
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString() },
      },
      now,
    );
    notifyPartnerUsers(tx, { mandate, template: 'mandateRevoked', linkTo, now });
    return mandate;
  });
}
