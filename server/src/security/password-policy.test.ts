import { schema } from '@itc/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readProblem } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';
import { isCommonPassword } from './password-policy';

describe('password policy', () => {
  it('knows the common passwords in any case, and not a passphrase', () => {
    expect(isCommonPassword('password1234')).toBe(true);
    expect(isCommonPassword('PassWord1234')).toBe(true);
    expect(isCommonPassword('Willkommen-2026')).toBe(false);
    expect(isCommonPassword('Rheinwiesen-im-Herbst')).toBe(false);
  });

  it('refuses a common password when an invitation is accepted', async () => {
    const { request, loginAs, organizationIdOf, db } = await createTestApp();
    const hr = await loginAs('hr@rhein-stahl.example');
    const invited = await request(
      `/api/organizations/${organizationIdOf('hr@rhein-stahl.example')}/invitations`,
      { cookie: hr, body: { email: 'neu@rhein-stahl.example', name: 'Lena Schulz' } },
    );
    expect(invited.status).toBe(201);
    const mail = db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.to, 'neu@rhein-stahl.example'))
      .get();
    const token = /\/invitation\/([\w-]+)/.exec(mail?.text ?? '')?.[1];

    const common = await request('/api/invitations/accept', {
      body: { token, password: 'password1234' },
    });
    expect(common.status).toBe(400);
    expect((await readProblem(common)).errors).toEqual([
      expect.objectContaining({ path: 'password', code: 'password_too_common' }),
    ]);
    const accepted = await request('/api/invitations/accept', {
      body: { token, password: 'Rheinwiesen-im-Herbst' },
    });
    expect(accepted.status).toBe(200);
  });
});
