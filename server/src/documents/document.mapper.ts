import type { schema } from '@itc/db';
import type { PrecheckDocument } from '@itc/shared';

export type DocumentRow = typeof schema.documents.$inferSelect;

export function toDocument(row: DocumentRow): PrecheckDocument {
  return {
    id: row.id,
    requirementCode: row.requirementCode,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt,
  };
}
