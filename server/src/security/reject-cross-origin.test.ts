import { meResponseSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { readBody, readProblem } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';

const changeLanguage = { method: 'PATCH', body: { locale: 'en' } };

describe('requests from other sites', () => {
  it('refuses a state change whose Origin is foreign with 403 and changes nothing', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('hr@rhein-stahl.example');
    const foreign = await request('/api/auth/me', {
      ...changeLanguage,
      cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await readProblem(foreign)).code).toBe('cross_origin_request');
    const me = await readBody(await request('/api/auth/me', { cookie }), meResponseSchema);
    expect(me.user.locale).toBe('de');
  });

  it('refuses a foreign Sec-Fetch-Site when the browser sent no Origin', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('hr@rhein-stahl.example');
    for (const site of ['cross-site', 'same-site']) {
      const response = await request('/api/auth/me', {
        ...changeLanguage,
        cookie,
        headers: { 'sec-fetch-site': site },
      });
      expect(response.status).toBe(403);
    }
  });

  it('accepts the portal’s own origin, its configured public address and callers that name none', async () => {
    const { request, loginAs } = await createTestApp({ publicUrl: 'https://itc.duisburg.example' });
    const cookie = await loginAs('hr@rhein-stahl.example');
    const own = await request('/api/auth/me', {
      ...changeLanguage,
      cookie,
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    const publicAddress = await request('/api/auth/me', {
      ...changeLanguage,
      cookie,
      headers: { origin: 'https://itc.duisburg.example' },
    });
    expect(publicAddress.status).toBe(200);
    const script = await request('/api/auth/me', { ...changeLanguage, cookie });
    expect(script.status).toBe(200);
  });

  it('lets reads through whatever site they come from', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('hr@rhein-stahl.example');
    const read = await request('/api/auth/me', {
      cookie,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(read.status).toBe(200);
  });

  it('believes X-Forwarded-Host only behind a trusted proxy', async () => {
    const behindProxy = await createTestApp({ trustProxy: true });
    const proxied = await behindProxy.request('/api/auth/login', {
      body: { email: 'hr@rhein-stahl.example', password: 'Willkommen-2026' },
      headers: { origin: 'https://portal.example', 'x-forwarded-host': 'portal.example' },
    });
    expect(proxied.status).toBe(200);
    const direct = await createTestApp();
    const spoofed = await direct.request('/api/auth/login', {
      body: { email: 'hr@rhein-stahl.example', password: 'Willkommen-2026' },
      headers: { origin: 'https://portal.example', 'x-forwarded-host': 'portal.example' },
    });
    expect(spoofed.status).toBe(403);
  });
});

describe('session cookie name', () => {
  it('carries the __Host- prefix over https and opens the session there', async () => {
    const { app } = await createTestApp();
    const login = await app.request('https://portal.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'hr@rhein-stahl.example', password: 'Willkommen-2026' }),
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-itc_session=[^;]+;/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
    const cookie = setCookie.split(';')[0] ?? '';
    const me = await app.request('https://portal.example/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    const plainName = cookie.replace('__Host-', '');
    const unprefixed = await app.request('https://portal.example/api/auth/me', {
      headers: { cookie: plainName },
    });
    expect(unprefixed.status).toBe(401);
  });

  it('keeps the plain name over http, where the prefix would be refused by browsers', async () => {
    const { request } = await createTestApp();
    const login = await request('/api/auth/login', {
      body: { email: 'hr@rhein-stahl.example', password: 'Willkommen-2026' },
    });
    expect(login.headers.get('set-cookie')).toMatch(/^itc_session=/);
  });
});
