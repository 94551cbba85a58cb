import { type Db, schema } from '@itc/db';
import type { CaseDocument } from '@itc/shared';
import { asc, eq } from 'drizzle-orm';
import { toDocument } from '../documents/document.mapper';

/** The submission's documents and those answering requests, oldest upload first. */
export function listCaseDocuments(db: Pick<Db, 'select'>, precheckId: string): CaseDocument[] {
  return db
    .select()
    .from(schema.documents)
    .where(eq(schema.documents.precheckId, precheckId))
    .orderBy(asc(schema.documents.uploadedAt), asc(schema.documents.id))
    .all()
    .map((row) => ({ ...toDocument(row), documentRequestId: row.documentRequestId }));
}
