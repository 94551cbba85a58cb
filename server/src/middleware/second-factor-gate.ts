import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { problemResponse } from '../lib/problem';
import { mustEnrolSecondFactor } from './enrolment-gate';

/** What a signed-in user who still has to enrol may call: who am I, language, leave, enrol. */
const allowedWhileEnrolling = new Set([
  'GET /api/auth/me',
  'PATCH /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/login',
  'POST /api/auth/second-factor/totp',
  'POST /api/auth/second-factor/totp/confirm',
]);

/**
 * Runs after `loadSession`. For staff who must still enrol, any other request is served as if
 * nobody were signed in: public routes keep working, and a route that needs a session answers
 * 403 `second_factor_enrolment_required` instead of its 401. Doing it here, once, means a new
 * route cannot forget the check.
 */
export const secondFactorGate = createMiddleware<AppEnv>(async (c, next) => {
  const auth = c.get('auth');
  if (!auth || !mustEnrolSecondFactor(auth.user)) return next();
  if (allowedWhileEnrolling.has(`${c.req.method} ${c.req.path.replace(/\/$/, '')}`)) return next();
  c.set('auth', null);
  await next();
  if (c.res.status === 401) {
    c.res = undefined;
    c.res = problemResponse(c, 'second_factor_enrolment_required', {
      detail: 'Set up the second factor (TOTP) first.',
    });
  }
});
