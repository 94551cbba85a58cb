import { createRouter } from '../lib/router';
import { requireRole } from '../middleware/auth';
import { publicSettingsRoute, retentionPreviewRoute } from './retention.routes';
import { previewRetention } from './retention.service';

export const retentionRouter = createRouter()
  .openapi(retentionPreviewRoute, (c) => {
    requireRole(c, 'city_admin');
    const { db, clock, config } = c.get('deps');
    return c.json(
      previewRetention({ db, now: clock.now(), retentionDays: config.retentionDays }),
      200,
    );
  })
  .openapi(publicSettingsRoute, (c) =>
    c.json({ retentionDays: c.get('deps').config.retentionDays }, 200),
  );
