import { createRoute } from '@hono/zod-openapi';
import {
  answerDocumentRequestSchema,
  assignCaseSchema,
  caseDetailSchema,
  caseDocumentSchema,
  caseTransitionRequestSchema,
  idParamSchema,
  idSchema,
  reportEmploymentEndedSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../../lib/openapi';
import { uploadFormSchema } from '../../lib/upload-form';
import { signedIn } from '../../middleware/signed-in';

const base = { tags: ['cases'], security: sessionSecurity, middleware: signedIn };

export const transitionCaseRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/transitions',
  summary:
    'Move the case to `to` with the version last read and the data the target needs. 409 `transition_not_allowed` (not from this status, or not for the caller’s side) or `stale_version`, both with `allowedTransitions` and `currentVersion`; nothing is written then',
  request: { params: idParamSchema, body: jsonBody(caseTransitionRequestSchema) },
  responses: {
    200: jsonContent(caseDetailSchema, 'The moved case with its new version'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const answerDocumentRequestRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/document-requests/{requestId}/answer',
  summary:
    'Answer the open document request: the case returns to the stage it was requested from. The employer side needs an upload for every requested document (400 listing the missing ones); city staff may close a request answered otherwise',
  request: {
    params: idParamSchema.extend({ requestId: idSchema }),
    body: jsonBody(answerDocumentRequestSchema),
  },
  responses: {
    200: jsonContent(caseDetailSchema, 'The case, back at the requesting stage'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const uploadCaseDocumentRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/documents',
  summary:
    'Employer side: upload a PDF, JPEG or PNG (≤ 10 MB, judged by its content) for a code of the open document request; several files per code are kept',
  request: {
    params: idParamSchema,
    body: { required: true, content: { 'multipart/form-data': { schema: uploadFormSchema } } },
  },
  responses: {
    201: jsonContent(caseDocumentSchema, 'The stored document'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const deleteCaseDocumentRoute = createRoute({
  ...base,
  method: 'delete',
  path: '/cases/{id}/documents/{documentId}',
  summary: 'Employer side: remove a file uploaded for the open request before answering it',
  request: { params: idParamSchema.extend({ documentId: idSchema }) },
  responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 409) },
});

export const assignCaseRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/assignee',
  summary: 'City staff: assign the case to an active city user (oneself or a colleague) or nobody',
  request: { params: idParamSchema, body: jsonBody(assignCaseSchema) },
  responses: {
    200: jsonContent(caseDetailSchema, 'The case with its assignee'),
    ...problems(400, 401, 403, 404),
  },
});

export const reportEmploymentEndedRoute = createRoute({
  ...base,
  method: 'post',
  path: '/cases/{id}/employment-ended',
  summary:
    'Employer side, after entry: report an early end of employment (due four weeks after learning of it); a timeline event, the status stays. 409 `case_not_entered` before entry or `employment_end_already_reported` when reported already; nothing is written then',
  request: { params: idParamSchema, body: jsonBody(reportEmploymentEndedSchema) },
  responses: {
    200: jsonContent(caseDetailSchema, 'The case with the report on its timeline'),
    ...problems(400, 401, 403, 404, 409),
  },
});
