import { viewScope } from '../access/employer-access';
import { contentDisposition } from '../lib/content-disposition';
import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { getVisibleHire, listHires } from './hires.queries';
import {
  archiveHireRoute,
  createHireRoute,
  getHireRoute,
  listHiresRoute,
  personalDataExportRoute,
  updateHireRoute,
} from './hires.routes';
import { archiveHire, createHire, updateHire } from './hires.service';
import { exportPersonalData } from './personal-data-export.service';

export const hiresRouter = createRouter()
  .openapi(listHiresRoute, (c) => {
    const { db } = c.get('deps');
    const scope = viewScope(db, requireAuth(c));
    return c.json(listHires({ db, scope, ...c.req.valid('query') }), 200);
  })
  .openapi(createHireRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireAuth(c);
    return c.json(createHire({ db, now: clock.now(), actor, input: c.req.valid('json') }), 201);
  })
  .openapi(getHireRoute, (c) => {
    const { id } = c.req.valid('param');
    return c.json(getVisibleHire(c.get('deps').db, requireAuth(c), id), 200);
  })
  .openapi(updateHireRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireAuth(c);
    const { id } = c.req.valid('param');
    const hire = updateHire({ db, now: clock.now(), actor, id, input: c.req.valid('json') });
    return c.json(hire, 200);
  })
  .openapi(archiveHireRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { id } = c.req.valid('param');
    return c.json(archiveHire({ db, now: clock.now(), actor: requireAuth(c), id }), 200);
  })
  .openapi(personalDataExportRoute, async (c) => {
    const { db, clock, config, logger } = c.get('deps');
    const { fileName, stream } = await exportPersonalData({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      locale: requestLocale(c),
      uploadDir: config.uploadDir,
      logger,
      hireId: c.req.valid('param').id,
    });
    // Streamed as it is zipped, so there is no Content-Length to send.
    return c.body(stream, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': contentDisposition('attachment', fileName),
      'Cache-Control': 'private, no-store',
    });
  });
