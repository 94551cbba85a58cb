import { createRouter } from '../lib/router';
import { requireRole } from '../middleware/auth';
import { listAuditLog } from './audit-log.queries';
import { listAuditLogRoute } from './audit-log.routes';

export const auditLogRouter = createRouter().openapi(listAuditLogRoute, (c) => {
  requireRole(c, 'city_admin');
  return c.json(listAuditLog({ db: c.get('deps').db, ...c.req.valid('query') }), 200);
});
