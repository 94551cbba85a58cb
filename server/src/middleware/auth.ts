import type { Role } from '@itc/shared';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, AuthContext } from '../app-env';
import { readSessionCookie } from '../auth/session-cookie';
import { resumeSession } from '../auth/sessions.service';
import { AppError } from '../lib/app-error';

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

/** The signed-in caller; throws 401 when there is none. */
export function requireAuth(c: Context<AppEnv>): AuthContext {
  const auth = c.get('auth');
  if (!auth) throw new AppError('unauthenticated');
  return auth;
}

/** The signed-in caller with one of the roles; 403 for any other role. */
export function requireRole(c: Context<AppEnv>, ...roles: Role[]): AuthContext {
  const auth = requireAuth(c);
  if (!roles.includes(auth.user.role)) throw new AppError('forbidden');
  return auth;
}
