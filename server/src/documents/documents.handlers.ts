import { contentDisposition } from '../lib/content-disposition';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { openStoredFile } from './document-storage.service';
import { findDocumentToView } from './documents.queries';
import { documentContentRoute } from './documents.routes';
import { recordDocumentViewed } from './documents.service';

export const documentsRouter = createRouter().openapi(documentContentRoute, (c) => {
  const { db, clock, config } = c.get('deps');
  const auth = requireAuth(c);
  const document = findDocumentToView(db, auth, c.req.valid('param').id);
  const kind = c.req.valid('query').download === '1' ? 'attachment' : 'inline';
  const content = openStoredFile(config.uploadDir, document.storageKey);
  recordDocumentViewed({ db, now: clock.now(), auth, document, disposition: kind });
  return c.body(content, 200, {
    'Content-Type': document.contentType,
    'Content-Length': String(document.sizeBytes),
    'Content-Disposition': contentDisposition(kind, document.fileName),
    'Cache-Control': 'private, no-store',
  });
});
