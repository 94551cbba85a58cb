import type { Db } from '@itc/db';
import { onBehalfOf } from '../access/employer-access';
import type { AuthContext } from '../app-env';
import { recordAccess } from '../audit/record-access';
import type { DocumentRow } from './document.mapper';

/**
 * Who read an uploaded file is part of the record (Art. 9 GDPR data: passports, health
 * certificates), whether it was shown in the browser or saved.
 */
export function recordDocumentViewed(options: {
  db: Db;
  now: Date;
  auth: AuthContext;
  document: DocumentRow;
  disposition: 'inline' | 'attachment';
}): void {
  const { db, now, auth, document, disposition } = options;
  recordAccess(
    db,
    auth,
    {
      onBehalfOfOrganizationId: onBehalfOf(auth, document.organizationId),
      action: 'document.viewed',
      target: { type: 'document', id: document.id },
      after: { disposition },
    },
    now,
  );
}
