import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, demoPassword, isDatabaseEmpty, migrateDb, schema, seedDemoData } from '@itc/db';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../app';
import { type AppConfig, defaultAppConfig } from '../config';
import { fixedClock } from '../lib/clock';
import { createMailDispatcher } from '../mail/mail-dispatcher';

export const testStart = new Date('2026-11-25T09:00:00Z');

/** Tests read bodies loosely and assert on them; the schemas are tested elsewhere. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are asserted field by field
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

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

  /** Signs in and returns the cookie header for later requests. */
  async function loginAs(email: string, password = demoPassword): Promise<string> {
    const response = await request('/api/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status}`);
    return sessionCookieOf(response);
  }

  function organizationIdOf(email: string): string {
    const user = db.select().from(schema.users).where(eq(schema.users.email, email)).get();
    if (!user) throw new Error(`no user ${email}`);
    return user.organizationId;
  }

  return { app, db, clock, uploadDir, request, loginAs, organizationIdOf };
}

export function sessionCookieOf(response: Pick<Response, 'headers'>): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /itc_session=([^;]+)/.exec(header);
  if (!match) throw new Error('no session cookie set');
  return `itc_session=${match[1]}`;
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
