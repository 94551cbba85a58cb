import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { requireAuth } from './auth';

/**
 * Route middleware: answers 401 before the request is validated, so a caller without a session
 * learns nothing from validation errors.
 */
export const signedIn = createMiddleware<AppEnv>(async (c, next) => {
  requireAuth(c);
  await next();
});
