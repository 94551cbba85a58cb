import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organizations } from './organizations';
import { prechecks } from './prechecks';
import { users } from './users';

/** Uploaded files live under UPLOAD_DIR by a random storage key, never by their name. */
export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    precheckId: text('precheck_id')
      .notNull()
      .references(() => prechecks.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    requirementCode: text('requirement_code').notNull(),
    /** Set when the file answers a city staff's document request on the case. */
    documentRequestId: text('document_request_id'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type', {
      enum: ['application/pdf', 'image/jpeg', 'image/png'],
    }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: text('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (table) => [index('documents_precheck_idx').on(table.precheckId, table.requirementCode)],
);
