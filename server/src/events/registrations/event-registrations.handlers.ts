import { createRouter } from '../../lib/router';
import { linkToFor } from '../../mail/link-to';
import { requireAuth } from '../../middleware/auth';
import { cancelRegistration } from './cancel-registration.service';
import { listOwnRegistrations } from './event-registration-lists.queries';
import {
  cancelRegistrationRoute,
  listOwnRegistrationsRoute,
  registerAttendeesRoute,
} from './event-registrations.routes';
import { registerAttendees } from './register-attendees.service';

export const eventRegistrationsRouter = createRouter()
  .openapi(registerAttendeesRoute, (c) => {
    const { db, clock } = c.get('deps');
    const result = registerAttendees({
      db,
      now: clock.now(),
      actor: requireAuth(c),
      linkTo: linkToFor(c),
      eventId: c.req.valid('param').id,
      attendees: c.req.valid('json').attendees,
    });
    return c.json(result, 201);
  })
  .openapi(listOwnRegistrationsRoute, (c) => {
    const { db } = c.get('deps');
    const page = listOwnRegistrations({
      db,
      auth: requireAuth(c),
      eventId: c.req.valid('param').id,
      ...c.req.valid('query'),
    });
    return c.json(page, 200);
  })
  .openapi(cancelRegistrationRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { id, registrationId } = c.req.valid('param');
    cancelRegistration({
      db,
      now: clock.now(),
      actor: requireAuth(c),
      linkTo: linkToFor(c),
      eventId: id,
      registrationId,
    });
    return c.body(null, 204);
  });
