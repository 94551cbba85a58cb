import { createRoute } from '@hono/zod-openapi';
import {
  grantMandateSchema,
  idParamSchema,
  listQuerySchema,
  listResponseSchema,
  mandateListQuerySchema,
  mandateSchema,
  organizationSummarySchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

const base = { tags: ['mandates'], security: sessionSecurity };

export const listMandatesRoute = createRoute({
  ...base,
  method: 'get',
  path: '/mandates',
  summary:
    'Mandates the caller’s employer granted, or its partner organisation holds; all for the city',
  request: { query: listQuerySchema.extend(mandateListQuerySchema.shape) },
  responses: {
    200: jsonContent(listResponseSchema(mandateSchema), 'A page of mandates, newest first'),
    ...problems(400, 401),
  },
});

export const grantMandateRoute = createRoute({
  ...base,
  method: 'post',
  path: '/mandates',
  summary: 'An employer’s HR user gives an IHK or Jobcenter a mandate to act for the employer',
  request: { body: jsonBody(grantMandateSchema) },
  responses: {
    201: jsonContent(mandateSchema, 'The new mandate'),
    ...problems(400, 401, 403, 409),
  },
});

export const revokeMandateRoute = createRoute({
  ...base,
  method: 'post',
  path: '/mandates/{id}/revoke',
  summary: 'Revoke a mandate; the partner loses access at once',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(mandateSchema, 'The revoked mandate'),
    ...problems(401, 403, 404, 409),
  },
});

export const listPartnerOrganizationsRoute = createRoute({
  ...base,
  method: 'get',
  path: '/partner-organizations',
  summary: 'Verified IHKs and Jobcenters that can receive a mandate, by name',
  request: { query: listQuerySchema },
  responses: {
    200: jsonContent(listResponseSchema(organizationSummarySchema), 'A page of organisations'),
    ...problems(400, 401),
  },
});
