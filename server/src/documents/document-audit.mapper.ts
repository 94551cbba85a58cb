import type { DocumentRow } from './document.mapper';

/** What the audit log keeps of a document: enough to identify the file, not its content. */
export function auditedDocument(document: DocumentRow) {
  return {
    precheckId: document.precheckId,
    requirementCode: document.requirementCode,
    documentRequestId: document.documentRequestId,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
  };
}
