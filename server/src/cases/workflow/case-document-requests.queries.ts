import { type Db, schema } from '@itc/db';
import type { CaseDocumentRequest } from '@itc/shared';
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { preparedPerDb } from '../../lib/prepared-query';

const { caseDocumentRequests } = schema;
const requester = alias(schema.users, 'requester');
const answerer = alias(schema.users, 'answerer');

export type DocumentRequestRow = typeof caseDocumentRequests.$inferSelect;

const selectDocumentRequests = preparedPerDb((db) =>
  db
    .select({
      request: caseDocumentRequests,
      requestedByName: requester.name,
      answeredByName: answerer.name,
    })
    .from(caseDocumentRequests)
    .innerJoin(requester, eq(requester.id, caseDocumentRequests.requestedBy))
    .leftJoin(answerer, eq(answerer.id, caseDocumentRequests.answeredBy))
    .where(eq(caseDocumentRequests.caseId, sql.placeholder('caseId')))
    .orderBy(asc(caseDocumentRequests.requestedAt), asc(caseDocumentRequests.id))
    .prepare(),
);

/** The case's document requests, oldest first; at most the last one is open. */
export function listDocumentRequests(
  db: Pick<Db, 'select'>,
  caseId: string,
): CaseDocumentRequest[] {
  return selectDocumentRequests(db)
    .all({ caseId })
    .map(({ request, requestedByName, answeredByName }) => ({
      id: request.id,
      fromStatus: request.fromStatus,
      documents: request.requestedDocuments,
      message: request.message,
      dueAt: request.dueAt,
      requestedAt: request.requestedAt,
      requestedByName,
      answeredAt: request.answeredAt,
      answeredByName,
    }));
}
