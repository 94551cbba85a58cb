import { type Db, schema } from '@itc/db';
import { type CaseAccess, type CaseActorSide, isCityRole } from '@itc/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { actingEmployerIds } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import type { CaseRow } from './case.mapper';
import { preparedPerDb } from './prepared-query';

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
  caseRow: Pick<CaseRow, 'id' | 'organizationId'>,
): CaseAccess {
  if (isCityRole(auth.user.role)) return 'city';
  if (actingEmployerIds(db, auth).includes(caseRow.organizationId)) return 'employer';
  if (isSharedWith(db, caseRow.id, auth.organization.id)) return 'shared';
  throw new AppError('not_found');
}

/**
 * `ownStaff`: the caller belongs to the case's employer. Its mandated partners share the access
 * `employer` but decide nothing about who else may read the case.
 */
export type VisibleCase = { caseRow: CaseRow; access: CaseAccess; ownStaff: boolean };

const selectCase = preparedPerDb((db) =>
  db
    .select()
    .from(schema.cases)
    .where(and(eq(schema.cases.id, sql.placeholder('id')), isNull(schema.cases.erasedAt)))
    .prepare(),
);

export function findCaseToView(db: Reader, auth: AuthContext, id: string): VisibleCase {
  const caseRow = selectCase(db).get({ id });
  // An erased case keeps only what the dashboard counts; to everyone else it is gone.
  if (!caseRow) throw new AppError('not_found');
  return {
    caseRow,
    access: resolveCaseAccess(db, auth, caseRow),
    ownStaff: auth.organization.id === caseRow.organizationId,
  };
}

/** The side that makes moves; a shared partner only reads and writes messages. */
export function actorSideOf(access: CaseAccess): CaseActorSide | null {
  switch (access) {
    case 'city':
      return 'city';
    case 'employer':
      return 'employer_side';
    case 'shared':
      return null;
    default: {
      const unreachable: never = access;
      return unreachable;
    }
  }
}

/** A visible case the caller may work on with one of the accesses; 403 for the others. */
export function findCaseToActOn(
  db: Reader,
  auth: AuthContext,
  id: string,
  ...accesses: CaseAccess[]
): VisibleCase {
  const visible = findCaseToView(db, auth, id);
  if (!accesses.includes(visible.access)) throw new AppError('forbidden');
  return visible;
}
