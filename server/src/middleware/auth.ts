import type { Role } from '@itc/shared';
import type { Context } from 'hono';
import type { AppEnv, AuthContext } from '../app-env';
import { AppError } from '../lib/app-error';

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
