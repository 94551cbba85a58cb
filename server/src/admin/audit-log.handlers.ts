import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { requireRole } from '../middleware/auth';
import { listAuditLog } from './audit-log.queries';
import { listAuditLogRoute } from './audit-log.routes';

export const auditLogRouter = createRouter().openapi(listAuditLogRoute, (c) => {
  requireRole(c, 'city_admin');
  const query = c.req.valid('query');
  return c.json(listAuditLog({ db: c.get('deps').db, locale: requestLocale(c), ...query }), 200);
});
