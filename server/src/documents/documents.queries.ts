import { type Db, schema } from '@itc/db';
import type { PrecheckDocument } from '@itc/shared';
import { asc, eq, inArray } from 'drizzle-orm';
import { resolveCaseAccess } from '../access/case-access';
import { assertCanView } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';
import { type DocumentRow, toDocument } from './document.mapper';

type Reader = Pick<Db, 'select'>;

/** The documents of each pre-check, oldest upload first. */
export function listDocumentsByPrecheck(
  db: Reader,
  precheckIds: string[],
): Map<string, PrecheckDocument[]> {
  const byPrecheck = new Map<string, PrecheckDocument[]>();
  if (precheckIds.length === 0) return byPrecheck;
  const rows = db
    .select()
    .from(schema.documents)
    .where(inArray(schema.documents.precheckId, precheckIds))
    .orderBy(asc(schema.documents.uploadedAt), asc(schema.documents.id))
    .all();
  for (const row of rows) {
    const list = byPrecheck.get(row.precheckId) ?? [];
    list.push(toDocument(row));
    byPrecheck.set(row.precheckId, list);
  }
  return byPrecheck;
}

/**
 * A document for the owning employer, its mandated partners and city staff, and, once its
 * pre-check is a case, for partners the case was shared with; 404 for everyone else, so another
 * organisation cannot even learn that the id exists.
 */
export function findDocumentToView(db: Reader, auth: AuthContext, id: string): DocumentRow {
  const row = db.select().from(schema.documents).where(eq(schema.documents.id, id)).get();
  if (!row) throw new AppError('not_found');
  const caseRow = db
    .select({ id: schema.cases.id, organizationId: schema.cases.organizationId })
    .from(schema.cases)
    .where(eq(schema.cases.precheckId, row.precheckId))
    .get();
  if (caseRow) resolveCaseAccess(db, auth, caseRow);
  else assertCanView(db, auth, row.organizationId);
  return row;
}
