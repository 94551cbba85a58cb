import { createRoute } from '@hono/zod-openapi';
import { idParamSchema, organizationSchema } from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../lib/openapi';

export const getOrganizationRoute = createRoute({
  method: 'get',
  path: '/organizations/{id}',
  tags: ['organizations'],
  summary: 'An organisation: the caller’s own, or any for city staff',
  security: sessionSecurity,
  request: { params: idParamSchema },
  responses: { 200: jsonContent(organizationSchema, 'The organisation'), ...problems(401, 404) },
});
