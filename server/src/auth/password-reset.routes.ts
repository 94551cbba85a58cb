import { createRoute } from '@hono/zod-openapi';
import {
  passwordResetAcceptedSchema,
  passwordResetConfirmSchema,
  passwordResetInfoSchema,
  passwordResetRequestSchema,
  passwordResetTokenParamSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems } from '../lib/openapi';

export const requestPasswordResetRoute = createRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags: ['auth'],
  summary: 'Ask for a password reset link by email (valid 30 minutes, single use)',
  description:
    'Always answers 202 with the same body, whether or not an account has the address; only an active account with a password gets an email. Throttled per address and per IP.',
  request: { body: jsonBody(passwordResetRequestSchema) },
  responses: {
    202: jsonContent(
      passwordResetAcceptedSchema,
      'Accepted; an email went out if an account exists',
    ),
    ...problems(400, 429),
  },
});

export const getPasswordResetRoute = createRoute({
  method: 'get',
  path: '/auth/password-reset/{token}',
  tags: ['auth'],
  summary: 'Check a reset link before asking for the new password',
  request: { params: passwordResetTokenParamSchema },
  responses: {
    200: jsonContent(passwordResetInfoSchema, 'The link is open; the account it resets'),
    ...problems(400),
  },
});

export const confirmPasswordResetRoute = createRoute({
  method: 'post',
  path: '/auth/password-reset/confirm',
  tags: ['auth'],
  summary: 'Set a new password with a reset link; ends every session of the account',
  description:
    'Does not sign in. Used, expired and unknown links answer 400 `password_reset_invalid`; a password on the common-passwords list 400 `validation_failed` at `password`.',
  request: { body: jsonBody(passwordResetConfirmSchema) },
  responses: {
    204: { description: 'The password is set; sign in with it' },
    ...problems(400),
  },
});
