import { schema } from '@itc/db';
import type { AuditAction } from '@itc/shared';
import { passwordResetInfoSchema } from '@itc/shared';
import { dictionary } from '@zxcvbn-ts/language-common';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { minutes } from '../lib/clock';
import { readBody, readProblem } from '../testing/read-body';
import { createTestApp, type TestApp } from '../testing/test-app';

const hr = 'hr@rhein-stahl.example';
const newPassword = 'Rheinwiesen-im-Herbst';

/** The token of the newest reset link mailed to `to`. */
function mailedToken(db: TestApp['db'], to: string): string {
  const mails = db.select().from(schema.outbox).where(eq(schema.outbox.to, to)).all();
  const links = mails.flatMap((mail) => [...mail.text.matchAll(/\/reset-password\/([\w-]+)/g)]);
  const token = links.at(-1)?.[1];
  if (!token) throw new Error(`no reset link mailed to ${to}`);
  return token;
}

function auditActions(db: TestApp['db'], action: AuditAction) {
  return db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)).all();
}

describe('password reset by email', () => {
  it('answers the same 202 for a known, an unknown, an inactive and an invited address', async () => {
    const { request, db } = await createTestApp();
    db.update(schema.users)
      .set({ active: false })
      .where(eq(schema.users.email, 'hr@pflege-ruhr.example'))
      .run();
    db.update(schema.users)
      .set({ passwordHash: null })
      .where(eq(schema.users.email, 'team@jobcenter.example'))
      .run();
    const outboxBefore = db.select().from(schema.outbox).all().length;

    const answers = [];
    for (const email of [
      hr,
      'nobody@example.org',
      'hr@pflege-ruhr.example',
      'team@jobcenter.example',
    ]) {
      const response = await request('/api/auth/password-reset', { body: { email } });
      answers.push({ status: response.status, body: await response.json() });
    }

    expect(answers[0]).toEqual({ status: 202, body: { status: 'accepted' } });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const mails = db.select().from(schema.outbox).all().slice(outboxBefore);
    expect(mails.map((mail) => mail.to)).toEqual([hr]);
    expect(mails[0]?.subject).toBe('Passwort für das Partnerportal zurücksetzen');
    expect(mails[0]?.text).toMatch(/http:\/\/localhost\/reset-password\/[\w-]{40,}/);
    expect(mails[0]?.text).toContain('30 Minuten');
    expect(auditActions(db, 'auth.password_reset_requested')).toHaveLength(1);
  });

  it('writes the mail in the account’s language', async () => {
    const { request, db } = await createTestApp();
    db.update(schema.users).set({ locale: 'en' }).where(eq(schema.users.email, hr)).run();
    await request('/api/auth/password-reset', { body: { email: hr } });
    const mail = db.select().from(schema.outbox).where(eq(schema.outbox.to, hr)).all().at(-1);
    expect(mail?.subject).toBe('Reset your partner portal password');
    expect(mail?.text).toContain('valid for 30 minutes');
  });

  it('throttles requests per address with 429 and Retry-After', async () => {
    const { request, clock } = await createTestApp();
    const ask = () => request('/api/auth/password-reset', { body: { email: hr } });
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(202);
    const throttled = await ask();
    expect(throttled.status).toBe(429);
    expect((await readProblem(throttled)).code).toBe('too_many_attempts');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    // An unknown address is throttled alike, so the 429 tells nothing either.
    for (let i = 0; i < 5; i++) {
      await request('/api/auth/password-reset', { body: { email: 'nobody@example.org' } });
    }
    expect(
      (await request('/api/auth/password-reset', { body: { email: 'nobody@example.org' } })).status,
    ).toBe(429);
    clock.advance(minutes(16));
    expect((await ask()).status).toBe(202);
  });

  it('sets the new password with the link, ends every session, audits and notifies', async () => {
    const { request, db, loginAs } = await createTestApp();
    const sessionA = await loginAs(hr);
    const sessionB = await loginAs(hr);
    await request('/api/auth/password-reset', { body: { email: hr } });
    const token = mailedToken(db, hr);

    const info = await request(`/api/auth/password-reset/${token}`);
    expect(info.status).toBe(200);
    expect(await readBody(info, passwordResetInfoSchema)).toEqual({ email: hr });

    const confirm = await request('/api/auth/password-reset/confirm', {
      body: { token, password: newPassword },
    });
    expect(confirm.status).toBe(204);
    expect(confirm.headers.get('set-cookie')).toBeNull();

    for (const cookie of [sessionA, sessionB]) {
      expect((await request('/api/auth/me', { cookie })).status).toBe(401);
    }
    const oldLogin = await request('/api/auth/login', {
      body: { email: hr, password: 'Willkommen-2026' },
    });
    expect(oldLogin.status).toBe(401);
    const newLogin = await request('/api/auth/login', {
      body: { email: hr, password: newPassword },
    });
    expect(newLogin.status).toBe(200);

    expect(auditActions(db, 'auth.password_reset')).toHaveLength(1);
    const notice = db.select().from(schema.outbox).where(eq(schema.outbox.to, hr)).all().at(-1);
    expect(notice?.subject).toBe('Ihr Passwort wurde geändert');
  });

  it('works once only', async () => {
    const { request, db } = await createTestApp();
    await request('/api/auth/password-reset', { body: { email: hr } });
    const token = mailedToken(db, hr);
    const body = { token, password: newPassword };
    expect((await request('/api/auth/password-reset/confirm', { body })).status).toBe(204);

    const again = await request('/api/auth/password-reset/confirm', {
      body: { token, password: 'Noch-ein-anderes-Passwort' },
    });
    expect(again.status).toBe(400);
    expect((await readProblem(again)).code).toBe('password_reset_invalid');
    expect((await request(`/api/auth/password-reset/${token}`)).status).toBe(400);
  });

  it('expires after 30 minutes', async () => {
    const { request, db, clock } = await createTestApp();
    await request('/api/auth/password-reset', { body: { email: hr } });
    const token = mailedToken(db, hr);
    clock.advance(minutes(29));
    expect((await request(`/api/auth/password-reset/${token}`)).status).toBe(200);
    clock.advance(minutes(1));
    const info = await request(`/api/auth/password-reset/${token}`);
    expect(info.status).toBe(400);
    expect((await readProblem(info)).code).toBe('password_reset_invalid');
    const confirm = await request('/api/auth/password-reset/confirm', {
      body: { token, password: newPassword },
    });
    expect(confirm.status).toBe(400);
    expect((await readProblem(confirm)).code).toBe('password_reset_invalid');
  });

  it('invalidates an earlier link when a new one is requested, and refuses unknown tokens', async () => {
    const { request, db } = await createTestApp();
    await request('/api/auth/password-reset', { body: { email: hr } });
    const first = mailedToken(db, hr);
    await request('/api/auth/password-reset', { body: { email: hr } });
    const second = mailedToken(db, hr);
    expect(second).not.toBe(first);
    expect((await request(`/api/auth/password-reset/${first}`)).status).toBe(400);
    expect((await request(`/api/auth/password-reset/${second}`)).status).toBe(200);
    const unknown = await request('/api/auth/password-reset/confirm', {
      body: { token: 'x'.repeat(43), password: newPassword },
    });
    expect(unknown.status).toBe(400);
    expect((await readProblem(unknown)).code).toBe('password_reset_invalid');
  });

  it('applies the password policy: 12 to 128 characters and not a common password', async () => {
    const { request, db } = await createTestApp();
    expect(dictionary['passwords-common']).toContain('password1234');
    await request('/api/auth/password-reset', { body: { email: hr } });
    const token = mailedToken(db, hr);
    const cases = [
      ['a'.repeat(11), 'password_too_short'],
      ['a'.repeat(129), 'password_too_long'],
      ['Password1234', 'password_too_common'],
    ] as const;
    for (const [password, code] of cases) {
      const response = await request('/api/auth/password-reset/confirm', {
        body: { token, password },
      });
      expect(response.status).toBe(400);
      const problem = await readProblem(response);
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors).toEqual([expect.objectContaining({ path: 'password', code })]);
    }
    // A refused password leaves the link usable.
    expect(db.select().from(schema.passwordResets).get()?.usedAt).toBeNull();
    const valid = await request('/api/auth/password-reset/confirm', {
      body: { token, password: 'b'.repeat(128) },
    });
    expect(valid.status).toBe(204);
  });
});
