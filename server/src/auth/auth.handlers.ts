import { clientIp } from '../lib/client-ip';
import { createRouter } from '../lib/router';
import { requireAuth } from '../middleware/auth';
import {
  clearChallengeCookie,
  clearSessionCookie,
  readChallengeCookie,
  writeChallengeCookie,
  writeSessionCookie,
} from '../security/session-cookie';
import {
  confirmTotpEnrolmentRoute,
  disableTotpRoute,
  loginRoute,
  loginSecondFactorRoute,
  logoutRoute,
  meRoute,
  startTotpEnrolmentRoute,
  updateMeRoute,
} from './auth.routes';
import { login, logout, toCurrentUser, updateLocale } from './auth.service';
import { loginChallengeMinutes } from './second-factor/login-challenges';
import {
  confirmTotpEnrolment,
  disableTotp,
  startTotpEnrolment,
} from './second-factor/second-factor.service';
import { completeSecondFactorLogin } from './second-factor/second-factor-login.service';
import { sessionClientOf } from './sessions.service';

export const authRouter = createRouter()
  .openapi(loginRoute, async (c) => {
    const { db, clock, config } = c.get('deps');
    const { email, password } = c.req.valid('json');
    const result = await login({
      db,
      now: clock.now(),
      config,
      email,
      password,
      ip: clientIp(c),
      client: sessionClientOf(c),
    });
    if (result.kind === 'challenge') {
      writeChallengeCookie(c, result.challengeToken, loginChallengeMinutes * 60);
      return c.json({ secondFactor: 'totp' as const }, 200);
    }
    writeSessionCookie(c, result.token);
    const user = toCurrentUser(result.auth);
    return c.json({ user, mustEnrolSecondFactor: user.mustEnrolSecondFactor }, 200);
  })
  .openapi(loginSecondFactorRoute, (c) => {
    const { db, clock, config } = c.get('deps');
    const { code } = c.req.valid('json');
    const { token, auth } = completeSecondFactorLogin({
      db,
      now: clock.now(),
      config,
      challengeToken: readChallengeCookie(c),
      code,
    });
    clearChallengeCookie(c);
    writeSessionCookie(c, token);
    return c.json({ user: toCurrentUser(auth), mustEnrolSecondFactor: false }, 200);
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
  })
  .openapi(startTotpEnrolmentRoute, (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    return c.json(startTotpEnrolment({ db, now: clock.now(), auth }), 201);
  })
  .openapi(confirmTotpEnrolmentRoute, (c) => {
    const auth = requireAuth(c);
    const { db, clock, config } = c.get('deps');
    const { code } = c.req.valid('json');
    const recoveryCodes = confirmTotpEnrolment({ db, now: clock.now(), config, auth, code });
    return c.json({ recoveryCodes }, 200);
  })
  .openapi(disableTotpRoute, async (c) => {
    const auth = requireAuth(c);
    const { db, clock, config } = c.get('deps');
    const { password } = c.req.valid('json');
    await disableTotp({ db, now: clock.now(), config, auth, password });
    return c.body(null, 204);
  });
