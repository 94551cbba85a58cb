import { schema } from '@itc/db';
import {
  type AuditAction,
  loginResponseSchema,
  meResponseSchema,
  recoveryCodesResponseSchema,
  secondFactorChallengeSchema,
  totpEnrolmentSchema,
} from '@itc/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/demo-accounts';
import { minutes } from '../lib/clock';
import { readBody, readProblem } from '../testing/read-body';
import {
  challengeCookieOf,
  createTestApp,
  sessionCookieOf,
  type TestApp,
  totpCodeAt,
} from '../testing/test-app';

/** The signed-in answer of a login, as opposed to the second-factor challenge. */
const signedInSchema = loginResponseSchema.options[0];

const reviewer = 'sachbearbeitung@stadt.example';
const hr = 'hr@rhein-stahl.example';
const stepMs = 30_000;

/** Enrols the account by hand (not through loginAs), so the test holds secret and codes. */
async function enrol(app: TestApp, email: string) {
  const login = await app.request('/api/auth/login', { body: { email, password: demoPassword } });
  const cookie = sessionCookieOf(login);
  const started = await app.request('/api/auth/second-factor/totp', { method: 'POST', cookie });
  expect(started.status).toBe(201);
  const { secret, otpauthUri } = await readBody(started, totpEnrolmentSchema);
  const confirmed = await app.request('/api/auth/second-factor/totp/confirm', {
    cookie,
    body: { code: totpCodeAt(secret, app.clock.now()) },
  });
  expect(confirmed.status).toBe(200);
  const { recoveryCodes } = await readBody(confirmed, recoveryCodesResponseSchema);
  return { cookie, secret: secret as string, otpauthUri: otpauthUri as string, recoveryCodes };
}

/** Password step; returns the challenge cookie. */
async function startLogin(app: TestApp, email: string): Promise<string> {
  const response = await app.request('/api/auth/login', {
    body: { email, password: demoPassword },
  });
  expect(response.status).toBe(200);
  expect(await readBody(response, secondFactorChallengeSchema)).toEqual({ secondFactor: 'totp' });
  expect(response.headers.get('set-cookie')).not.toMatch(/itc_session=[^;]/);
  return challengeCookieOf(response);
}

function sendCode(app: TestApp, challenge: string, code: string) {
  return app.request('/api/auth/login/second-factor', { cookie: challenge, body: { code } });
}

function auditActions(app: TestApp, action: AuditAction) {
  return app.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)).all();
}

describe('second factor (TOTP)', () => {
  it('enrols with a base32 secret and an otpauth URI for the QR code, then asks for the code at sign-in', async () => {
    const app = await createTestApp();
    const { secret, otpauthUri, recoveryCodes } = await enrol(app, reviewer);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain('otpauth://totp/ITC%20Duisburg:sachbearbeitung%40stadt.example');
    expect(otpauthUri).toContain('issuer=ITC%20Duisburg');
    expect(otpauthUri).toContain('period=30');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(auditActions(app, 'auth.second_factor_enabled')).toHaveLength(1);
    const stored = app.db.select().from(schema.recoveryCodes).all();
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);

    app.clock.advance(stepMs);
    const challenge = await startLogin(app, reviewer);
    const cookieHeader = (
      await app.request('/api/auth/login', { body: { email: reviewer, password: demoPassword } })
    ).headers.get('set-cookie');
    expect(cookieHeader).toMatch(/HttpOnly/);
    expect(cookieHeader).toMatch(/SameSite=Strict/);
    const done = await sendCode(app, challenge, totpCodeAt(secret, app.clock.now()));
    expect(done.status).toBe(200);
    expect((await readBody(done, signedInSchema)).user).toMatchObject({
      email: reviewer,
      secondFactorEnabled: true,
      mustEnrolSecondFactor: false,
    });
    const me = await app.request('/api/cases', { cookie: sessionCookieOf(done) });
    expect(me.status).toBe(200);
    // The challenge is spent.
    const again = await sendCode(app, challenge, totpCodeAt(secret, app.clock.now()));
    expect(again.status).toBe(401);
    expect((await readProblem(again)).code).toBe('login_challenge_invalid');
  });

  it('accepts the previous and next step, refuses two steps off', async () => {
    const app = await createTestApp();
    const { secret } = await enrol(app, hr);
    const base = app.clock.now().getTime() + 10 * stepMs;
    app.clock.set(new Date(base));

    const wrong = await sendCode(
      app,
      await startLogin(app, hr),
      totpCodeAt(secret, new Date(base - 2 * stepMs)),
    );
    expect(wrong.status).toBe(401);
    expect(await readProblem(wrong)).toMatchObject({
      code: 'second_factor_invalid',
      errors: [{ path: 'code' }],
    });
    const ahead = await sendCode(
      app,
      await startLogin(app, hr),
      totpCodeAt(secret, new Date(base + 2 * stepMs)),
    );
    expect(ahead.status).toBe(401);

    const previous = await sendCode(
      app,
      await startLogin(app, hr),
      totpCodeAt(secret, new Date(base - stepMs)),
    );
    expect(previous.status).toBe(200);
    const next = await sendCode(
      app,
      await startLogin(app, hr),
      totpCodeAt(secret, new Date(base + stepMs)),
    );
    expect(next.status).toBe(200);
  });

  it('refuses a code of a step already used, also the current one after a later one', async () => {
    const app = await createTestApp();
    const { secret } = await enrol(app, hr);
    app.clock.advance(stepMs);
    const code = totpCodeAt(secret, app.clock.now());
    expect((await sendCode(app, await startLogin(app, hr), code)).status).toBe(200);
    const replay = await sendCode(app, await startLogin(app, hr), code);
    expect(replay.status).toBe(401);
    expect((await readProblem(replay)).code).toBe('second_factor_invalid');
    // The code of the enrolment step cannot sign in either.
    app.clock.advance(stepMs);
    const older = totpCodeAt(secret, new Date(app.clock.now().getTime() - 2 * stepMs));
    expect((await sendCode(app, await startLogin(app, hr), older)).status).toBe(401);
  });

  it('throttles wrong codes per account with 429', async () => {
    const app = await createTestApp({ loginMaxFailures: 3 });
    const { secret } = await enrol(app, hr);
    app.clock.advance(stepMs);
    const challenge = await startLogin(app, hr);
    for (let i = 0; i < 3; i += 1) {
      expect((await sendCode(app, challenge, '000000')).status).toBe(401);
    }
    const blocked = await sendCode(app, challenge, totpCodeAt(secret, app.clock.now()));
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  });

  it('takes each recovery code once, audited', async () => {
    const app = await createTestApp();
    const { recoveryCodes } = await enrol(app, hr);
    const first = recoveryCodes[0]!;
    const used = await sendCode(app, await startLogin(app, hr), first.toLowerCase());
    expect(used.status).toBe(200);
    expect(auditActions(app, 'auth.recovery_code_used')).toHaveLength(1);
    expect(auditActions(app, 'auth.login').length).toBeGreaterThanOrEqual(2);
    const reused = await sendCode(app, await startLogin(app, hr), first);
    expect(reused.status).toBe(401);
    expect((await readProblem(reused)).code).toBe('second_factor_invalid');
  });

  it('lets the challenge expire after 5 minutes', async () => {
    const app = await createTestApp();
    const { secret } = await enrol(app, hr);
    const challenge = await startLogin(app, hr);
    app.clock.advance(minutes(5) + 1000);
    const late = await sendCode(app, challenge, totpCodeAt(secret, app.clock.now()));
    expect(late.status).toBe(401);
    expect((await readProblem(late)).code).toBe('login_challenge_invalid');
    const none = await app.request('/api/auth/login/second-factor', { body: { code: '123456' } });
    expect(none.status).toBe(401);
    expect((await readProblem(none)).code).toBe('login_challenge_invalid');
  });

  it('refuses enrolment twice and a confirmation without a started enrolment', async () => {
    const app = await createTestApp();
    const cookie = await app.loginAs(hr);
    const early = await app.request('/api/auth/second-factor/totp/confirm', {
      cookie,
      body: { code: '123456' },
    });
    expect(early.status).toBe(409);
    expect((await readProblem(early)).code).toBe('second_factor_enrolment_not_started');
    const { cookie: enrolled } = await enrol(app, hr);
    const twice = await app.request('/api/auth/second-factor/totp', {
      method: 'POST',
      cookie: enrolled,
    });
    expect(twice.status).toBe(409);
    expect((await readProblem(twice)).code).toBe('second_factor_already_enabled');
  });

  it('lets others turn it off with their password; staff may not', async () => {
    const app = await createTestApp();
    const { cookie } = await enrol(app, hr);
    const wrong = await app.request('/api/auth/second-factor/totp', {
      method: 'DELETE',
      cookie,
      body: { password: 'nicht-das-passwort' },
    });
    expect(wrong.status).toBe(400);
    expect(await readProblem(wrong)).toMatchObject({
      code: 'current_password_wrong',
      errors: [{ path: 'password' }],
    });
    const off = await app.request('/api/auth/second-factor/totp', {
      method: 'DELETE',
      cookie,
      body: { password: demoPassword },
    });
    expect(off.status).toBe(204);
    expect(auditActions(app, 'auth.second_factor_disabled')).toHaveLength(1);
    const login = await app.request('/api/auth/login', {
      body: { email: hr, password: demoPassword },
    });
    expect((await readBody(login, signedInSchema)).user.secondFactorEnabled).toBe(false);
    const userId = app.db.select().from(schema.users).where(eq(schema.users.email, hr)).get()?.id;
    expect(
      app.db
        .select()
        .from(schema.recoveryCodes)
        .where(eq(schema.recoveryCodes.userId, userId ?? ''))
        .all(),
    ).toHaveLength(0);

    const staff = await app.loginAs(reviewer);
    const refused = await app.request('/api/auth/second-factor/totp', {
      method: 'DELETE',
      cookie: staff,
      body: { password: demoPassword },
    });
    expect(refused.status).toBe(409);
    expect((await readProblem(refused)).code).toBe('second_factor_required_for_role');
  });
});

describe('enrolment gate for city staff', () => {
  const routes = [
    ['GET', '/api/hires'],
    ['GET', '/api/prechecks'],
    ['GET', '/api/cases'],
    ['GET', '/api/events'],
    ['GET', '/api/mandates'],
    ['GET', '/api/partner-organizations'],
    ['GET', '/api/admin/organizations'],
    ['GET', '/api/notifications'],
    ['GET', '/api/documents/unknown/content'],
    ['GET', '/api/admin/audit-log'],
    ['GET', '/api/account/sessions'],
  ] as const;

  it('answers 403 second_factor_enrolment_required on every route family until enrolled', async () => {
    const app = await createTestApp();
    const login = await app.request('/api/auth/login', {
      body: { email: 'admin@stadt.example', password: demoPassword },
    });
    expect(login.status).toBe(200);
    const body = await readBody(login, signedInSchema);
    expect(body.mustEnrolSecondFactor).toBe(true);
    expect(body.user).toMatchObject({ mustEnrolSecondFactor: true, secondFactorEnabled: false });
    const cookie = sessionCookieOf(login);

    for (const [method, path] of routes) {
      const response = await app.request(path, { method, cookie });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await readProblem(response)).code, path).toBe('second_factor_enrolment_required');
    }
    const me = await app.request('/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect((await readBody(me, meResponseSchema)).user.mustEnrolSecondFactor).toBe(true);
    // A public route stays public.
    expect((await app.request('/api/health', { cookie })).status).toBe(200);

    const started = await app.request('/api/auth/second-factor/totp', { method: 'POST', cookie });
    const { secret } = await readBody(started, totpEnrolmentSchema);
    const confirmed = await app.request('/api/auth/second-factor/totp/confirm', {
      cookie,
      body: { code: totpCodeAt(secret, app.clock.now()) },
    });
    expect(confirmed.status).toBe(200);
    for (const [method, path] of routes) {
      const response = await app.request(path, { method, cookie });
      expect(response.status, `${method} ${path}`).not.toBe(403);
    }
    expect(
      (await readBody(await app.request('/api/auth/me', { cookie }), meResponseSchema)).user,
    ).toMatchObject({
      mustEnrolSecondFactor: false,
      secondFactorEnabled: true,
    });
  });

  it('does not hold back employers, for whom the factor is optional', async () => {
    const app = await createTestApp();
    const login = await app.request('/api/auth/login', {
      body: { email: hr, password: demoPassword },
    });
    expect((await readBody(login, signedInSchema)).mustEnrolSecondFactor).toBe(false);
    const hires = await app.request('/api/hires', { cookie: sessionCookieOf(login) });
    expect(hires.status).toBe(200);
  });

  it('lets loginAs sign staff in repeatedly at a standing clock', async () => {
    const app = await createTestApp();
    for (let i = 0; i < 12; i += 1) {
      const cookie = await app.loginAs(reviewer);
      expect((await app.request('/api/cases', { cookie })).status).toBe(200);
    }
  });
});
