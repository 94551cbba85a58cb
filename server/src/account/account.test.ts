import { schema } from '@itc/db';
import type { AuditAction } from '@itc/shared';
import { accountSessionListSchema, meResponseSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions.service';
import { minutes } from '../lib/clock';
import { openApiDocumentSchema } from '../testing/openapi-document';
import { readBody, readProblem } from '../testing/read-body';
import { createTestApp, type TestApp } from '../testing/test-app';
import { describeUserAgent } from './user-agent';

const hr = 'hr@rhein-stahl.example';
const password = 'Willkommen-2026';
const firefoxOnLinux = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

/**
 * A session as sign-in starts it, with the browser and address it came from (sign-in passes
 * them in; starting it here keeps these tests about the account page).
 */
function startSession(test: TestApp, email: string, userAgent: string, ipAddress: string) {
  const user = test.db.select().from(schema.users).where(eq(schema.users.email, email)).get();
  if (!user) throw new Error(`no user ${email}`);
  const token = createSession({
    db: test.db,
    now: test.clock.now(),
    idleMinutes: 120,
    userId: user.id,
    client: { userAgent, ipAddress },
  });
  return `itc_session=${token}`;
}

function auditRows(db: TestApp['db'], action: AuditAction) {
  return db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)).all();
}

describe('account page API', () => {
  it('changes name and language, audited', async () => {
    const { request, loginAs, db } = await createTestApp();
    const cookie = await loginAs(hr);
    const response = await request('/api/account/profile', {
      method: 'PATCH',
      cookie,
      body: { name: '  Anna Berger-Kaya ', locale: 'en' },
    });
    expect(response.status).toBe(200);
    expect((await readBody(response, meResponseSchema)).user).toMatchObject({
      name: 'Anna Berger-Kaya',
      locale: 'en',
    });
    expect(
      (await readBody(await request('/api/auth/me', { cookie }), meResponseSchema)).user,
    ).toMatchObject({
      name: 'Anna Berger-Kaya',
      locale: 'en',
    });
    expect(auditRows(db, 'user.profile_changed').at(-1)?.after).toEqual({
      name: 'Anna Berger-Kaya',
      locale: 'en',
    });
    const empty = await request('/api/account/profile', {
      method: 'PATCH',
      cookie,
      body: { name: ' ', locale: 'de' },
    });
    expect(empty.status).toBe(400);
    expect((await readProblem(empty)).errors).toEqual([expect.objectContaining({ path: 'name' })]);
  });

  it('is documented in the OpenAPI document', async () => {
    const { request } = await createTestApp();
    const doc = await readBody(await request('/api/openapi.json'), openApiDocumentSchema);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/account/profile',
        '/api/account/password',
        '/api/account/email',
        '/api/account/sessions',
        '/api/account/sessions/{id}',
        '/api/auth/password-reset',
        '/api/auth/password-reset/{token}',
        '/api/auth/password-reset/confirm',
      ]),
    );
  });

  it('answers 401 without a session', async () => {
    const { request } = await createTestApp();
    expect((await request('/api/account/sessions')).status).toBe(401);
    expect((await request('/api/account/sessions', { method: 'DELETE' })).status).toBe(401);
  });

  it('changes the password only with the current one and ends the other sessions', async () => {
    const { request, loginAs, db } = await createTestApp();
    const cookie = await loginAs(hr);
    const other = await loginAs(hr);

    const wrong = await request('/api/account/password', {
      cookie,
      body: { currentPassword: 'nicht-das-passwort', newPassword: 'Rheinwiesen-im-Herbst' },
    });
    expect(wrong.status).toBe(400);
    const problem = await readProblem(wrong);
    expect(problem.code).toBe('current_password_wrong');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'currentPassword' })]);
    expect((await request('/api/auth/me', { cookie: other })).status).toBe(200);

    for (const [newPassword, code] of [
      ['kurz-kurz', 'password_too_short'],
      ['x'.repeat(129), 'password_too_long'],
      ['password1234', 'password_too_common'],
    ]) {
      const refused = await request('/api/account/password', {
        cookie,
        body: { currentPassword: password, newPassword },
      });
      expect(refused.status).toBe(400);
      expect((await readProblem(refused)).errors).toEqual([
        expect.objectContaining({ path: 'newPassword', code }),
      ]);
    }

    const changed = await request('/api/account/password', {
      cookie,
      body: { currentPassword: password, newPassword: 'Rheinwiesen-im-Herbst' },
    });
    expect(changed.status).toBe(204);
    expect((await request('/api/auth/me', { cookie })).status).toBe(200);
    expect((await request('/api/auth/me', { cookie: other })).status).toBe(401);
    expect(
      (await request('/api/auth/login', { body: { email: hr, password: 'Rheinwiesen-im-Herbst' } }))
        .status,
    ).toBe(200);
    expect(auditRows(db, 'auth.password_changed')).toHaveLength(1);
    const notice = db.select().from(schema.outbox).where(eq(schema.outbox.to, hr)).all().at(-1);
    expect(notice?.subject).toBe('Ihr Passwort wurde geändert');
  });

  it('changes the email only with the password; a taken address is 409 on the field', async () => {
    const { request, loginAs, db } = await createTestApp();
    const cookie = await loginAs(hr);
    const wrong = await request('/api/account/email', {
      cookie,
      body: { email: 'anna@rhein-stahl.example', currentPassword: 'falsch-falsch' },
    });
    expect(wrong.status).toBe(400);
    expect((await readProblem(wrong)).code).toBe('current_password_wrong');

    const taken = await request('/api/account/email', {
      cookie,
      body: { email: 'hr@pflege-ruhr.example', currentPassword: password },
    });
    expect(taken.status).toBe(409);
    const problem = await readProblem(taken);
    expect(problem.code).toBe('email_taken');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'email' })]);

    const changed = await request('/api/account/email', {
      cookie,
      body: { email: 'Anna@Rhein-Stahl.example', currentPassword: password },
    });
    expect(changed.status).toBe(200);
    expect((await readBody(changed, meResponseSchema)).user.email).toBe('anna@rhein-stahl.example');
    expect(
      (await request('/api/auth/login', { body: { email: 'anna@rhein-stahl.example', password } }))
        .status,
    ).toBe(200);
    expect(auditRows(db, 'user.profile_changed').at(-1)).toMatchObject({
      before: { email: hr },
      after: { email: 'anna@rhein-stahl.example' },
    });
    const notice = db.select().from(schema.outbox).where(eq(schema.outbox.to, hr)).all().at(-1);
    expect(notice?.subject).toBe('Ihre E-Mail-Adresse im Partnerportal wurde geändert');
  });

  it('lists the live sessions with device, address and last activity, never the hash', async () => {
    const test = await createTestApp();
    const { request, clock, db } = test;
    const phone = startSession(test, hr, safariOnIphone, '203.0.113.7');
    clock.advance(minutes(5));
    const desktop = startSession(test, hr, firefoxOnLinux, '198.51.100.23');
    startSession(test, 'hr@pflege-ruhr.example', firefoxOnLinux, '198.51.100.99');
    clock.advance(minutes(5));
    expect((await request('/api/auth/me', { cookie: phone })).status).toBe(200);
    clock.advance(minutes(5));

    const response = await request('/api/account/sessions', { cookie: desktop });
    expect(response.status).toBe(200);
    const { items } = await readBody(response, accountSessionListSchema);
    expect(items).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        createdAt: '2026-11-25T09:05:00.000Z',
        lastActiveAt: '2026-11-25T09:15:00.000Z',
        ipAddress: '198.51.100.23',
        browser: 'firefox',
        operatingSystem: 'linux',
        current: true,
      },
      {
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        createdAt: '2026-11-25T09:00:00.000Z',
        lastActiveAt: '2026-11-25T09:10:00.000Z',
        ipAddress: '203.0.113.7',
        browser: 'safari',
        operatingSystem: 'ios',
        current: false,
      },
    ]);
    const hashes = db.select({ tokenHash: schema.sessions.tokenHash }).from(schema.sessions).all();
    for (const { tokenHash } of hashes) {
      expect(JSON.stringify(items)).not.toContain(tokenHash.slice(0, 16));
    }
  });

  it('signs out one own session; another user’s session id is 404', async () => {
    const test = await createTestApp();
    const { request, db } = test;
    const mine = startSession(test, hr, firefoxOnLinux, '198.51.100.23');
    const myPhone = startSession(test, hr, safariOnIphone, '203.0.113.7');
    const theirs = startSession(test, 'hr@pflege-ruhr.example', firefoxOnLinux, '198.51.100.9');
    const [theirSession] = (
      await readBody(
        await request('/api/account/sessions', { cookie: theirs }),
        accountSessionListSchema,
      )
    ).items;
    const phoneSession = (
      await readBody(
        await request('/api/account/sessions', { cookie: mine }),
        accountSessionListSchema,
      )
    ).items.find((s) => !s.current);

    const foreign = await request(`/api/account/sessions/${theirSession!.id}`, {
      method: 'DELETE',
      cookie: mine,
    });
    expect(foreign.status).toBe(404);
    expect((await request('/api/auth/me', { cookie: theirs })).status).toBe(200);

    const ended = await request(`/api/account/sessions/${phoneSession!.id}`, {
      method: 'DELETE',
      cookie: mine,
    });
    expect(ended.status).toBe(204);
    expect((await request('/api/auth/me', { cookie: myPhone })).status).toBe(401);
    expect((await request('/api/auth/me', { cookie: mine })).status).toBe(200);
    expect(auditRows(db, 'auth.session_ended')).toHaveLength(1);

    const malformed = await request('/api/account/sessions/not-an-id', {
      method: 'DELETE',
      cookie: mine,
    });
    expect(malformed.status).toBe(400);
  });

  it('signs out everywhere else, keeping the current session', async () => {
    const { request, loginAs, db } = await createTestApp();
    const current = await loginAs(hr);
    const others = [await loginAs(hr), await loginAs(hr)];
    const colleague = await loginAs('hr@pflege-ruhr.example');
    const response = await request('/api/account/sessions', { method: 'DELETE', cookie: current });
    expect(response.status).toBe(204);
    for (const cookie of others) {
      expect((await request('/api/auth/me', { cookie })).status).toBe(401);
    }
    expect((await request('/api/auth/me', { cookie: current })).status).toBe(200);
    expect((await request('/api/auth/me', { cookie: colleague })).status).toBe(200);
    const { items } = await readBody(
      await request('/api/account/sessions', { cookie: current }),
      accountSessionListSchema,
    );
    expect(items).toHaveLength(1);
    expect(auditRows(db, 'auth.session_ended').at(-1)?.after).toEqual({ endedSessions: 2 });
  });
});

describe('describeUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'edge',
      'windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'chrome',
      'macos',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'chrome',
      'android',
    ],
    [safariOnIphone, 'safari', 'ios'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'chrome',
      'linux',
    ],
    [firefoxOnLinux, 'firefox', 'linux'],
    ['curl/8.5.0', 'other', 'other'],
  ])('%s', (userAgent, browser, operatingSystem) => {
    expect(describeUserAgent(userAgent)).toEqual({ browser, operatingSystem });
  });
});
