import { meResponseSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { minutes } from '../lib/clock';
import { openApiDocumentSchema } from '../testing/openapi-document';
import { readBody, readProblem } from '../testing/read-body';
import { createTestApp, sessionCookieOf } from '../testing/test-app';

describe('sign-in and sessions', () => {
  it('answers health and publishes the OpenAPI document', async () => {
    const { request } = await createTestApp();
    const health = await request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const doc = await readBody(await request('/api/openapi.json'), openApiDocumentSchema);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/auth/me', '/api/admin/organizations']),
    );
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie and returns the user with organisation', async () => {
    const { request } = await createTestApp();
    const response = await request('/api/auth/login', {
      body: { email: 'HR@rhein-stahl.example ', password: 'Willkommen-2026' },
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await request('/api/auth/me', { cookie: sessionCookieOf(response) });
    expect(me.status).toBe(200);
    expect((await readBody(me, meResponseSchema)).user).toMatchObject({
      email: 'hr@rhein-stahl.example',
      role: 'employer_hr',
      locale: 'de',
      organization: { name: 'Rhein-Stahl GmbH', type: 'employer', verificationStatus: 'verified' },
    });
  });

  it('marks the cookie Secure when served over https', async () => {
    const { app } = await createTestApp();
    const response = await app.request('https://portal.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@stadt.example', password: 'Willkommen-2026' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { request } = await createTestApp();
    const unknown = await request('/api/auth/login', {
      body: { email: 'nobody@example.org', password: 'Willkommen-2026' },
    });
    const wrong = await request('/api/auth/login', {
      body: { email: 'hr@rhein-stahl.example', password: 'falsch-falsch' },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await readProblem(unknown)).toEqual(await readProblem(wrong));
  });

  it('throttles an account after 10 failures with 429 and Retry-After, then lets it in again', async () => {
    const { request, clock } = await createTestApp();
    const attempt = (password: string) =>
      request('/api/auth/login', { body: { email: 'hr@pflege-ruhr.example', password } });
    for (let i = 0; i < 10; i += 1) expect((await attempt('wrong-password')).status).toBe(401);
    const throttled = await attempt('Willkommen-2026');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await readProblem(throttled)).code).toBe('too_many_attempts');
    clock.advance(minutes(16));
    expect((await attempt('Willkommen-2026')).status).toBe(200);
  });

  it('honours a configured, lower failure limit', async () => {
    const { request } = await createTestApp({ loginMaxFailures: 3 });
    const attempt = () =>
      request('/api/auth/login', {
        body: { email: 'admin@stadt.example', password: 'nope-nope-nope' },
      });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(429);
  });

  it('ends a session after two hours without activity, but not while it is used', async () => {
    const { request, loginAs, clock } = await createTestApp();
    const cookie = await loginAs('berater@ihk.example');
    clock.advance(minutes(100));
    expect((await request('/api/auth/me', { cookie })).status).toBe(200);
    clock.advance(minutes(100));
    expect((await request('/api/auth/me', { cookie })).status).toBe(200);
    clock.advance(minutes(121));
    const expired = await request('/api/auth/me', { cookie });
    expect(expired.status).toBe(401);
    expect((await readProblem(expired)).code).toBe('unauthenticated');
  });

  it('signs out: the cookie no longer opens a session', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('team@jobcenter.example');
    expect((await request('/api/auth/logout', { method: 'POST', cookie })).status).toBe(204);
    expect((await request('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('stores the chosen language for the user', async () => {
    const { request, loginAs } = await createTestApp();
    const cookie = await loginAs('hr@rhein-stahl.example');
    const changed = await request('/api/auth/me', {
      method: 'PATCH',
      cookie,
      body: { locale: 'en' },
    });
    expect(changed.status).toBe(200);
    const fresh = await loginAs('hr@rhein-stahl.example');
    expect(
      (await readBody(await request('/api/auth/me', { cookie: fresh }), meResponseSchema)).user
        .locale,
    ).toBe('en');
  });
});

describe('bad input', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    const { request } = await createTestApp();
    const response = await request('/api/auth/login', { body: '{"email": ' });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).code).toBe('malformed_json');
  });

  it('names the field for a wrong type and for an unknown field', async () => {
    const { request } = await createTestApp();
    const wrongType = await request('/api/auth/login', { body: { email: 42, password: 'x' } });
    expect(wrongType.status).toBe(400);
    const problem = await readProblem(wrongType);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors?.map((e) => e.path)).toContain('email');
    const unknown = await request('/api/auth/login', {
      body: { email: 'a@b.de', password: 'x', remember: true },
    });
    expect(unknown.status).toBe(400);
    expect((await readProblem(unknown)).errors).toContainEqual(
      expect.objectContaining({ path: 'remember' }),
    );
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const { request } = await createTestApp();
    const response = await request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect((await readProblem(response)).code).toBe('not_found');
  });
});

describe('content types', () => {
  it('answers a body that is not JSON with a 400 problem, not a server error', async () => {
    const { request } = await createTestApp();
    const response = await request('/api/auth/login', {
      method: 'POST',
      body: 'email=a@b.de',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});
