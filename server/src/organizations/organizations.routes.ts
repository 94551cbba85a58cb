import { createRoute } from '@hono/zod-openapi';
import {
  idParamSchema,
  inviteColleagueSchema,
  listQuerySchema,
  listResponseSchema,
  organizationSchema,
  userSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

export const getOrganizationRoute = createRoute({
  method: 'get',
  path: '/organizations/{id}',
  tags: ['organizations'],
  summary: 'An organisation: the caller’s own, or any for city staff',
  security: sessionSecurity,
  request: { params: idParamSchema },
  responses: { 200: jsonContent(organizationSchema, 'The organisation'), ...problems(401, 404) },
});

export const listOrganizationUsersRoute = createRoute({
  method: 'get',
  path: '/organizations/{id}/users',
  tags: ['organizations'],
  summary: 'The people of an organisation',
  security: sessionSecurity,
  request: { params: idParamSchema, query: listQuerySchema },
  responses: {
    200: jsonContent(listResponseSchema(userSchema), 'A page of users'),
    ...problems(400, 401, 404),
  },
});

export const inviteColleagueRoute = createRoute({
  method: 'post',
  path: '/organizations/{id}/invitations',
  tags: ['organizations'],
  summary: 'An employer’s HR user invites a colleague into their own organisation',
  security: sessionSecurity,
  request: { params: idParamSchema, body: jsonBody(inviteColleagueSchema) },
  responses: {
    201: jsonContent(userSchema, 'The invited user'),
    ...problems(400, 401, 403, 404, 409),
  },
});
