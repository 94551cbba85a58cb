import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { requestLocale } from '../lib/request-locale';
import { linkToFor } from '../mail/link-to';
import { requireAuth } from '../middleware/auth';

/** What every case service takes from the request: database, time, caller, language, links. */
export function caseServiceContext(c: Context<AppEnv>) {
  const { db, clock } = c.get('deps');
  return {
    db,
    now: clock.now(),
    auth: requireAuth(c),
    locale: requestLocale(c),
    linkTo: linkToFor(c),
  };
}
