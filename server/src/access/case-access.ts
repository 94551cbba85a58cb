import { type Db, schema } from '@itc/db';
import { type CaseAccess, isCityRole } from '@itc/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { preparedPerDb } from '../lib/prepared-query';
import { actingEmployerIds } from './employer-access';

type Reader = Pick<Db, 'select'>;

const selectShare = preparedPerDb((db) =>
  db
    .select({ id: schema.caseShares.id })
    .from(schema.caseShares)
    .where(
      and(
        eq(schema.caseShares.caseId, sql.placeholder('caseId')),
        eq(schema.caseShares.partnerOrganizationId, sql.placeholder('organizationId')),
        isNull(schema.caseShares.revokedAt),
      ),
    )
    .prepare(),
);

/** Whether the caller's organisation holds an unrevoked share of the case. */
function isSharedWith(db: Reader, caseId: string, organizationId: string): boolean {
  return selectShare(db).get({ caseId, organizationId }) !== undefined;
}

/**
 * How the caller sees a case: city staff all of them; the employer's HR users and its mandated
 * partners as the employer; a partner it was shared with read-only. Everyone else gets 404, so
 * another organisation cannot even learn that the id exists.
 */
export function resolveCaseAccess(
  db: Reader,
  auth: AuthContext,
  caseRow: { id: string; organizationId: string },
): CaseAccess {
  if (isCityRole(auth.user.role)) return 'city';
  if (actingEmployerIds(db, auth).includes(caseRow.organizationId)) return 'employer';
  if (isSharedWith(db, caseRow.id, auth.organization.id)) return 'shared';
  throw new AppError('not_found');
}
