import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { AppError } from '../lib/app-error';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the browser addressed: behind a trusted proxy its X-Forwarded-Host, else Host. */
function requestHost(c: Context<AppEnv>): string {
  const forwarded = c.get('deps').config.trustProxy
    ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim()
    : undefined;
  return forwarded || c.req.header('host') || new URL(c.req.url).host;
}

function isOwnOrigin(c: Context<AppEnv>, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const { publicUrl } = c.get('deps').config;
  if (publicUrl && new URL(publicUrl).origin === url.origin) return true;
  return url.host === requestHost(c);
}

/**
 * Defence in depth against cross-site request forgery besides the SameSite=Lax cookie: a request
 * that changes state and says it comes from another site (Origin, or without it Sec-Fetch-Site)
 * is refused. Requests that say neither (scripts, partner systems) are left to authentication.
 */
export const rejectCrossOrigin = createMiddleware<AppEnv>(async (c, next) => {
  if (!readOnlyMethods.has(c.req.method)) {
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const isForeign =
      origin !== undefined
        ? !isOwnOrigin(c, origin)
        : fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none';
    if (isForeign) {
      throw new AppError('cross_origin_request', {
        detail: 'State-changing requests are accepted only from the portal’s own pages.',
      });
    }
  }
  await next();
});
