import { type Db, schema } from '@itc/db';
import type { CaseAccess, CaseActorSide } from '@itc/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { resolveCaseAccess } from '../access/case-access';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { preparedPerDb } from '../lib/prepared-query';
import type { CaseRow } from './case.mapper';

type Reader = Pick<Db, 'select'>;

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
