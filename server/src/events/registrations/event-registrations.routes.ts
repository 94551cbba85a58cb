import { createRoute } from '@hono/zod-openapi';
import {
  eventRegistrationSchema,
  idParamSchema,
  idSchema,
  listQuerySchema,
  listResponseSchema,
  registerAttendeesResponseSchema,
  registerAttendeesSchema,
  registrationListQuerySchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../../lib/openapi';
import { signedIn } from '../../middleware/signed-in';

const base = { tags: ['events'], security: sessionSecurity, middleware: signedIn };

export const registerAttendeesRoute = createRoute({
  ...base,
  method: 'post',
  path: '/events/{id}/registrations',
  summary:
    'Register attendees of the caller’s organisation: each gets a seat (`confirmed`) or a waiting-list place, first come first served. 409 `already_registered` when an email already holds a place (nothing is written), `event_closed` after the deadline or the start, `event_cancelled` for cancelled events',
  request: { params: idParamSchema, body: jsonBody(registerAttendeesSchema) },
  responses: {
    201: jsonContent(registerAttendeesResponseSchema, 'One registration per attendee'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const listOwnRegistrationsRoute = createRoute({
  ...base,
  method: 'get',
  path: '/events/{id}/registrations/mine',
  summary: 'The registrations of the caller’s organisation for the event, in accepted order',
  request: {
    params: idParamSchema,
    query: listQuerySchema.extend(registrationListQuerySchema.shape),
  },
  responses: {
    200: jsonContent(listResponseSchema(eventRegistrationSchema), 'A page of registrations'),
    ...problems(400, 401, 404),
  },
});

export const cancelRegistrationRoute = createRoute({
  ...base,
  method: 'delete',
  path: '/events/{id}/registrations/{registrationId}',
  summary:
    'Cancel one attendee (registering organisation or organiser); the first in line on the waiting list moves up and is emailed',
  request: { params: idParamSchema.extend({ registrationId: idSchema }) },
  responses: { 204: { description: 'Cancelled' }, ...problems(401, 404, 409) },
});
