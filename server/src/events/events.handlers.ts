import { eventOrganizerRoles } from '@itc/shared';
import { contentDisposition } from '../lib/content-disposition';
import { requestLocale } from '../lib/request-locale';
import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import { requireAuth, requireRole } from '../middleware/auth';
import { getEvent, listEvents } from './events.queries';
import {
  cancelEventRoute,
  createEventRoute,
  eventCalendarRoute,
  getEventRoute,
  listEventsRoute,
  publishEventRoute,
  updateEventRoute,
} from './events.routes';
import { cancelEvent, createEvent, publishEvent } from './events.service';
import { icsContentType } from './mailing/event.ics';
import { getEventCalendar } from './mailing/event-calendar.service';
import { updateEvent } from './update-event.service';

export const eventsRouter = createRouter()
  .openapi(listEventsRoute, (c) => {
    const { db, clock } = c.get('deps');
    const query = c.req.valid('query');
    return c.json(listEvents({ db, auth: requireAuth(c), now: clock.now(), ...query }), 200);
  })
  .openapi(createEventRoute, (c) => {
    const { db, clock } = c.get('deps');
    const actor = requireRole(c, ...eventOrganizerRoles);
    return c.json(createEvent({ db, now: clock.now(), actor, input: c.req.valid('json') }), 201);
  })
  .openapi(getEventRoute, (c) => {
    const { db, clock } = c.get('deps');
    return c.json(getEvent(db, requireAuth(c), c.req.valid('param').id, clock.now()), 200);
  })
  .openapi(updateEventRoute, (c) => {
    const { db, clock } = c.get('deps');
    const event = updateEvent({
      db,
      now: clock.now(),
      actor: requireAuth(c),
      linkTo: linkToFor(c),
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(event, 200);
  })
  .openapi(publishEventRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { id } = c.req.valid('param');
    return c.json(publishEvent({ db, now: clock.now(), actor: requireAuth(c), id }), 200);
  })
  .openapi(cancelEventRoute, (c) => {
    const { db, clock } = c.get('deps');
    const event = cancelEvent({
      db,
      now: clock.now(),
      actor: requireAuth(c),
      linkTo: linkToFor(c),
      id: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(event, 200);
  })
  .openapi(eventCalendarRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { ics, fileName } = getEventCalendar({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      linkTo: linkToFor(c),
      eventId: c.req.valid('param').id,
      locale: requestLocale(c),
    });
    return c.body(ics, 200, {
      'Content-Type': icsContentType,
      'Content-Disposition': contentDisposition('attachment', fileName),
      'Cache-Control': 'private, no-store',
    });
  });
