import { createRoute } from '@hono/zod-openapi';
import {
  employerRegistrationListQuerySchema,
  employerRegistrationReviewSchema,
  employerRegistrationSchema,
  listResponseSchema,
  meResponseSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

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

export const listEmployerRegistrationsRoute = createRoute({
  method: 'get',
  path: '/admin/employer-registrations',
  tags: ['registrations'],
  security: sessionSecurity,
  middleware: signedIn,
  summary:
    'City admins: registered employers, oldest first, with everything the registration collected and who registered (name, email, language), for the verification',
  request: { query: employerRegistrationListQuerySchema },
  responses: {
    200: jsonContent(
      listResponseSchema(employerRegistrationReviewSchema),
      'A page of registered employers',
    ),
    ...problems(400, 401, 403),
  },
});
