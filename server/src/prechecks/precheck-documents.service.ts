import { newId, schema } from '@itc/db';
import type { Locale, PrecheckDocument } from '@itc/shared';
import { and, eq } from 'drizzle-orm';
import { onBehalfOf } from '../access/employer-access';
import { writeAudit } from '../audit/write-audit';
import { type DocumentRow, toDocument } from '../documents/document.mapper';
import { auditedDocument } from '../documents/document-audit.mapper';
import {
  removeStoredFiles,
  type StorageOptions,
  type StoredUpload,
  storeUpload,
} from '../documents/store-upload.service';
import { AppError } from '../lib/app-error';
import { invalidFields } from '../lib/validation-errors';
import { assessDraft } from './assess-draft';
import { assertDraft, findPrecheckToActOn, type PrecheckRecord } from './precheck-access';

/**
 * The code must be on the checklist (required or optional) that the hire's current data and the
 * saved answers give; before all questions are answered there is no checklist yet.
 */
function assertOnChecklist(record: PrecheckRecord, requirementCode: string, locale: Locale): void {
  const { assessment } = assessDraft(record.hire, record.precheck.answers, locale);
  const message = !assessment
    ? 'checklist_not_ready'
    : assessment.requiredDocuments.some((document) => document.code === requirementCode)
      ? null
      : 'document_not_on_checklist';
  if (message) throw invalidFields([{ path: 'requirementCode', message }], locale);
}

/** Replaces the code's previous document (if any) by the new row, audited, in one transaction. */
function recordUpload(
  options: StorageOptions & { precheckId: string; requirementCode: string },
  { accepted: file, storageKey, fileName }: StoredUpload,
): { document: DocumentRow; replaced: DocumentRow[] } {
  const { db, now, auth, precheckId, requirementCode } = options;
  return db.transaction((tx) => {
    // Checked again: the pre-check may have been submitted while the file was being written.
    const { precheck, hire } = findPrecheckToActOn(tx, auth, precheckId);
    assertDraft(precheck);
    const sameCode = and(
      eq(schema.documents.precheckId, precheckId),
      eq(schema.documents.requirementCode, requirementCode),
    );
    const replaced = tx.select().from(schema.documents).where(sameCode).all();
    tx.delete(schema.documents).where(sameCode).run();
    const document = tx
      .insert(schema.documents)
      .values({
        id: newId(),
        precheckId,
        organizationId: hire.organizationId,
        requirementCode,
        fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
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
        onBehalfOfOrganizationId: onBehalfOf(auth, hire.organizationId),
        action: 'document.uploaded',
        target: { type: 'document', id: document.id },
        before: replaced[0]
          ? { replacedDocumentId: replaced[0].id, ...auditedDocument(replaced[0]) }
          : null,
        after: auditedDocument(document),
      },
      now,
    );
    return { document, replaced };
  });
}

/**
 * Stores a document for a draft: the file is written first, then the row in a transaction; if
 * the transaction fails the file is removed again, so there is never a row without its file.
 */
export async function uploadDocument(
  options: StorageOptions & {
    locale: Locale;
    precheckId: string;
    requirementCode: string;
    file: File;
  },
): Promise<PrecheckDocument> {
  const { db, auth, locale, precheckId, requirementCode } = options;
  const record = findPrecheckToActOn(db, auth, precheckId);
  assertDraft(record.precheck);
  assertOnChecklist(record, requirementCode, locale);
  const result = await storeUpload(options, (upload) => recordUpload(options, upload));
  await removeStoredFiles(
    options,
    result.replaced.map((row) => row.storageKey),
  );
  return toDocument(result.document);
}

/** Removes a draft's document: the row (audited) in a transaction, then the file. */
export async function deleteDocument(
  options: StorageOptions & { precheckId: string; documentId: string },
): Promise<void> {
  const { db, now, auth, precheckId, documentId } = options;
  const document = db.transaction((tx) => {
    const { precheck, hire } = findPrecheckToActOn(tx, auth, precheckId);
    const row = tx
      .select()
      .from(schema.documents)
      .where(and(eq(schema.documents.id, documentId), eq(schema.documents.precheckId, precheckId)))
      .get();
    if (!row) throw new AppError('not_found');
    assertDraft(precheck);
    tx.delete(schema.documents).where(eq(schema.documents.id, documentId)).run();
    writeAudit(
      tx,
      {
        actor: { userId: auth.user.id, organizationId: auth.organization.id },
        onBehalfOfOrganizationId: onBehalfOf(auth, hire.organizationId),
        action: 'document.deleted',
        target: { type: 'document', id: documentId },
        before: auditedDocument(row),
      },
      now,
    );
    return row;
  });
  await removeStoredFiles(options, [document.storageKey]);
}
