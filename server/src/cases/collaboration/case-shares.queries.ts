import { type Db, schema } from '@itc/db';
import type { CaseShare } from '@itc/shared';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { preparedPerDb } from '../../lib/prepared-query';
import { toOrganizationSummary } from '../../organizations/organization.mapper';

const { caseShares, organizations, users } = schema;

function selectShares(db: Pick<Db, 'select'>) {
  return db
    .select({ share: caseShares, partner: organizations, sharedByName: users.name })
    .from(caseShares)
    .innerJoin(organizations, eq(organizations.id, caseShares.partnerOrganizationId))
    .innerJoin(users, eq(users.id, caseShares.sharedBy));
}

type ShareRecord = {
  share: typeof caseShares.$inferSelect;
  partner: typeof organizations.$inferSelect;
  sharedByName: string;
};

function toCaseShare({ share, partner, sharedByName }: ShareRecord): CaseShare {
  return {
    id: share.id,
    partner: toOrganizationSummary(partner),
    sharedByName,
    sharedAt: share.sharedAt,
    revokedAt: share.revokedAt,
  };
}

const selectActiveShares = preparedPerDb((db) =>
  selectShares(db)
    .where(and(eq(caseShares.caseId, sql.placeholder('caseId')), isNull(caseShares.revokedAt)))
    .orderBy(asc(caseShares.sharedAt), asc(caseShares.id))
    .prepare(),
);

/** The case's unrevoked shares, oldest first. */
export function listActiveShares(db: Pick<Db, 'select'>, caseId: string): CaseShare[] {
  return selectActiveShares(db).all({ caseId }).map(toCaseShare);
}

export function findShare(db: Pick<Db, 'select'>, shareId: string): CaseShare | null {
  const row = selectShares(db).where(eq(caseShares.id, shareId)).get();
  return row ? toCaseShare(row) : null;
}
