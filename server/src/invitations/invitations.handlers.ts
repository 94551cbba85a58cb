import { toCurrentUser } from '../auth/auth.service';
import { resumeSession, sessionClientOf } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';
import { createRouter } from '../lib/router';
import { writeSessionCookie } from '../security/session-cookie';
import { acceptInvitationRoute, getInvitationRoute } from './invitations.routes';
import { acceptInvitation, getInvitation } from './invitations.service';

export const invitationsRouter = createRouter()
  .openapi(getInvitationRoute, (c) => {
    const { db, clock } = c.get('deps');
    return c.json(getInvitation(db, c.req.valid('param').token, clock.now()), 200);
  })
  .openapi(acceptInvitationRoute, async (c) => {
    const { db, clock, config } = c.get('deps');
    const { token, password } = c.req.valid('json');
    const idleMinutes = config.sessionIdleMinutes;
    const sessionToken = await acceptInvitation({
      db,
      now: clock.now(),
      idleMinutes,
      token,
      password,
      client: sessionClientOf(c),
    });
    const auth = resumeSession({ db, now: clock.now(), idleMinutes, token: sessionToken });
    if (!auth) throw new AppError('internal_error');
    writeSessionCookie(c, sessionToken);
    return c.json({ user: toCurrentUser(auth) }, 200);
  });
