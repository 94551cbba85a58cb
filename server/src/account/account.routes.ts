import { createRoute } from '@hono/zod-openapi';
import {
  accountSessionListSchema,
  changeEmailSchema,
  changePasswordSchema,
  meResponseSchema,
  sessionIdParamSchema,
  updateProfileSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

export const updateProfileRoute = createRoute({
  method: 'patch',
  path: '/account/profile',
  tags: ['account'],
  summary: 'Change the signed-in user’s name and language',
  security: sessionSecurity,
  request: { body: jsonBody(updateProfileSchema) },
  responses: {
    200: jsonContent(meResponseSchema, 'The updated user'),
    ...problems(400, 401),
  },
});

export const changePasswordRoute = createRoute({
  method: 'post',
  path: '/account/password',
  tags: ['account'],
  summary: 'Change the password (needs the current one); ends every other session',
  description:
    'A wrong current password answers 400 `current_password_wrong` at `currentPassword` and counts towards the sign-in throttle; a common new password 400 `validation_failed` at `newPassword`.',
  security: sessionSecurity,
  request: { body: jsonBody(changePasswordSchema) },
  responses: {
    204: { description: 'Changed; this session stays signed in' },
    ...problems(400, 401, 429),
  },
});

export const changeEmailRoute = createRoute({
  method: 'post',
  path: '/account/email',
  tags: ['account'],
  summary: 'Change the sign-in email address (needs the current password)',
  security: sessionSecurity,
  request: { body: jsonBody(changeEmailSchema) },
  responses: {
    200: jsonContent(meResponseSchema, 'The updated user'),
    ...problems(400, 401, 409, 429),
  },
});

export const listSessionsRoute = createRoute({
  method: 'get',
  path: '/account/sessions',
  tags: ['account'],
  summary: 'The signed-in user’s live sessions, the most recently active first',
  security: sessionSecurity,
  responses: {
    200: jsonContent(accountSessionListSchema, 'Sessions with device, address and last activity'),
    ...problems(401),
  },
});

export const endSessionRoute = createRoute({
  method: 'delete',
  path: '/account/sessions/{id}',
  tags: ['account'],
  summary: 'Sign out one of the user’s sessions',
  security: sessionSecurity,
  request: { params: sessionIdParamSchema },
  responses: {
    204: { description: 'The session is ended' },
    ...problems(400, 401, 404),
  },
});

export const endOtherSessionsRoute = createRoute({
  method: 'delete',
  path: '/account/sessions',
  tags: ['account'],
  summary: 'Sign out everywhere else: every session but the current one',
  security: sessionSecurity,
  responses: {
    204: { description: 'Every other session is ended' },
    ...problems(401),
  },
});
