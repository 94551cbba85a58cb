import { createRoute, z } from '@hono/zod-openapi';
import { loginRequestSchema, meResponseSchema, updatePreferencesSchema } from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

export const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password; sets the HttpOnly session cookie',
  request: { body: jsonBody(loginRequestSchema) },
  responses: {
    200: jsonContent(meResponseSchema, 'Signed in'),
    ...problems(400, 401, 429),
  },
});

export const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'Sign out and end the session',
  security: sessionSecurity,
  responses: { 204: { description: 'Signed out' } },
});

export const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The signed-in user with their organisation',
  security: sessionSecurity,
  responses: { 200: jsonContent(meResponseSchema, 'The current user'), ...problems(401) },
});

export const updateMeRoute = createRoute({
  method: 'patch',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'Change the signed-in user’s preferences (language)',
  security: sessionSecurity,
  request: { body: jsonBody(updatePreferencesSchema) },
  responses: {
    200: jsonContent(meResponseSchema, 'The updated user'),
    ...problems(400, 401),
  },
});

export const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness check',
  responses: { 200: jsonContent(z.object({ status: z.literal('ok') }), 'The portal is up') },
});
