import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import {
  idParamSchema,
  inviteColleagueSchema,
  listQuerySchema,
  listResponseSchema,
  organizationUserParamSchema,
  userSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

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
    200: jsonContent(userSchema, 'The address had a pending invitation here: a new link was sent'),
    201: jsonContent(userSchema, 'The invited user'),
    ...problems(400, 401, 403, 404, 409),
  },
});

/** The colleague actions of an employer's HR user; never on their own account (409). */
function colleagueActionRoute<
  M extends 'post' | 'delete',
  P extends string,
  R extends RouteConfig['responses'],
>(method: M, path: P, summary: string, success: R) {
  return createRoute({
    method,
    path,
    tags: ['organizations'],
    summary,
    security: sessionSecurity,
    request: { params: organizationUserParamSchema },
    responses: { ...success, ...problems(400, 401, 403, 404, 409) },
  });
}

export const deactivateColleagueRoute = colleagueActionRoute(
  'post',
  '/organizations/{id}/users/{userId}/deactivate',
  'Deactivate a colleague and end their sessions',
  { 200: jsonContent(userSchema, 'The deactivated colleague') },
);

export const reactivateColleagueRoute = colleagueActionRoute(
  'post',
  '/organizations/{id}/users/{userId}/reactivate',
  'Reactivate a colleague',
  { 200: jsonContent(userSchema, 'The reactivated colleague') },
);

export const resendColleagueInvitationRoute = colleagueActionRoute(
  'post',
  '/organizations/{id}/invitations/{userId}/resend',
  'Send a pending invitation again with a new link; earlier links stop working',
  { 200: jsonContent(userSchema, 'The invited colleague') },
);

export const withdrawColleagueInvitationRoute = colleagueActionRoute(
  'delete',
  '/organizations/{id}/invitations/{userId}',
  'Withdraw a pending invitation: the unused account and its links are deleted',
  { 204: { description: 'Withdrawn; the address can be invited again' } },
);
