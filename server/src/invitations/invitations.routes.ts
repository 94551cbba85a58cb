import { createRoute, z } from '@hono/zod-openapi';
import { acceptInvitationSchema, invitationInfoSchema, meResponseSchema } from '@itc/shared';
import { jsonBody, jsonContent, problems } from '../lib/openapi';

export const getInvitationRoute = createRoute({
  method: 'get',
  path: '/invitations/{token}',
  tags: ['invitations'],
  summary: 'Who an open invitation link is for',
  request: { params: z.object({ token: z.string().min(20).max(200) }) },
  responses: {
    200: jsonContent(invitationInfoSchema, 'The invitation'),
    ...problems(400, 404),
  },
});

export const acceptInvitationRoute = createRoute({
  method: 'post',
  path: '/invitations/accept',
  tags: ['invitations'],
  summary: 'Set a password through a one-time invitation link and sign in',
  request: { body: jsonBody(acceptInvitationSchema) },
  responses: {
    200: jsonContent(meResponseSchema, 'Signed in'),
    ...problems(400, 404),
  },
});
