import { createRoute, z } from '@hono/zod-openapi';
import {
  eventParticipantSchema,
  idParamSchema,
  listQuerySchema,
  listResponseSchema,
  messageParticipantsResponseSchema,
  messageParticipantsSchema,
  recordAttendanceSchema,
  registrationListQuerySchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../../lib/openapi';
import { signedIn } from '../../middleware/signed-in';

/** Organiser routes: 403 for roles that never organise, 404 for another organisation's event. */
const base = { tags: ['events'], security: sessionSecurity, middleware: signedIn };

export const listParticipantsRoute = createRoute({
  ...base,
  method: 'get',
  path: '/events/{id}/participants',
  summary:
    'Everyone registered (confirmed, waitlisted, cancelled) in accepted order, with attendance; search by name, email or organisation for the check-in',
  request: {
    params: idParamSchema,
    query: listQuerySchema.extend(registrationListQuerySchema.shape),
  },
  responses: {
    200: jsonContent(listResponseSchema(eventParticipantSchema), 'A page of participants'),
    ...problems(400, 401, 403, 404),
  },
});

export const exportParticipantsRoute = createRoute({
  ...base,
  method: 'get',
  path: '/events/{id}/participants.csv',
  summary: 'The participant list as CSV for German Excel: UTF-8 with BOM, semicolons, German dates',
  request: { params: idParamSchema },
  responses: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...problems(401, 403, 404),
  },
});

export const recordAttendanceRoute = createRoute({
  ...base,
  method: 'post',
  path: '/events/{id}/attendance',
  summary: 'Check a confirmed participant in (or record that they did not come)',
  request: { params: idParamSchema, body: jsonBody(recordAttendanceSchema) },
  responses: {
    200: jsonContent(eventParticipantSchema, 'The participant with attendance'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const messageParticipantsRoute = createRoute({
  ...base,
  method: 'post',
  path: '/events/{id}/messages',
  summary: 'Email a message to every confirmed and waitlisted participant',
  request: { params: idParamSchema, body: jsonBody(messageParticipantsSchema) },
  responses: {
    202: jsonContent(messageParticipantsResponseSchema, 'Queued; the number of recipients'),
    ...problems(400, 401, 403, 404),
  },
});
