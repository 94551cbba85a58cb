import { type Db, newId, schema } from '@itc/db';
import type { CaseDocument, Locale } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import { onBehalfOf } from '../../access/employer-access';
import { writeAudit } from '../../audit/write-audit';
import { toDocument } from '../../documents/document.mapper';
import { auditedDocument } from '../../documents/document-audit.mapper';
import {
  removeStoredFiles,
  type StorageOptions,
  storeUpload,
} from '../../documents/store-upload.service';
import { AppError } from '../../lib/app-error';
import { invalidFields } from '../../lib/validation-errors';
import { findCaseToActOn, type VisibleCase } from '../case-access.queries';
import type { DocumentRequestRow } from './case-document-requests.queries';
import { findOpenDocumentRequest } from './document-requests.service';

type Reader = Pick<Db, 'select'>;

/** The case's open request; 409 when none is waiting for the employer's answer. */
function openRequestOf(db: Reader, visible: VisibleCase): DocumentRequestRow {
  const request =
    visible.caseRow.status === 'documents_requested'
      ? findOpenDocumentRequest(db, visible.caseRow.id)
      : undefined;
  if (!request) {
    throw new AppError('no_open_document_request', {
      detail: 'No document request of this case is open.',
    });
  }
  return request;
}

function assertRequested(request: DocumentRequestRow, code: string, locale: Locale): void {
  if (!request.requestedDocuments.some((document) => document.code === code)) {
    throw invalidFields([{ path: 'requirementCode', message: 'document_not_requested' }], locale);
  }
}

/**
 * `POST /cases/{id}/documents`: a file answering the open request, for one of its requested
 * codes; several files per code are kept (e.g. pages scanned one by one). The employer side only.
 */
export async function uploadCaseDocument(
  options: StorageOptions & { locale: Locale; id: string; requirementCode: string; file: File },
): Promise<CaseDocument> {
  const { db, now, auth, locale, id, requirementCode } = options;
  const request = openRequestOf(db, findCaseToActOn(db, auth, id, 'employer'));
  assertRequested(request, requirementCode, locale);
  const document = await storeUpload(options, ({ accepted, storageKey, fileName }) =>
    db.transaction((tx) => {
      // Checked again: the request may have been answered while the file was being written.
      const visible = findCaseToActOn(tx, auth, id, 'employer');
      if (openRequestOf(tx, visible).id !== request.id) {
        throw new AppError('document_request_changed', {
          detail: 'The document request has changed.',
        });
      }
      const row = tx
        .insert(schema.documents)
        .values({
          id: newId(),
          precheckId: visible.caseRow.precheckId,
          organizationId: visible.caseRow.organizationId,
          requirementCode,
          documentRequestId: request.id,
          fileName,
          contentType: accepted.contentType,
          sizeBytes: accepted.sizeBytes,
          sha256: accepted.sha256,
          storageKey,
          uploadedBy: auth.user.id,
          uploadedAt: now.toISOString(),
        })
        .returning()
        .get();
      writeAudit(
        tx,
        {
          actor: { userId: auth.user.id, organizationId: auth.organization.id },
          onBehalfOfOrganizationId: onBehalfOf(auth, visible.caseRow.organizationId),
          action: 'document.uploaded',
          target: { type: 'document', id: row.id },
          after: { caseId: visible.caseRow.id, ...auditedDocument(row) },
        },
        now,
      );
      return row;
    }),
  );
  return { ...toDocument(document), documentRequestId: document.documentRequestId };
}

/** Removes a file the employer side uploaded for the open request before it answers. */
export async function deleteCaseDocument(
  options: StorageOptions & { id: string; documentId: string },
): Promise<void> {
  const { db, now, auth, id, documentId } = options;
  const document = db.transaction((tx) => {
    const visible = findCaseToActOn(tx, auth, id, 'employer');
    const row = tx
      .select()
      .from(schema.documents)
      .where(
        and(
          eq(schema.documents.id, documentId),
          eq(schema.documents.precheckId, visible.caseRow.precheckId),
        ),
      )
      .get();
    if (!row) throw new AppError('not_found');
    if (row.documentRequestId !== openRequestOf(tx, visible).id) {
      throw new AppError('document_not_removable', {
        detail: 'Only files answering the open document request can be removed.',
      });
    }
    tx.delete(schema.documents).where(eq(schema.documents.id, documentId)).run();
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.organization.id },
        onBehalfOfOrganizationId: onBehalfOf(auth, visible.caseRow.organizationId),
        action: 'document.deleted',
        target: { type: 'document', id: documentId },
        before: { caseId: visible.caseRow.id, ...auditedDocument(row) },
      },
      now,
    );
    return row;
  });
  await removeStoredFiles(options, [document.storageKey]);
}
