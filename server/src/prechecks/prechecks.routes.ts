import { createRoute } from '@hono/zod-openapi';
import {
  createPrecheckSchema,
  evaluatePrecheckQuerySchema,
  idParamSchema,
  listQuerySchema,
  listResponseSchema,
  precheckAssessmentSchema,
  precheckInputSchema,
  precheckListQuerySchema,
  precheckSchema,
  savePrecheckSchema,
  submitPrecheckSchema,
  submittedCaseSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

const base = { tags: ['prechecks'], security: sessionSecurity, middleware: signedIn };

export const evaluatePrecheckRoute = createRoute({
  ...base,
  method: 'post',
  path: '/prechecks/evaluate',
  summary: 'Apply the eligibility rules to one input; reasons in ?locale or the user’s language',
  request: { query: evaluatePrecheckQuerySchema, body: jsonBody(precheckInputSchema) },
  responses: {
    200: jsonContent(precheckAssessmentSchema, 'The assessment of every pathway'),
    ...problems(400, 401),
  },
});

export const createPrecheckRoute = createRoute({
  ...base,
  method: 'post',
  path: '/prechecks',
  summary: 'Start a pre-check draft for an active hire (409 with `precheckId` if one is open)',
  request: { body: jsonBody(createPrecheckSchema) },
  responses: {
    201: jsonContent(precheckSchema, 'The new draft at step `job`'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const listPrechecksRoute = createRoute({
  ...base,
  method: 'get',
  path: '/prechecks',
  summary: 'Pre-checks of one hire, or of every employer the caller may see; latest change first',
  request: { query: listQuerySchema.extend(precheckListQuerySchema.shape) },
  responses: {
    200: jsonContent(listResponseSchema(precheckSchema), 'A page of pre-checks'),
    ...problems(400, 401, 404),
  },
});

export const getPrecheckRoute = createRoute({
  ...base,
  method: 'get',
  path: '/prechecks/{id}',
  summary: 'A pre-check with its stored assessment, missing answers and documents',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(precheckSchema, 'The pre-check'), ...problems(401, 404) },
});

export const savePrecheckRoute = createRoute({
  ...base,
  method: 'put',
  path: '/prechecks/{id}',
  summary: 'Save a draft’s step and answers; the server re-evaluates them (409 on a stale version)',
  request: { params: idParamSchema, body: jsonBody(savePrecheckSchema) },
  responses: {
    200: jsonContent(precheckSchema, 'The saved draft with the server’s assessment'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const submitPrecheckRoute = createRoute({
  ...base,
  method: 'post',
  path: '/prechecks/{id}/submit',
  summary:
    'Submit a complete draft to the ITC: opens a case with its reference (403 organization_not_verified, 409 precheck_incomplete with the gaps, 409 precheck_not_eligible)',
  request: { params: idParamSchema, body: jsonBody(submitPrecheckSchema) },
  responses: {
    201: jsonContent(submittedCaseSchema, 'The new case'),
    ...problems(400, 401, 403, 404, 409),
  },
});
