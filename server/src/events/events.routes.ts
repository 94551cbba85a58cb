import { createRoute, z } from '@hono/zod-openapi';
import {
  cancelEventSchema,
  createEventSchema,
  eventListQuerySchema,
  eventSchema,
  idParamSchema,
  listQuerySchema,
  listResponseSchema,
  updateEventSchema,
} from '@itc/shared';
import { jsonBody, jsonContent, problems, sessionSecurity } from '../lib/openapi';
import { signedIn } from '../middleware/signed-in';

const base = { tags: ['events'], security: sessionSecurity, middleware: signedIn };

export const listEventsRoute = createRoute({
  ...base,
  method: 'get',
  path: '/events',
  summary:
    'Upcoming published events, soonest first; filter by topic, format, language and time span. `mine`: the organiser’s own in every status; `registered`: those the caller’s organisation signed up for',
  request: { query: listQuerySchema.extend(eventListQuerySchema.shape) },
  responses: {
    200: jsonContent(listResponseSchema(eventSchema), 'A page of events'),
    ...problems(400, 401),
  },
});

export const createEventRoute = createRoute({
  ...base,
  method: 'post',
  path: '/events',
  summary: 'Create an event as a draft of the organiser’s organisation (IHK, Jobcenter, city)',
  request: { body: jsonBody(createEventSchema) },
  responses: {
    201: jsonContent(eventSchema, 'The new draft'),
    ...problems(400, 401, 403),
  },
});

export const getEventRoute = createRoute({
  ...base,
  method: 'get',
  path: '/events/{id}',
  summary:
    'One event with its free seats; the join link only for organiser and confirmed participants',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(eventSchema, 'The event'), ...problems(401, 404) },
});

export const updateEventRoute = createRoute({
  ...base,
  method: 'patch',
  path: '/events/{id}',
  summary:
    'Change some fields of a draft or published event that has not begun; attendees hear of a new time or place, more seats promote from the waiting list',
  request: { params: idParamSchema, body: jsonBody(updateEventSchema) },
  responses: {
    200: jsonContent(eventSchema, 'The updated event'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const publishEventRoute = createRoute({
  ...base,
  method: 'post',
  path: '/events/{id}/publish',
  summary: 'Publish a draft: it becomes visible and open for registration',
  request: { params: idParamSchema },
  responses: {
    200: jsonContent(eventSchema, 'The published event'),
    ...problems(401, 403, 404, 409),
  },
});

export const cancelEventRoute = createRoute({
  ...base,
  method: 'post',
  path: '/events/{id}/cancel',
  summary: 'Cancel an event; every confirmed and waitlisted attendee is emailed (with the reason)',
  request: {
    params: idParamSchema,
    body: { ...jsonBody(cancelEventSchema), required: false },
  },
  responses: {
    200: jsonContent(eventSchema, 'The cancelled event'),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const eventCalendarRoute = createRoute({
  ...base,
  method: 'get',
  path: '/events/{id}/calendar.ics',
  summary: 'The calendar entry (iCalendar) for the organiser and confirmed participants',
  request: { params: idParamSchema },
  responses: {
    200: {
      description: 'The iCalendar file',
      content: { 'text/calendar': { schema: z.string() } },
    },
    ...problems(401, 403, 404),
  },
});
