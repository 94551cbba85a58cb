import type { Locale } from '@itc/shared';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';

/** The signed-in user's language, else the browser's, else German. */
export function requestLocale(c: Context<AppEnv>): Locale {
  const user = c.get('auth')?.user;
  if (user) return user.locale;
  const accept = c.req.header('accept-language') ?? '';
  return accept.trim().toLowerCase().startsWith('en') ? 'en' : 'de';
}
