import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, migrateDb, schema } from '@itc/db';
import { loginResponseSchema, recoveryCodesResponseSchema, totpEnrolmentSchema } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import pino from 'pino';
import { createApp } from '../app';
import { replaceRecoveryCodes } from '../auth/second-factor/recovery-codes';
import { totpStepAt } from '../auth/second-factor/totp';
import { type AppConfig, defaultAppConfig } from '../config';
import { demoPassword } from '../demo/demo-accounts';
import { isDatabaseEmpty, seedDemoData } from '../demo/seed-demo-data';
import { fixedClock } from '../lib/clock';
import { createMailDispatcher } from '../mail/mail-dispatcher';
import { readBody } from './read-body';

export const testStart = new Date('2026-11-25T09:00:00Z');

/** A body is unknown until a test reads it with its schema (`readBody` in `./read-body`). */
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<unknown> };

/**
 * A fresh in-memory portal with the demo accounts and a clock the test controls. Given a file,
 * it opens that database and seeds it only when empty, so a second call is a restart.
 */
export async function createTestApp(config: Partial<AppConfig> = {}, databasePath = ':memory:') {
  const db = createDb(databasePath);
  migrateDb(db);
  // Without the demo cases: case tests count and filter the cases they make themselves.
  if (isDatabaseEmpty(db)) await seedDemoData(db, testStart, { cases: false });
  const clock = fixedClock(testStart);
  const logger = pino({ level: 'silent' });
  const mail = createMailDispatcher({ db, clock, logger, transport: null, from: 'test@example' });
  // Created on the first upload only, so tests without documents leave nothing behind.
  const uploadDir = config.uploadDir ?? join(tmpdir(), `itc-test-uploads-${randomUUID()}`);
  const app = createApp({
    db,
    clock,
    logger,
    mail,
    config: { ...defaultAppConfig, ...config, uploadDir },
  });

  async function request(
    path: string,
    init: {
      method?: string;
      body?: unknown;
      cookie?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await app.request(`http://localhost${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body),
    });
    return response as unknown as TestResponse;
  }

  /** Recovery codes the helper got at enrolment, per email, for sign-ins in a used time step. */
  const recoveryCodesByEmail = new Map<string, string[]>();

  /**
   * Signs in and returns the cookie header for later requests. City staff must use a second
   * factor, so the first sign-in of one enrols it (as the enrolment page would) and later ones
   * answer the code step, with the code computed from the stored secret at the test clock.
   */
  async function loginAs(email: string, password = demoPassword): Promise<string> {
    const response = await request('/api/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status}`);
    const body = await readBody(response, loginResponseSchema);
    if ('secondFactor' in body) return answerSecondFactor(email, response);
    const cookie = sessionCookieOf(response);
    if (body.mustEnrolSecondFactor) await enrolSecondFactor(email, cookie);
    return cookie;
  }

  async function enrolSecondFactor(email: string, cookie: string): Promise<void> {
    const started = await request('/api/auth/second-factor/totp', { method: 'POST', cookie });
    const { secret } = await readBody(started, totpEnrolmentSchema);
    const code = totpCodeAt(secret, clock.now());
    const confirmed = await request('/api/auth/second-factor/totp/confirm', {
      cookie,
      body: { code },
    });
    if (confirmed.status !== 200) throw new Error(`enrolment of ${email}: ${confirmed.status}`);
    const { recoveryCodes } = await readBody(confirmed, recoveryCodesResponseSchema);
    recoveryCodesByEmail.set(email, recoveryCodes);
  }

  async function answerSecondFactor(email: string, loginResponse: TestResponse): Promise<string> {
    const user = db.select().from(schema.users).where(eq(schema.users.email, email)).get();
    if (!user?.totpSecret) throw new Error(`no second factor stored for ${email}`);
    const now = clock.now();
    // The clock stands still in tests, so a second sign-in falls into the step the first one
    // used, and the server rightly refuses a code twice. A recovery code is what a person
    // would use then; when the remembered ones run out, fresh ones are minted for the helper.
    const isStepUsed = totpStepAt(now) <= (user.totpLastStep ?? -1);
    const code = isStepUsed ? takeRecoveryCode(email, user.id) : totpCodeAt(user.totpSecret, now);
    const response = await request('/api/auth/login/second-factor', {
      cookie: challengeCookieOf(loginResponse),
      body: { code },
    });
    if (response.status !== 200) throw new Error(`second factor of ${email}: ${response.status}`);
    return sessionCookieOf(response);
  }

  function takeRecoveryCode(email: string, userId: string): string {
    let codes = recoveryCodesByEmail.get(email) ?? [];
    if (codes.length === 0) codes = replaceRecoveryCodes(db, userId, clock.now());
    const [code, ...rest] = codes;
    recoveryCodesByEmail.set(email, rest);
    if (!code) throw new Error('no recovery code');
    return code;
  }

  function organizationIdOf(email: string): string {
    const user = db.select().from(schema.users).where(eq(schema.users.email, email)).get();
    if (!user) throw new Error(`no user ${email}`);
    return user.organizationId;
  }

  return { app, db, clock, uploadDir, request, loginAs, organizationIdOf };
}

/** The current TOTP code for a base32 secret, as an authenticator app shows it. */
export function totpCodeAt(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
}

export function challengeCookieOf(response: Pick<Response, 'headers'>): string {
  const match = /itc_login_challenge=([^;]+)/.exec(response.headers.get('set-cookie') ?? '');
  if (!match) throw new Error('no login challenge cookie set');
  return `itc_login_challenge=${match[1]}`;
}

export function sessionCookieOf(response: Pick<Response, 'headers'>): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /itc_session=([^;]+)/.exec(header);
  if (!match) throw new Error('no session cookie set');
  return `itc_session=${match[1]}`;
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
