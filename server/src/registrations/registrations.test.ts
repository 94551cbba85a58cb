import { schema } from '@itc/db';
import { accountSessionListSchema, meResponseSchema } from '@itc/shared';
import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBody, readProblem } from '../testing/read-body';
import { createTestApp, sessionCookieOf } from '../testing/test-app';

const registration = {
  company: {
    name: 'Ruhr Robotics GmbH',
    address: { street: 'Am Innenhafen 8', postalCode: '47059', city: 'Duisburg' },
    handelsregisterNumber: 'HRB 98765',
    betriebsnummer: '87654321',
  },
  user: {
    name: 'Lena Schmidt',
    email: 'lena.schmidt@ruhr-robotics.example',
    password: 'Sicher-genug-2026',
    locale: 'de',
  },
};

describe('employer self-registration', () => {
  it('refuses a common password at user.password', async () => {
    const { request } = await createTestApp();
    const response = await request('/api/registrations/employer', {
      body: { ...registration, user: { ...registration.user, password: 'qwertyuiop123' } },
    });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([
      expect.objectContaining({ path: 'user.password', code: 'password_too_common' }),
    ]);
  });

  it('records the browser and address of the session a registration starts', async () => {
    const { app, request } = await createTestApp({ trustProxy: true });
    const response = await app.request('/api/registrations/employer', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
        'x-forwarded-for': '198.51.100.23',
      },
      body: JSON.stringify(registration),
    });
    expect(response.status).toBe(201);
    const { items } = await readBody(
      await request('/api/account/sessions', { cookie: sessionCookieOf(response) }),
      accountSessionListSchema,
    );
    expect(items).toEqual([
      expect.objectContaining({
        ipAddress: '198.51.100.23',
        browser: 'firefox',
        operatingSystem: 'linux',
        current: true,
      }),
    ]);
  });

  it('registers the company as pending and signs its HR user in at once', async () => {
    const { request, db } = await createTestApp();
    const response = await request('/api/registrations/employer', { body: registration });
    expect(response.status).toBe(201);
    const { user } = await readBody(response, meResponseSchema);
    expect(user).toMatchObject({
      role: 'employer_hr',
      organization: { name: 'Ruhr Robotics GmbH', verificationStatus: 'pending' },
    });
    const me = await request('/api/auth/me', { cookie: sessionCookieOf(response) });
    expect((await readBody(me, meResponseSchema)).user.email).toBe(
      'lena.schmidt@ruhr-robotics.example',
    );
    const mails = db.select().from(schema.outbox).all();
    expect(mails.map((m) => m.to)).toContain('lena.schmidt@ruhr-robotics.example');
    const audit = db.select().from(schema.auditLog).all();
    expect(audit.map((a) => a.action)).toContain('organization.registered');
  });

  it('names each invalid field with its dotted path', async () => {
    const { request } = await createTestApp();
    const response = await request('/api/registrations/employer', {
      body: {
        ...registration,
        company: { ...registration.company, betriebsnummer: '1234' },
        user: { ...registration.user, email: 'not-an-email', password: 'short' },
      },
    });
    expect(response.status).toBe(400);
    const problem = await readProblem(response);
    const paths = problem.errors?.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['company.betriebsnummer', 'user.email', 'user.password']),
    );
    const betriebsnummer = problem.errors?.find((e) => e.path === 'company.betriebsnummer');
    expect(betriebsnummer?.message).toBe('Die Betriebsnummer hat genau 8 Ziffern.');
  });

  it('refuses a taken email with 409 on user.email and writes nothing', async () => {
    const { request, db } = await createTestApp();
    const before = db.select({ n: count() }).from(schema.organizations).get()?.n;
    const response = await request('/api/registrations/employer', {
      body: { ...registration, user: { ...registration.user, email: 'hr@rhein-stahl.example' } },
    });
    expect(response.status).toBe(409);
    const problem = await readProblem(response);
    expect(problem.code).toBe('email_taken');
    expect(problem.errors?.[0]?.path).toBe('user.email');
    expect(db.select({ n: count() }).from(schema.organizations).get()?.n).toBe(before);
  });

  it('never answers arbitrary JSON with a server error', async () => {
    const { request } = await createTestApp();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const response = await request('/api/registrations/employer', {
          body: JSON.stringify(body),
        });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
