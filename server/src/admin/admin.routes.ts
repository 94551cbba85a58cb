import { createRoute, z } from '@hono/zod-openapi';
import {
  createPartnerOrganizationSchema,
  idParamSchema,
  inviteUserSchema,
  listQuerySchema,
  listResponseSchema,
  organizationListQuerySchema,
  organizationSchema,
  outboxAttachmentParamSchema,
  outboxMessageSchema,
  outboxQuerySchema,
  rejectEmployerSchema,
  userListQuerySchema,
  userSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

const base = { tags: ['admin'], security: sessionSecurity };

export const listOrganizationsRoute = createRoute({
  ...base,
  method: 'get',
  path: '/admin/organizations',
  summary: 'All organisations, filterable by type and verification status',
  request: { query: listQuerySchema.extend(organizationListQuerySchema.shape) },
  responses: {
    200: jsonContent(listResponseSchema(organizationSchema), 'A page of organisations'),
    ...problems(400, 401, 403),
  },
});

export const createOrganizationRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/organizations',
  summary: 'Create a partner organisation (IHK or Jobcenter)',
  request: { body: jsonBody(createPartnerOrganizationSchema) },
  responses: {
    201: jsonContent(organizationSchema, 'The new organisation'),
    ...problems(400, 401, 403),
  },
});

export const verifyOrganizationRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/organizations/{id}/verify',
  summary: 'Verify a registered employer',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(organizationSchema, 'The verified employer'),
    ...problems(401, 403, 404, 409),
  },
});

export const rejectOrganizationRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/organizations/{id}/reject',
  summary: 'Reject a registered employer with a reason',
  request: { params: idParamSchema, body: jsonBody(rejectEmployerSchema) },
  responses: {
    200: jsonContent(organizationSchema, 'The rejected employer'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const listUsersRoute = createRoute({
  ...base,
  method: 'get',
  path: '/admin/users',
  summary: 'All users, optionally of one organisation',
  request: { query: listQuerySchema.extend(userListQuerySchema.shape) },
  responses: {
    200: jsonContent(listResponseSchema(userSchema), 'A page of users'),
    ...problems(400, 401, 403),
  },
});

export const inviteUserRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/invitations',
  summary: 'Invite a user into any organisation with a one-time link',
  request: { body: jsonBody(inviteUserSchema) },
  responses: {
    200: jsonContent(
      userSchema,
      'The address had a pending invitation into this organisation and role: a new link was sent',
    ),
    201: jsonContent(userSchema, 'The invited user'),
    ...problems(400, 401, 403, 409),
  },
});

export const deactivateUserRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/users/{id}/deactivate',
  summary: 'Deactivate a user and end their sessions',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(userSchema, 'The deactivated user'),
    ...problems(401, 403, 404, 409),
  },
});

export const reactivateUserRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/users/{id}/reactivate',
  summary: 'Reactivate any deactivated account',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(userSchema, 'The reactivated user'),
    ...problems(401, 403, 404, 409),
  },
});

export const resetSecondFactorRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/users/{id}/second-factor/reset',
  summary:
    'Remove another account’s second factor and recovery codes, end its sessions and email the user',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(userSchema, 'The user, without a second factor'),
    ...problems(401, 403, 404, 409),
  },
});

export const resendInvitationRoute = createRoute({
  ...base,
  method: 'post',
  path: '/admin/users/{id}/invitation/resend',
  summary: 'Send a pending invitation of any organisation again; earlier links stop working',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(userSchema, 'The invited user'),
    ...problems(401, 403, 404, 409),
  },
});

export const listOutboxRoute = createRoute({
  ...base,
  method: 'get',
  path: '/admin/outbox',
  summary: 'Development mailbox: emails stored because no SMTP server is configured',
  request: { query: outboxQuerySchema },
  responses: {
    200: jsonContent(listResponseSchema(outboxMessageSchema), 'A page of emails'),
    ...problems(400, 401, 403, 404),
  },
});

export const outboxAttachmentRoute = createRoute({
  ...base,
  method: 'get',
  path: '/admin/outbox/{id}/attachments/{index}',
  summary: 'Development mailbox: one attachment of a stored email, as a download',
  request: { params: outboxAttachmentParamSchema },
  responses: {
    200: {
      description: 'The attached file',
      content: { 'application/octet-stream': { schema: z.string() } },
    },
    ...problems(400, 401, 403, 404),
  },
});
