import { createRoute, z } from '@hono/zod-openapi';
import {
  caseAssigneeSchema,
  caseDashboardQuerySchema,
  caseDashboardSchema,
  caseDetailSchema,
  caseEmployerSchema,
  caseListItemSchema,
  caseListQuerySchema,
  caseQueueFilterSchema,
  idParamSchema,
  listResponseSchema,
} from '@itc/shared';
import { jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';
import { pdfContent } from '../pdf/pdf-response';

const base = { tags: ['cases'], security: sessionSecurity, middleware: signedIn };

export const listCasesRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases',
  summary:
    'The reviewer queue (city staff: every case) or “my cases” (employer side: its employers’ cases and cases shared with it); filters, search, sort and keyset pagination',
  request: { query: caseListQuerySchema },
  responses: {
    200: jsonContent(listResponseSchema(caseListItemSchema), 'A page of cases'),
    ...problems(400, 401),
  },
});

export const caseDashboardRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases/dashboard',
  summary:
    'City staff: counts per status, cases per ISO week, median days per stage, overdue count, by occupation field and nationality, for cases submitted in a period',
  request: { query: caseDashboardQuerySchema },
  responses: {
    200: jsonContent(caseDashboardSchema, 'The figures'),
    ...problems(400, 401, 403),
  },
});

export const exportCasesRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases/export.csv',
  summary:
    'City staff: the filtered queue as CSV for German Excel (UTF-8 with BOM, semicolons, German dates), streamed; X-Total-Count gives the number of rows for a progress display',
  request: { query: caseQueueFilterSchema },
  responses: {
    200: {
      description: 'The CSV file',
      headers: {
        'X-Total-Count': {
          schema: { type: 'integer' },
          description: 'Rows that follow the header',
        },
      },
      content: { 'text/csv': { schema: z.string() } },
    },
    ...problems(400, 401, 403),
  },
});

export const listCaseEmployersRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases/employers',
  summary: 'City staff: the employers with at least one case, by name, for the queue’s filter',
  responses: {
    200: jsonContent(listResponseSchema(caseEmployerSchema), 'All of them on one page'),
    ...problems(401, 403),
  },
});

export const listAssignableUsersRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases/assignable-users',
  summary: 'City staff: the active city users a case can be assigned to, by name',
  responses: {
    200: jsonContent(listResponseSchema(caseAssigneeSchema), 'All of them on one page'),
    ...problems(401, 403),
  },
});

export const getCaseRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases/{id}',
  summary:
    'A case with everything the case page shows, for the caller: status, version, allowed moves, capabilities, deadline, timeline, document requests, documents, shares',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(caseDetailSchema, 'The case'), ...problems(401, 404) },
});

export const caseReceiptRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases/{id}/receipt.pdf',
  summary: 'PDF receipt of a submission: reference, time, result, documents with hashes',
  request: { params: idParamSchema },
  responses: { 200: pdfContent('The receipt'), ...problems(401, 404) },
});
