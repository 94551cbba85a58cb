import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { deleteDocumentRoute, uploadDocumentRoute } from './precheck-documents.routes';
import { deleteDocument, uploadDocument } from './precheck-documents.service';

/** A draft's documents: upload for a checklist code, and delete, until it is submitted. */
export const precheckDocumentsRouter = createRouter()
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
  });
