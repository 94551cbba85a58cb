import { createRoute, z } from '@hono/zod-openapi';
import {
  createHireSchema,
  hireListItemSchema,
  hireListQuerySchema,
  hireSchema,
  idParamSchema,
  listQuerySchema,
  listResponseSchema,
  updateHireSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';

const base = { tags: ['hires'], security: sessionSecurity };

export const listHiresRoute = createRoute({
  ...base,
  method: 'get',
  path: '/hires',
  summary: 'International hires the caller may see, newest first; search by name, filter by status',
  request: { query: listQuerySchema.extend(hireListQuerySchema.shape) },
  responses: {
    200: jsonContent(listResponseSchema(hireListItemSchema), 'A page of hires'),
    ...problems(400, 401),
  },
});

export const createHireRoute = createRoute({
  ...base,
  method: 'post',
  path: '/hires',
  summary: 'Register an international hire (partners name the mandating employer)',
  request: { body: jsonBody(createHireSchema) },
  responses: {
    201: jsonContent(hireSchema, 'The new hire'),
    ...problems(400, 401, 403, 404),
  },
});

export const getHireRoute = createRoute({
  ...base,
  method: 'get',
  path: '/hires/{id}',
  summary: 'One hire',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(hireSchema, 'The hire'), ...problems(401, 404) },
});

export const updateHireRoute = createRoute({
  ...base,
  method: 'put',
  path: '/hires/{id}',
  summary: 'Replace a hire’s data; `version` must be the one last read',
  request: { params: idParamSchema, body: jsonBody(updateHireSchema) },
  responses: {
    200: jsonContent(hireSchema, 'The updated hire'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const archiveHireRoute = createRoute({
  ...base,
  method: 'post',
  path: '/hires/{id}/archive',
  summary: 'Archive a hire without an open case',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(hireSchema, 'The archived hire'),
    ...problems(401, 403, 404, 409),
  },
});

export const personalDataExportRoute = createRoute({
  ...base,
  method: 'get',
  path: '/hires/{id}/personal-data-export',
  summary:
    'Art. 15 / 20 GDPR: everything held on the hire and its family members as a streamed ZIP (personal-data.json, summary.pdf in the caller’s language, documents/); the employer’s HR and city staff, audited',
  request: { params: idParamSchema },
  responses: {
    200: {
      description: 'The ZIP file; streamed, so without Content-Length',
      content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problems(401, 403, 404),
  },
});
