import { createRoute } from '@hono/zod-openapi';
import { employerRegistrationSchema, meResponseSchema } from '@itc/shared';
import { jsonBody, jsonContent, problems } from '../lib/openapi';

export const registerEmployerRoute = createRoute({
  method: 'post',
  path: '/registrations/employer',
  tags: ['registrations'],
  summary: 'A company registers itself and its first HR user (starts as pending)',
  request: { body: jsonBody(employerRegistrationSchema) },
  responses: {
    201: jsonContent(meResponseSchema, 'Registered and signed in'),
    ...problems(400, 409),
  },
});
