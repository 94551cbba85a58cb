import { contentDisposition } from '../lib/content-disposition';
import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { openStoredFile } from './document-storage';
import { findDocumentToView } from './documents.queries';
import { deleteDocumentRoute, documentContentRoute, uploadDocumentRoute } from './documents.routes';
import { deleteDocument, recordDocumentViewed, uploadDocument } from './documents.service';

export const documentsRouter = createRouter()
  .openapi(uploadDocumentRoute, async (c) => {
    const { db, clock, config, logger } = c.get('deps');
    const { requirementCode, file } = c.req.valid('form');
    const document = await uploadDocument({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      locale: requestLocale(c),
      uploadDir: config.uploadDir,
      logger,
      precheckId: c.req.valid('param').id,
      requirementCode,
      file,
    });
    return c.json(document, 201);
  })
  .openapi(deleteDocumentRoute, async (c) => {
    const { db, clock, config, logger } = c.get('deps');
    const { id, documentId } = c.req.valid('param');
    await deleteDocument({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      uploadDir: config.uploadDir,
      logger,
      precheckId: id,
      documentId,
    });
    return c.body(null, 204);
  })
  .openapi(documentContentRoute, (c) => {
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
