import { contentDisposition } from '../../lib/content-disposition';
import { requestLocale } from '../../lib/request-locale';
import { createRouter } from '../../lib/router';
import { linkToFor } from '../../mail/link-to';
import { requireAuth } from '../../middleware/auth';
import { listParticipants } from '../registrations/event-registration-lists.queries';
import {
  exportParticipantsRoute,
  listParticipantsRoute,
  messageParticipantsRoute,
  recordAttendanceRoute,
} from './event-participants.routes';
import { exportParticipants } from './export-participants.service';
import { messageParticipants } from './message-participants.service';
import { recordAttendance } from './record-attendance.service';

export const eventParticipantsRouter = createRouter()
  .openapi(listParticipantsRoute, (c) => {
    const { db } = c.get('deps');
    const page = listParticipants({
      db,
      auth: requireAuth(c),
      eventId: c.req.valid('param').id,
      ...c.req.valid('query'),
    });
    return c.json(page, 200);
  })
  .openapi(exportParticipantsRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { csv, fileName } = exportParticipants({
      db,
      now: clock.now(),
      actor: requireAuth(c),
      eventId: c.req.valid('param').id,
      locale: requestLocale(c),
    });
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition('attachment', fileName),
      'Cache-Control': 'private, no-store',
    });
  })
  .openapi(recordAttendanceRoute, (c) => {
    const { db, clock } = c.get('deps');
    const participant = recordAttendance({
      db,
      now: clock.now(),
      actor: requireAuth(c),
      eventId: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(participant, 200);
  })
  .openapi(messageParticipantsRoute, (c) => {
    const { db, clock } = c.get('deps');
    const result = messageParticipants({
      db,
      now: clock.now(),
      actor: requireAuth(c),
      linkTo: linkToFor(c),
      eventId: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(result, 202);
  });
