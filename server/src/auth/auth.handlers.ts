import { clientIp } from '../lib/client-ip';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import { loginRoute, logoutRoute, meRoute, updateMeRoute } from './auth.routes';
import { login, logout, toCurrentUser, updateLocale } from './auth.service';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';

export const authRouter = createRouter()
  .openapi(loginRoute, async (c) => {
    const { db, clock, config } = c.get('deps');
    const { email, password } = c.req.valid('json');
    const { token, auth } = await login({
      db,
      now: clock.now(),
      config,
      email,
      password,
      ip: clientIp(c),
    });
    writeSessionCookie(c, token);
    return c.json({ user: toCurrentUser(auth) }, 200);
  })
  .openapi(logoutRoute, (c) => {
    const auth = c.get('auth');
    if (auth) logout({ db: c.get('deps').db, now: c.get('deps').clock.now(), auth });
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(meRoute, (c) => c.json({ user: toCurrentUser(requireAuth(c)) }, 200))
  .openapi(updateMeRoute, (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const { locale } = c.req.valid('json');
    updateLocale({ db, now: clock.now(), auth, locale });
    return c.json({ user: toCurrentUser({ ...auth, user: { ...auth.user, locale } }) }, 200);
  });
