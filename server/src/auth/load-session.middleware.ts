import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { readSessionCookie } from '../security/session-cookie';
import { resumeSession } from './sessions.service';

/** Resolves the session cookie (if any) for every API request. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionCookie(c);
  const { db, clock, config } = c.get('deps');
  c.set(
    'auth',
    token
      ? resumeSession({ db, now: clock.now(), idleMinutes: config.sessionIdleMinutes, token })
      : null,
  );
  await next();
});
