import { createRoute, z } from '@hono/zod-openapi';
import {
  disableSecondFactorSchema,
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  recoveryCodesResponseSchema,
  secondFactorCodeRequestSchema,
  totpEnrolmentSchema,
  updatePreferencesSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

export const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in with email and password; sets the HttpOnly session cookie',
  description:
    'With a second factor in force no session starts yet: the answer is `{ secondFactor: "totp" }` and a short-lived challenge cookie; send the code to /auth/login/second-factor. City staff without a second factor are signed in with `mustEnrolSecondFactor: true` and may only enrol.',
  request: { body: jsonBody(loginRequestSchema) },
  responses: {
    200: jsonContent(loginResponseSchema, 'Signed in, or a second factor is due'),
    ...problems(400, 401, 429),
  },
});

export const loginSecondFactorRoute = createRoute({
  method: 'post',
  path: '/auth/login/second-factor',
  tags: ['auth'],
  summary: 'Complete a sign-in with a TOTP code or a recovery code; sets the session cookie',
  request: { body: jsonBody(secondFactorCodeRequestSchema) },
  responses: {
    200: jsonContent(loginResponseSchema, 'Signed in'),
    ...problems(400, 401, 429),
  },
});

export const startTotpEnrolmentRoute = createRoute({
  method: 'post',
  path: '/auth/second-factor/totp',
  tags: ['auth'],
  summary: 'Start setting up TOTP: a new secret, in force once confirmed',
  security: sessionSecurity,
  responses: {
    201: jsonContent(totpEnrolmentSchema, 'The secret and its otpauth:// URI'),
    ...problems(401, 409),
  },
});

export const confirmTotpEnrolmentRoute = createRoute({
  method: 'post',
  path: '/auth/second-factor/totp/confirm',
  tags: ['auth'],
  summary: 'Confirm TOTP with a first code; answers the recovery codes, shown only this once',
  security: sessionSecurity,
  request: { body: jsonBody(secondFactorCodeRequestSchema) },
  responses: {
    200: jsonContent(recoveryCodesResponseSchema, 'The second factor is in force'),
    ...problems(400, 401, 409, 429),
  },
});

export const disableTotpRoute = createRoute({
  method: 'delete',
  path: '/auth/second-factor/totp',
  tags: ['auth'],
  summary: 'Turn TOTP off (needs the password again; not for city staff)',
  security: sessionSecurity,
  request: { body: jsonBody(disableSecondFactorSchema) },
  responses: {
    204: { description: 'The second factor is off' },
    ...problems(400, 401, 409, 429),
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
