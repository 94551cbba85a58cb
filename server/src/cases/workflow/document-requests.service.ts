import { type Db, newId, schema } from '@itc/db';
import { type Locale, type RequestedDocument, validationMessages } from '@itc/shared';
import { and, eq, isNull } from 'drizzle-orm';
import { invalidFields } from '../../lib/validation-errors';
import type { DocumentRequestRow } from './case-document-requests.queries';

type Tx = Pick<Db, 'select' | 'update'>;

export function findOpenDocumentRequest(db: Pick<Db, 'select'>, caseId: string) {
  return db
    .select()
    .from(schema.caseDocumentRequests)
    .where(
      and(
        eq(schema.caseDocumentRequests.caseId, caseId),
        isNull(schema.caseDocumentRequests.answeredAt),
      ),
    )
    .get();
}

/** 400 with one error per requested document that has no upload yet. */
function assertEveryDocumentUploaded(tx: Tx, request: DocumentRequestRow, locale: Locale): void {
  const uploaded = new Set(
    tx
      .select({ code: schema.documents.requirementCode })
      .from(schema.documents)
      .where(eq(schema.documents.documentRequestId, request.id))
      .all()
      .map((row) => row.code),
  );
  const missing = request.requestedDocuments.filter((document) => !uploaded.has(document.code));
  if (missing.length > 0) {
    throw invalidFields(
      missing.map((document) => ({
        path: `documents.${document.code}`,
        message: `${document.label}: ${validationMessages.document_missing[locale]}`,
      })),
      locale,
    );
  }
}

/**
 * Closes the open request when the case leaves `documents_requested`. Returning to the stage it
 * came from answers it: the employer side by uploading every requested document, city staff also
 * for a request answered otherwise (by post, in person), saying so in the move's note. A
 * withdrawal or rejection just closes it.
 */
export function closeDocumentRequest(
  tx: Tx,
  options: { caseId: string; requireUploads: boolean; userId: string; locale: Locale; now: Date },
): string | null {
  const request = findOpenDocumentRequest(tx, options.caseId);
  if (!request) return null;
  if (options.requireUploads) assertEveryDocumentUploaded(tx, request, options.locale);
  tx.update(schema.caseDocumentRequests)
    .set({ answeredBy: options.userId, answeredAt: options.now.toISOString() })
    .where(eq(schema.caseDocumentRequests.id, request.id))
    .run();
  return request.id;
}

/** A request for documents, returning to `fromStatus` once answered; its id for the event. */
export function openDocumentRequest(
  tx: Pick<Db, 'insert'>,
  request: {
    caseId: string;
    fromStatus: DocumentRequestRow['fromStatus'];
    documents: RequestedDocument[];
    message: string;
    dueAt: string;
    requestedBy: string;
    requestedAt: string;
  },
): string {
  const id = newId();
  tx.insert(schema.caseDocumentRequests)
    .values({ id, ...request, requestedDocuments: request.documents })
    .run();
  return id;
}
