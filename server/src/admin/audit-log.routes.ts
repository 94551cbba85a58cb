import { createRoute } from '@hono/zod-openapi';
import { auditLogEntrySchema, auditLogQuerySchema, listResponseSchema } from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

export const listAuditLogRoute = createRoute({
  tags: ['admin'],
  security: sessionSecurity,
  middleware: signedIn,
  method: 'get',
  path: '/admin/audit-log',
  summary:
    'The audit log for city admins, newest first: by actor, by target id, by case reference and by period; each entry names its target',
  request: { query: auditLogQuerySchema },
  responses: {
    200: jsonContent(listResponseSchema(auditLogEntrySchema), 'A page of audit entries'),
    ...problems(400, 401, 403),
  },
});
