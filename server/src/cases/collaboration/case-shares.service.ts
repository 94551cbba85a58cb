import { type Db, newId, schema } from '@itc/db';
import type { CaseShare, Locale } from '@itc/shared';
import { and, eq, isNull } from 'drizzle-orm';
import { onBehalfOf } from '../../access/employer-access';
import type { AuthContext } from '../../app-env';
import { writeAudit } from '../../audit/write-audit';
import { AppError } from '../../lib/app-error';
import type { LinkTo } from '../../mail/link-to';
import { assertPartnerOrganization } from '../../mandates/assert-partner-organization.queries';
import { holdsActiveMandate } from '../../mandates/mandates.queries';
import { notifyUsers } from '../../notifications/notify-users.service';
import type { CaseRow } from '../case.mapper';
import { findCaseToActOn } from '../case-access.queries';
import { findShare } from './case-shares.queries';

type ShareOptions = { db: Db; now: Date; auth: AuthContext; linkTo: LinkTo; id: string };

function readShare(db: Pick<Db, 'select'>, shareId: string): CaseShare {
  const share = findShare(db, shareId);
  if (!share) throw new AppError('not_found');
  return share;
}

/** Only the employer's own staff decide who else may read its case; a mandated partner gets 403. */
function findCaseToShare(db: Pick<Db, 'select'>, auth: AuthContext, id: string): CaseRow {
  const visible = findCaseToActOn(db, auth, id, 'employer');
  if (!visible.ownStaff) throw new AppError('forbidden');
  return visible.caseRow;
}

/** A partner holding the employer's mandate already sees all its cases. */
function assertNoMandate(db: Pick<Db, 'select'>, caseRow: CaseRow, partnerId: string): void {
  if (holdsActiveMandate(db, caseRow.organizationId, partnerId)) {
    throw new AppError('partner_holds_mandate');
  }
}

/**
 * `POST /cases/{id}/shares`: the employer side lets an IHK or Jobcenter without a mandate read
 * this one case and write messages on it; its advisors are told.
 */
export function shareCase(
  options: ShareOptions & { locale: Locale; partnerOrganizationId: string },
): CaseShare {
  const { db, now, auth, linkTo, id, locale, partnerOrganizationId } = options;
  return db.transaction((tx) => {
    const caseRow = findCaseToShare(tx, auth, id);
    assertPartnerOrganization(tx, partnerOrganizationId, locale);
    assertNoMandate(tx, caseRow, partnerOrganizationId);
    const active = tx
      .select({ id: schema.caseShares.id })
      .from(schema.caseShares)
      .where(
        and(
          eq(schema.caseShares.caseId, caseRow.id),
          eq(schema.caseShares.partnerOrganizationId, partnerOrganizationId),
          isNull(schema.caseShares.revokedAt),
        ),
      )
      .get();
    if (active) throw new AppError('case_already_shared');
    const shareId = newId();
    tx.insert(schema.caseShares)
      .values({
        id: shareId,
        caseId: caseRow.id,
        partnerOrganizationId,
        sharedBy: auth.user.id,
        sharedAt: now.toISOString(),
      })
      .run();
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.organization.id },
        onBehalfOfOrganizationId: onBehalfOf(auth, caseRow.organizationId),
        action: 'case.shared',
        target: { type: 'case', id: caseRow.id },
        after: { shareId, partnerOrganizationId },
      },
      now,
    );
    const recipients = tx
      .select({
        id: schema.users.id,
        email: schema.users.email,
        name: schema.users.name,
        locale: schema.users.locale,
      })
      .from(schema.users)
      .where(
        and(eq(schema.users.organizationId, partnerOrganizationId), eq(schema.users.active, true)),
      )
      .all();
    notifyUsers(tx, {
      recipients,
      notification: {
        kind: 'case_shared',
        caseId: caseRow.id,
        params: { reference: caseRow.reference, employerName: caseRow.employerName },
      },
      linkTo,
      now,
    });
    return readShare(tx, shareId);
  });
}

/** `POST /cases/{id}/shares/{shareId}/revoke`: the partner loses access at once. */
export function revokeCaseShare(options: ShareOptions & { shareId: string }): CaseShare {
  const { db, now, auth, id, shareId } = options;
  return db.transaction((tx) => {
    const caseRow = findCaseToShare(tx, auth, id);
    const share = tx
      .select()
      .from(schema.caseShares)
      .where(and(eq(schema.caseShares.id, shareId), eq(schema.caseShares.caseId, caseRow.id)))
      .get();
    if (!share) throw new AppError('not_found');
    if (share.revokedAt) throw new AppError('share_already_revoked');
    tx.update(schema.caseShares)
      .set({ revokedAt: now.toISOString() })
      .where(eq(schema.caseShares.id, shareId))
      .run();
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.organization.id },
        onBehalfOfOrganizationId: onBehalfOf(auth, caseRow.organizationId),
        action: 'case.share_revoked',
        target: { type: 'case', id: caseRow.id },
        before: { shareId, partnerOrganizationId: share.partnerOrganizationId, revokedAt: null },
        after: {
          shareId,
          partnerOrganizationId: share.partnerOrganizationId,
          revokedAt: now.toISOString(),
        },
      },
      now,
    );
    return readShare(tx, shareId);
  });
}
