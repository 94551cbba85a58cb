import { createRouter } from '../lib/router';
import { linkToFor } from '../mail/link-to';
import { requireAuth } from '../middleware/auth';
import { clearSessionCookie } from '../security/session-cookie';
import {
  changeEmailRoute,
  changePasswordRoute,
  endOtherSessionsRoute,
  endSessionRoute,
  listSessionsRoute,
  updateProfileRoute,
} from './account.routes';
import {
  changeEmail,
  changePassword,
  endAccountSession,
  endOtherAccountSessions,
  listSessions,
  updateProfile,
} from './account.service';

export const accountRouter = createRouter()
  .openapi(updateProfileRoute, (c) => {
    const { db, clock } = c.get('deps');
    const user = updateProfile({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      profile: c.req.valid('json'),
    });
    return c.json({ user }, 200);
  })
  .openapi(changePasswordRoute, async (c) => {
    const { db, clock, config } = c.get('deps');
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      config,
      linkTo: linkToFor(c),
      currentPassword,
      newPassword,
    });
    return c.body(null, 204);
  })
  .openapi(changeEmailRoute, async (c) => {
    const { db, clock, config } = c.get('deps');
    const { email, currentPassword } = c.req.valid('json');
    const user = await changeEmail({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      config,
      email,
      currentPassword,
    });
    return c.json({ user }, 200);
  })
  .openapi(listSessionsRoute, (c) => {
    const { db, clock } = c.get('deps');
    return c.json({ items: listSessions({ db, now: clock.now(), auth: requireAuth(c) }) }, 200);
  })
  .openapi(endSessionRoute, (c) => {
    const { db, clock } = c.get('deps');
    const { wasCurrent } = endAccountSession({
      db,
      now: clock.now(),
      auth: requireAuth(c),
      sessionId: c.req.valid('param').id,
    });
    if (wasCurrent) clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(endOtherSessionsRoute, (c) => {
    const { db, clock } = c.get('deps');
    endOtherAccountSessions({ db, now: clock.now(), auth: requireAuth(c) });
    return c.body(null, 204);
  });
