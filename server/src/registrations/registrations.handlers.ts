import { toCurrentUser } from '../auth/auth.service';
import { resumeSession, sessionClientOf } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';
import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import { requireRole } from '../middleware/auth';
import { writeSessionCookie } from '../security/session-cookie';
import { listEmployerRegistrations } from './employer-registrations.queries';
import { listEmployerRegistrationsRoute, registerEmployerRoute } from './registrations.routes';
import { registerEmployer } from './registrations.service';

export const registrationsRouter = createRouter()
  .openapi(registerEmployerRoute, async (c) => {
    const { db, clock, config } = c.get('deps');
    const idleMinutes = config.sessionIdleMinutes;
    const token = await registerEmployer({
      db,
      now: clock.now(),
      idleMinutes,
      linkTo: linkToFor(c),
      registration: c.req.valid('json'),
      client: sessionClientOf(c),
    });
    const auth = resumeSession({ db, now: clock.now(), idleMinutes, token });
    if (!auth) throw new AppError('internal_error');
    writeSessionCookie(c, token);
    return c.json({ user: toCurrentUser(auth) }, 201);
  })
  .openapi(listEmployerRegistrationsRoute, (c) => {
    requireRole(c, 'city_admin');
    const { db } = c.get('deps');
    return c.json(listEmployerRegistrations({ db, ...c.req.valid('query') }), 200);
  });
