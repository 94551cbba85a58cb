import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env';

/** Over https the name gets the `__Host-` prefix (see cookiePrefix). */
export const sessionCookieName = 'itc_session';

function isSecure(c: Context<AppEnv>): boolean {
  const setting = c.get('deps').config.cookieSecure;
  if (setting !== 'auto') return setting;
  const forwarded = c.get('deps').config.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
  return (forwarded ?? new URL(c.req.url).protocol.replace(':', '')) === 'https';
}

/** The `__Host-` prefix where the cookie is Secure; Hono adds it to the name and checks its rules. */
function cookiePrefix(c: Context<AppEnv>): 'host' | undefined {
  return isSecure(c) ? 'host' : undefined;
}

export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName, cookiePrefix(c));
}

export function writeSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecure(c),
    path: '/',
    prefix: cookiePrefix(c),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookieName, { path: '/', secure: isSecure(c), prefix: cookiePrefix(c) });
}

/** The login challenge (password passed, code pending) lives only as long as the challenge. */
export const challengeCookieName = 'itc_login_challenge';

export function readChallengeCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, challengeCookieName, cookiePrefix(c));
}

export function writeChallengeCookie(c: Context<AppEnv>, token: string, maxAgeSeconds: number) {
  setCookie(c, challengeCookieName, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isSecure(c),
    path: '/',
    maxAge: maxAgeSeconds,
    prefix: cookiePrefix(c),
  });
}

export function clearChallengeCookie(c: Context<AppEnv>): void {
  deleteCookie(c, challengeCookieName, { path: '/', secure: isSecure(c), prefix: cookiePrefix(c) });
}
