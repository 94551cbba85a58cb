import { createRoute } from '@hono/zod-openapi';
import {
  caseMessageSchema,
  caseShareSchema,
  idParamSchema,
  idSchema,
  listQuerySchema,
  listResponseSchema,
  postCaseMessageSchema,
  shareCaseSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../../lib/openapi';
import { signedIn } from '../../middleware/signed-in';

const base = { tags: ['cases'], security: sessionSecurity, middleware: signedIn };

export const listCaseMessagesRoute = createRoute({
  ...base,
  method: 'get',
  path: '/cases/{id}/messages',
  summary: 'The message thread, oldest first; internal notes only for city staff',
  request: { params: idParamSchema, query: listQuerySchema },
  responses: {
    200: jsonContent(listResponseSchema(caseMessageSchema), 'A page of messages'),
    ...problems(400, 401, 404),
  },
});

export const postCaseMessageRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/messages',
  summary:
    'Write on the case (everyone who sees it); `internal: true` is a note for city staff only (403 for others). Notifies the other side',
  request: { params: idParamSchema, body: jsonBody(postCaseMessageSchema) },
  responses: {
    201: jsonContent(caseMessageSchema, 'The message'),
    ...problems(400, 401, 403, 404),
  },
});

export const shareCaseRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/shares',
  summary:
    "The employer's own staff (403 for partners acting under its mandate): share this case read-only with an IHK or Jobcenter that holds no mandate; its advisors may read it and write messages. 409 `case_already_shared` (an active share with it exists) or `partner_holds_mandate` (it sees every case of the employer anyway); nothing is written then",
  request: { params: idParamSchema, body: jsonBody(shareCaseSchema) },
  responses: {
    201: jsonContent(caseShareSchema, 'The share'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const revokeCaseShareRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/shares/{shareId}/revoke',
  summary:
    "The employer's own staff (403 for mandated partners): end a share; the partner loses access at once. 409 `share_already_revoked` when it has ended already",
  request: { params: idParamSchema.extend({ shareId: idSchema }) },
  responses: {
    200: jsonContent(caseShareSchema, 'The revoked share'),
    ...problems(401, 403, 404, 409),
  },
});
