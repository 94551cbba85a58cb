import { type Db, schema } from '@itc/db';
import { type CaseDetailDocument, markSupersededDocuments } from '@itc/shared';
import { asc, eq, sql } from 'drizzle-orm';
import { toDocument } from '../../documents/document.mapper';
import { preparedPerDb } from '../../lib/prepared-query';

const selectDocuments = preparedPerDb((db) =>
  db
    .select()
    .from(schema.documents)
    .where(eq(schema.documents.precheckId, sql.placeholder('precheckId')))
    .orderBy(asc(schema.documents.uploadedAt), asc(schema.documents.id))
    .prepare(),
);

/**
 * The submission's documents and those answering requests, oldest upload first, each marked with
 * the re-upload that replaces it; `requestIds` are the case's requests, oldest first.
 */
export function listCaseDocuments(
  db: Pick<Db, 'select'>,
  precheckId: string,
  requestIds: readonly string[],
): CaseDetailDocument[] {
  return markSupersededDocuments(
    selectDocuments(db)
      .all({ precheckId })
      .map((row) => ({ ...toDocument(row), documentRequestId: row.documentRequestId })),
    requestIds,
  );
}
